import type { AnswerRecord, ProbeEvidence, StepMeta, WizardNotice, WizardTree } from '~/wizards/engine/types';

/** What the island draws: the step, how the visitor got there, and a check step's phase. */
export interface WizardView {
  readonly step: string;
  readonly meta: StepMeta | undefined;
  readonly answers: readonly AnswerRecord[];
  readonly evidence: ProbeEvidence | null;
  readonly notice: WizardNotice | null;
  readonly phase: 'idle' | 'running' | 'failed' | null;
}

/**
 * The first step, read from the tree with no machine: what the server rendered, and what the page
 * shows until the visitor reaches for the wizard and its machine loads (`use-wizard.ts`).
 */
export function firstView(tree: WizardTree): WizardView {
  const meta = tree.steps[tree.initial];
  return { step: tree.initial, meta, answers: [], evidence: null, notice: null, phase: meta?.kind === 'check' ? 'idle' : null };
}
