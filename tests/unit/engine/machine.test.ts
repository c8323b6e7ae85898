import { describe, expect, test } from 'vitest';
import { createActor, fromPromise, waitFor } from 'xstate';
import { wizardMachine } from '~/wizards/engine/machine';
import { currentMeta } from '~/wizards/engine/snapshot';
import { check, defineTree, outcome, question } from '~/wizards/engine/tree';
import type { CheckInput, ProbeEvidence } from '~/wizards/engine/types';

const sample = wizardMachine(
  defineTree({
    id: 'choose-auth',
    initial: 'start',
    steps: {
      start: question({ yes: 'probe-step', no: 'done-no' }, 'guides/regions'),
      'probe-step': check('workspace-role', { admin: 'done-admin', member: 'done-no', 'personal-only': 'done-no' }),
      'done-no': outcome('guides/oauth'),
      'done-admin': outcome(),
    },
  }),
);

const evidence = (answer: string | null): ProbeEvidence => ({ answer, verdict: 'valid', details: {} });

describe('wizardMachine', () => {
  test('moves to the target of the chosen answer and records it', () => {
    const actor = createActor(sample).start();
    actor.send({ type: 'user.answer', answer: 'yes' });
    expect(actor.getSnapshot().value).toEqual({ 'probe-step': 'idle' });
    expect(actor.getSnapshot().context.answers).toEqual([{ step: 'start', answer: 'yes' }]);
  });

  test('ignores an answer the step does not offer', () => {
    const actor = createActor(sample).start();
    actor.send({ type: 'user.answer', answer: 'maybe' });
    expect(actor.getSnapshot().value).toBe('start');
  });

  test('lets a probe answer a check step and passes the token only through the event', async () => {
    const seen: CheckInput[] = [];
    const machine = sample.provide({
      actors: { probeCheck: fromPromise(async ({ input }: { input: CheckInput }) => (seen.push(input), evidence('admin'))) },
    });
    const actor = createActor(machine).start();
    actor.send({ type: 'user.answer', answer: 'yes' });
    actor.send({ type: 'probe.run', credentials: { token: 'pat_canary', host: 'cn' } });
    await waitFor(actor, (s) => s.matches('done-admin'));
    expect(seen[0]).toEqual({ probe: 'workspace-role', credentials: { token: 'pat_canary', host: 'cn' } });
    expect(JSON.stringify(actor.getSnapshot().context)).not.toContain('pat_canary');
    expect(currentMeta(actor.getSnapshot())?.kind).toBe('outcome');
  });

  test('stays on the check step with evidence when the probe is not decisive', async () => {
    const machine = sample.provide({ actors: { probeCheck: fromPromise(async () => evidence(null)) } });
    const actor = createActor(machine).start();
    actor.send({ type: 'user.answer', answer: 'yes' });
    actor.send({ type: 'probe.run', credentials: { token: 't', host: 'cn' } });
    await waitFor(actor, (s) => s.matches('probe-step.failed'));
    actor.send({ type: 'user.answer', answer: 'member' });
    expect(actor.getSnapshot().value).toBe('done-no');
  });

  test('exposes the tree in meta', () => {
    const actor = createActor(sample).start();
    const meta = actor.getSnapshot().getMeta();
    expect(meta['choose-auth.start']).toMatchObject({ kind: 'question', guides: ['guides/regions'] });
  });
});
