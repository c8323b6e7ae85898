import { describe, expect, test } from 'vitest';
import { createActor, fromPromise, waitFor } from 'xstate';
import { type WizardMachine, wizardMachine } from '~/wizards/engine/machine';
import { shortestPath } from '~/wizards/engine/paths';
import { checkPhaseOf, stepOf } from '~/wizards/engine/snapshot';
import type { CheckInput, HistoryWrite, ProbeEvidence, StepReveal, WizardTree } from '~/wizards/engine/types';
import { wizards } from '~/wizards/registry';
import { sampleMachine, sampleTree, startAt } from './fixtures';

/** The machine with recording history and reveal actions, as the island provides real ones. */
function recorded(machine: WizardMachine = sampleMachine) {
  const writes: HistoryWrite[] = [];
  const reveals: StepReveal[] = [];
  const provided = machine.provide({
    actions: {
      writeHistory: (_, params) => void writes.push(params),
      revealStep: (_, params) => void reveals.push(params),
    },
  });
  return { machine: provided, writes, reveals };
}

/** What a visitor sees of a snapshot: the state, the answers (with verdicts), the evidence and notice. */
const seen = (actor: { getSnapshot: () => { value: unknown; context: unknown } }) => {
  const { value, context } = actor.getSnapshot();
  return { value, context };
};

/** Every edge of a tree (a step, one of its answers, and the step it leads to) reachable from the start. */
function edges(tree: WizardTree) {
  return Object.entries(tree.steps).flatMap(([step, meta]) => {
    const path = shortestPath(tree, step);
    return path ? meta.answers.map(({ id, target }) => ({ step, answer: id, target, path })) : [];
  });
}

describe('user.back', () => {
  for (const { id, tree } of [{ id: 'sample', tree: sampleTree }, ...wizards]) {
    test(`returns from every step of ${id} to the step it was reached from, by every way in, and forward again to the same snapshot`, () => {
      const machine = wizardMachine(tree);
      for (const { step, answer, target, path } of edges(tree)) {
        const actor = startAt(machine, path);
        actor.send({ type: 'user.answer', answer });
        expect(stepOf(actor.getSnapshot()), `${step}.${answer}`).toBe(target);
        const there = seen(actor);
        actor.send({ type: 'user.back' });
        expect(stepOf(actor.getSnapshot()), `back from ${target} via ${step}.${answer}`).toBe(step);
        expect(actor.getSnapshot().context.answers).toEqual(path);
        actor.send({ type: 'user.answer', answer });
        expect(seen(actor)).toEqual(there);
        actor.stop();
      }
    });
  }

  test('does nothing on the first step', () => {
    const { machine, writes } = recorded();
    const actor = createActor(machine).start();
    actor.send({ type: 'user.back' });
    expect(actor.getSnapshot().value).toBe('auth-method');
    expect(writes).toEqual([]);
  });

  test('drops an answer a live check gave, verdict and all', async () => {
    const machine = sampleMachine.provide({
      actors: { probeCheck: fromPromise<ProbeEvidence, CheckInput>(async () => ({ answer: 'expired', verdict: 'expired', details: {} })) },
    });
    const actor = startAt(machine, [{ step: 'auth-method', answer: 'pat' }]);
    actor.send({ type: 'probe.run', credentials: { token: 'pat_x', host: 'cn' } });
    await waitFor(actor, (s) => stepOf(s) === 'done-expired');
    actor.send({ type: 'user.back' });
    expect(actor.getSnapshot().value).toEqual({ 'pat-check': 'idle' });
    expect(actor.getSnapshot().context.answers).toEqual([{ step: 'auth-method', answer: 'pat' }]);
  });

  test('asks history to go back a step and shows the step it returned to', () => {
    const { machine, writes, reveals } = recorded();
    const actor = startAt(machine, [{ step: 'auth-method', answer: 'oauth' }]);
    writes.length = 0;
    reveals.length = 0;
    actor.send({ type: 'user.back' });
    expect(writes).toEqual([{ mode: 'back', answers: [], step: 'auth-method' }]);
    expect(reveals).toEqual([{ focus: true, scroll: false }]);
  });
});

