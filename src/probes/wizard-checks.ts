import type { CheckInput, ProbeEvidence } from '../wizards/engine/types';

/**
 * The seam between wizard check steps and the live probes. Owned by the live-check work: it runs the
 * probe named in `input.probe` and returns evidence whose `answer` is one of that probe's answer ids
 * (or null when the result is not decisive, e.g. a network error).
 */
export async function runWizardCheck(_input: CheckInput, _signal: AbortSignal): Promise<ProbeEvidence> {
  throw new Error('Live checks are not available yet; answer by hand.');
}
