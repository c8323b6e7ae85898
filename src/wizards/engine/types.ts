/**
 * The shapes every wizard shares. A wizard is an XState machine whose top-level states are steps;
 * each step's `meta` says what kind it is and where each answer leads, so the island, the static
 * outline, the catalog and the deep-link resolver all read the same tree.
 */

import type { CheckCredentials, ProbeEvidence, ProbeKind } from '~/probes/check-input';
import type { GuideRef, WizardId } from '~/site/routes';

// Defined in the lower layers (probes and site need them without the engine); re-exported so the
// wizards, islands and tests keep one place to import the wizard vocabulary from.
export type { AppHost, CheckCredentials, CheckInput, ProbeEvidence, ProbeKind } from '~/probes/check-input';
export { LOCALES, type Locale } from '~/site/locale';
export type { GuideRef, WizardId } from '~/site/routes';

export type StepKind = 'question' | 'check' | 'outcome';

export interface AnswerMeta {
  readonly id: string;
  readonly target: string;
}

export interface StepMeta {
  readonly kind: StepKind;
  /** Question and check steps: 2–6 answers in display order. Outcomes: none. */
  readonly answers: readonly AnswerMeta[];
  readonly probe?: ProbeKind;
  readonly guides: readonly GuideRef[];
}

/** One answer the visitor gave (or a probe gave on their behalf), in order. */
export interface AnswerRecord {
  readonly step: string;
  readonly answer: string;
  /**
   * Set only when a live check chose the answer, so the breadcrumb can say so. Links never carry it:
   * a replayed answer is always one given by hand.
   */
  readonly verdict?: string;
}

/**
 * The tree of one wizard as plain data, read back from its machine's `meta`. It is what build-time
 * code (outline, diagram, catalog) walks, and what the island receives as a prop to rebuild the
 * same machine in the browser without bundling every wizard.
 */
export interface WizardTree {
  readonly id: WizardId;
  readonly initial: string;
  /** Step id -> meta, in the order the author wrote the steps. */
  readonly steps: Readonly<Record<string, StepMeta>>;
}

export interface WizardContext {
  readonly answers: readonly AnswerRecord[];
  readonly evidence: ProbeEvidence | null;
}

export type WizardEvent =
  | { type: 'user.answer'; answer: string }
  | { type: 'probe.run'; credentials: CheckCredentials }
  | { type: 'probe.retry'; credentials: CheckCredentials }
  | { type: 'probe.cancel' };

// ---- copy (one object per locale, keyed by step id) ----

export interface QuestionCopy {
  readonly title: string;
  /** Optional paragraph under the heading. Inline `code` and **bold** are rendered; nothing else. */
  readonly body?: string;
  readonly answers: Readonly<Record<string, string>>;
}

export interface OutcomeCopy {
  readonly title: string;
  /** What is wrong, in one or two sentences. */
  readonly problem: string;
  /** The fix as numbered steps, with exact console paths. */
  readonly steps: readonly string[];
  /** How to confirm the fix worked. */
  readonly verify: readonly string[];
  /** Present when part of this diagnosis rests on an unconfirmed fact; shown as a caution. */
  readonly uncertain?: string;
}

export type StepCopy = QuestionCopy | OutcomeCopy;

export interface WizardCopy {
  readonly title: string;
  readonly description: string;
  readonly steps: Readonly<Record<string, StepCopy>>;
}

export function isOutcomeCopy(copy: StepCopy): copy is OutcomeCopy {
  return 'problem' in copy;
}