describe('leaving a running check', () => {
  for (const leave of [{ type: 'user.back' }, { type: 'user.restart' }] as const) {
    test(`by ${leave.type} aborts its probe through the probe's signal`, () => {
      let signal: AbortSignal | undefined;
      const machine = sampleMachine.provide({
        actors: { probeCheck: fromPromise<ProbeEvidence, CheckInput>(({ signal: s }) => ((signal = s), new Promise(() => {}))) },
      });
      const actor = startAt(machine, [{ step: 'auth-method', answer: 'pat' }]);
      actor.send({ type: 'probe.run', credentials: { token: 'pat_x', host: 'cn' } });
      expect(signal?.aborted).toBe(false);
      actor.send(leave);
      expect(actor.getSnapshot().value).toBe('auth-method');
      expect(signal?.aborted).toBe(true);
    });
  }
});

describe('user.restart', () => {
  test('returns to the first step with no answers, evidence or notice, as a new history entry', () => {
    const { machine, writes } = recorded();
    const actor = createActor(machine).start();
    actor.send({ type: 'user.goto', answers: shortestPath(sampleTree, 'jwt-kid') ?? [], history: 'keep', notice: 'answers-reset' });
    writes.length = 0;
    actor.send({ type: 'user.restart' });
    expect(actor.getSnapshot().value).toBe('auth-method');
    expect(actor.getSnapshot().context).toEqual({ answers: [], evidence: null, notice: null });
    expect(writes).toEqual([{ mode: 'push', answers: [], step: 'auth-method' }]);
  });

  test('leaves an outcome: the actor lives on after a diagnosis', () => {
    const actor = startAt(sampleMachine, shortestPath(sampleTree, 'done-ok') ?? []);
    expect(actor.getSnapshot().value).toBe('done-ok');
    actor.send({ type: 'user.restart' });
    expect(actor.getSnapshot().status).toBe('active');
    expect(actor.getSnapshot().value).toBe('auth-method');
  });
});

