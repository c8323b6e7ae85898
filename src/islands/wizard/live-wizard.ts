import { type AnyMachineSnapshot, fromPromise } from 'xstate';
import { createWizardSession } from '~/islands/wizard/session';
import type { WizardView } from '~/islands/wizard/wizard-view';
import { checkPhaseOf, currentMeta, stepOf } from '~/wizards/engine/snapshot';
import type { CheckInput, ProbeEvidence, WizardTree } from '~/wizards/engine/types';

// The probe code (ky, classifiers) loads only when a visitor actually runs a check.
const probeCheck = fromPromise<ProbeEvidence, CheckInput>(async ({ input, signal }) => {
  const { runWizardCheck } = await import('~/probes/wizard-checks');
  return runWizardCheck(input, signal);
});

/** The wizard's session with the real probes: XState and the machine, loaded as one chunk. */
export function startLiveWizard(tree: WizardTree) {
  return createWizardSession(tree, probeCheck);
}

export type LiveWizard = ReturnType<typeof startLiveWizard>;

/** The snapshot as the island draws it; the step's kind and answers come from `getMeta()`. */
export function viewOf(snapshot: AnyMachineSnapshot): WizardView {
  const { answers, evidence, notice } = snapshot.context;
  return { step: stepOf(snapshot), meta: currentMeta(snapshot), answers, evidence, notice, phase: checkPhaseOf(snapshot) };
}
