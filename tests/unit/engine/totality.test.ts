import { describe, expect, test } from 'vitest';
import { wizardMachine } from '~/wizards/engine/machine';
import { fromPromise, waitFor } from 'xstate';
import { DECISIVE_VERDICTS } from '~/probes/decisive-verdicts';
import { checkPhaseOf, stepOf } from '~/wizards/engine/snapshot';
import { shortestPaths } from '~/wizards/engine/paths';
import type { CheckInput, ProbeEvidence, StepMeta, WizardTree } from '~/wizards/engine/types';
import { validateStructure } from '~/wizards/engine/validate';
import { wizards } from '~/wizards/registry';
import { startAt } from './fixtures';

const end: StepMeta = { kind: 'outcome', answers: [], guides: [] };
const checkWith = (answers: readonly string[], probe: StepMeta['probe'] = 'token-verdict'): WizardTree => ({
  id: 'choose-auth',
  initial: 'a',
  steps: { a: { kind: 'check', probe, answers: answers.map((id) => ({ id, target: 'b' })), guides: [] }, b: end },
});

describe('check steps are total', () => {
  test.each(DECISIVE_VERDICTS)('the validator rejects a token check with no answer for "%s"', (verdict) => {
    const tree = checkWith(DECISIVE_VERDICTS.filter((v) => v !== verdict));
    expect(validateStructure(tree)).toContain(`check "a" has no answer for the token-verdict result "${verdict}"`);
  });

  test('the validator rejects an answer the probe never returns, and accepts the full set', () => {
    expect(validateStructure(checkWith([...DECISIVE_VERDICTS, 'network-error']))).toContain(
      'check "a" answers "network-error", which its token-verdict probe never returns',
    );
    expect(validateStructure(checkWith(DECISIVE_VERDICTS))).toEqual([]);
    expect(validateStructure(checkWith(['admin', 'member'], 'workspace-role'))).toContain(
      'check "a" has no answer for the workspace-role result "personal-only"',
    );
  });

  // A transport failure (network, CORS, timeout, 5xx) gives no answer: the step must stay, keep
  // "retry", and keep every answer as a button, so the visitor can go on by hand or by command line.
  const checks = wizards.flatMap((w) =>
    Object.entries(w.tree.steps)
      .filter(([, m]) => m.kind === 'check')
      .map(([step, meta]) => [`${w.id}#${step}`, w, step, meta] as const),
  );
  test.each(checks)('%s keeps retry and every answer after a transport failure', async (_id, wizard, step, meta) => {
    const tree = wizard.tree;
    const path = shortestPaths(tree).get(step) ?? [];
    const failing = fromPromise<ProbeEvidence, CheckInput>(async () => ({ answer: null, verdict: 'network-error', details: {} }));
    for (const { id: answer, target } of meta.answers) {
      const actor = startAt(wizardMachine(tree).provide({ actors: { probeCheck: failing } }), path);
      actor.send({ type: 'probe.run', credentials: { token: 'pat_x', host: 'auto' } });
      await waitFor(actor, (s) => checkPhaseOf(s) === 'failed');
      expect(actor.getSnapshot().can({ type: 'probe.retry', credentials: { token: 'pat_x', host: 'auto' } })).toBe(true);
      actor.send({ type: 'user.answer', answer });
      expect(stepOf(actor.getSnapshot())).toBe(target);
      actor.stop();
    }
  });
});
