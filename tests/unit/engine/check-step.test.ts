import { describe, expect, test } from 'vitest';
import { createActor, fromPromise, waitFor } from 'xstate';
import { checkPhaseOf, stepOf } from '~/wizards/engine/snapshot';
import type { CheckInput, ProbeEvidence } from '~/wizards/engine/types';
import { sampleMachine, startAt } from './fixtures';

const canary = 'pat_CANARY0000000000000000000000000000000000000000';
const toCheck = [{ step: 'auth-method', answer: 'pat' }] as const;

function withProbe(run: (input: CheckInput, signal: AbortSignal) => Promise<ProbeEvidence>) {
  return sampleMachine.provide({ actors: { probeCheck: fromPromise<ProbeEvidence, CheckInput>(({ input, signal }) => run(input, signal)) } });
}

describe('check steps', () => {
  test('move on with the answer the probe gives and remember its verdict beside it', async () => {
    const machine = withProbe(async () => ({ answer: 'wrong-region', verdict: 'wrong-region', details: { status: '401' } }));
    const actor = startAt(machine, toCheck);
    actor.send({ type: 'probe.run', credentials: { token: canary, host: 'auto' } });
    await waitFor(actor, (s) => stepOf(s) === 'done-region');
    expect(actor.getSnapshot().context.answers.at(-1)).toEqual({ step: 'pat-check', answer: 'wrong-region', verdict: 'wrong-region' });
    expect(JSON.stringify(actor.getSnapshot())).not.toContain(canary);
  });

  test('abort the running probe through its signal when the visitor cancels', async () => {
    let signal: AbortSignal | undefined;
    const machine = withProbe((_input, s) => {
      signal = s;
      return new Promise(() => {});
    });
    const actor = startAt(machine, toCheck);
    actor.send({ type: 'probe.run', credentials: { token: canary, host: 'cn' } });
    expect(checkPhaseOf(actor.getSnapshot())).toBe('running');
    actor.send({ type: 'probe.cancel' });
    expect(checkPhaseOf(actor.getSnapshot())).toBe('idle');
    expect(signal?.aborted).toBe(true);
  });

  test('abort the running probe when the visitor answers by hand instead', () => {
    let signal: AbortSignal | undefined;
    const machine = withProbe((_input, s) => ((signal = s), new Promise(() => {})));
    const actor = startAt(machine, toCheck);
    actor.send({ type: 'probe.run', credentials: { token: canary, host: 'cn' } });
    actor.send({ type: 'user.answer', answer: 'expired' });
    expect(stepOf(actor.getSnapshot())).toBe('done-expired');
    expect(signal?.aborted).toBe(true);
  });

  test('stay with the evidence when the probe cannot decide, and run again on retry', async () => {
    let calls = 0;
    const machine = withProbe(async () =>
      ++calls === 1 ? { answer: null, verdict: 'cors-blocked', details: {} } : { answer: 'valid', verdict: 'valid', details: {} },
    );
    const actor = startAt(machine, toCheck);
    actor.send({ type: 'probe.run', credentials: { token: canary, host: 'com' } });
    await waitFor(actor, (s) => checkPhaseOf(s) === 'failed');
    expect(actor.getSnapshot().context.evidence).toEqual({ answer: null, verdict: 'cors-blocked', details: {} });
    actor.send({ type: 'probe.retry', credentials: { token: canary, host: 'com' } });
    await waitFor(actor, (s) => stepOf(s) === 'done-ok');
    expect(actor.getSnapshot().context.evidence).toBeNull();
  });

  test('turn a thrown probe into unexpected-response evidence', async () => {
    const machine = withProbe(async () => {
      throw new Error('boom');
    });
    const actor = startAt(machine, toCheck);
    actor.send({ type: 'probe.run', credentials: { token: canary, host: 'cn' } });
    await waitFor(actor, (s) => checkPhaseOf(s) === 'failed');
    expect(actor.getSnapshot().context.evidence?.verdict).toBe('unexpected-response');
  });

  test('refuse to run without a provided probe, so nothing is ever sent by default', async () => {
    const actor = createActor(sampleMachine).start();
    actor.send({ type: 'user.answer', answer: 'pat' });
    actor.send({ type: 'probe.run', credentials: { token: canary, host: 'cn' } });
    await waitFor(actor, (s) => checkPhaseOf(s) === 'failed');
    expect(JSON.stringify(actor.getSnapshot().context)).not.toContain(canary);
  });
});