describe('user.goto', () => {
  const toJwt = [
    { step: 'auth-method', answer: 'oauth' },
    { step: 'oauth-kind', answer: 'jwt' },
  ];

  test('opens the step valid answers lead to, with those answers and the history mode of the event', () => {
    const { machine, writes, reveals } = recorded();
    const actor = createActor(machine).start();
    actor.send({ type: 'user.goto', answers: toJwt, history: 'keep', scroll: true });
    expect(actor.getSnapshot().value).toBe('jwt-kid');
    expect(actor.getSnapshot().context.answers).toEqual(toJwt);
    expect(writes).toEqual([{ mode: 'keep', answers: toJwt, step: 'jwt-kid' }]);
    expect(reveals).toEqual([{ focus: true, scroll: true }]);
  });

  test('keeps the longest valid prefix of answers that stop fitting the tree', () => {
    const actor = createActor(sampleMachine).start();
    actor.send({ type: 'user.goto', answers: [toJwt[0]!, { step: 'oauth-kind', answer: 'nope' }, { step: 'jwt-kid', answer: 'yes' }], history: 'none' });
    expect(actor.getSnapshot().value).toBe('oauth-kind');
    expect(actor.getSnapshot().context.answers).toEqual([toJwt[0]]);
  });

  test('opens the first step for answers that fit nothing', () => {
    const actor = startAt(sampleMachine, toJwt);
    actor.send({ type: 'user.goto', answers: [{ step: 'constructor', answer: 'toString' }], history: 'none', notice: 'unknown-link' });
    expect(actor.getSnapshot().value).toBe('auth-method');
    expect(actor.getSnapshot().context).toEqual({ answers: [], evidence: null, notice: 'unknown-link' });
  });

  test('shows the notice the event carries until the next move', () => {
    const actor = createActor(sampleMachine).start();
    actor.send({ type: 'user.goto', answers: toJwt, history: 'push', notice: 'new-path' });
    expect(actor.getSnapshot().context.notice).toBe('new-path');
    actor.send({ type: 'user.answer', answer: 'yes' });
    expect(actor.getSnapshot().context.notice).toBeNull();
  });

  test('writes nothing to history for a move that came from history', () => {
    const { machine, writes } = recorded();
    const actor = createActor(machine).start();
    actor.send({ type: 'user.goto', answers: toJwt, history: 'none' });
    expect(writes).toEqual([{ mode: 'none', answers: toJwt, step: 'jwt-kid' }]);
  });

  test('to the answers already given leaves the step alone, a running check included', () => {
    let signal: AbortSignal | undefined;
    const machine = sampleMachine.provide({
      actors: { probeCheck: fromPromise<ProbeEvidence, CheckInput>(({ signal: s }) => ((signal = s), new Promise(() => {}))) },
    });
    const toCheck = [{ step: 'auth-method', answer: 'pat' }];
    const actor = startAt(machine, toCheck);
    actor.send({ type: 'probe.run', credentials: { token: 'pat_x', host: 'cn' } });
    actor.send({ type: 'user.goto', answers: toCheck, history: 'none' });
    expect(checkPhaseOf(actor.getSnapshot())).toBe('running');
    expect(signal?.aborted).toBe(false);
    // Leaving the check by a jump stops its probe, and the probe's signal says so.
    actor.send({ type: 'user.goto', answers: [], history: 'none' });
    expect(actor.getSnapshot().value).toBe('auth-method');
    expect(signal?.aborted).toBe(true);
  });

  test('keeps the verdicts of a live check when the answers are the same', async () => {
    const machine = sampleMachine.provide({
      actors: { probeCheck: fromPromise<ProbeEvidence, CheckInput>(async () => ({ answer: 'valid', verdict: 'valid', details: {} })) },
    });
    const actor = startAt(machine, [{ step: 'auth-method', answer: 'pat' }]);
    actor.send({ type: 'probe.run', credentials: { token: 'pat_x', host: 'cn' } });
    await waitFor(actor, (s) => stepOf(s) === 'done-ok');
    const answers = actor.getSnapshot().context.answers;
    actor.send({ type: 'user.goto', answers: answers.map(({ step, answer }) => ({ step, answer })), history: 'none' });
    expect(actor.getSnapshot().context.answers).toEqual(answers);
    expect(answers.at(-1)?.verdict).toBe('valid');
  });
});

describe('history writes', () => {
  test('push each answer, by hand or by a live check, with the step it leads to', async () => {
    const { machine, writes } = recorded(
      sampleMachine.provide({
        actors: { probeCheck: fromPromise<ProbeEvidence, CheckInput>(async () => ({ answer: 'wrong-region', verdict: 'wrong-region', details: {} })) },
      }),
    );
    const actor = createActor(machine).start();
    actor.send({ type: 'user.answer', answer: 'pat' });
    actor.send({ type: 'probe.run', credentials: { token: 'pat_x', host: 'cn' } });
    await waitFor(actor, (s) => stepOf(s) === 'done-region');
    expect(writes.map(({ mode, step }) => ({ mode, step }))).toEqual([
      { mode: 'push', step: 'pat-check' },
      { mode: 'push', step: 'done-region' },
    ]);
    expect(writes[1]?.answers.at(-1)).toEqual({ step: 'pat-check', answer: 'wrong-region', verdict: 'wrong-region' });
  });

  test('are not written by default: a machine built for tests or the build touches no browser', () => {
    const actor = createActor(sampleMachine).start();
    actor.send({ type: 'user.answer', answer: 'oauth' });
    actor.send({ type: 'user.back' });
    actor.send({ type: 'user.restart' });
    expect(actor.getSnapshot().value).toBe('auth-method');
  });
});
