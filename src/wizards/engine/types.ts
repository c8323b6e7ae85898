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
 * The tree of one wizard as plain data, as its author wrote it (`src/wizards/<id>/tree.ts`). It is
 * what build-time code (outline, diagram, catalog) walks, and what the island receives as a prop to
 * build the machine in the browser without bundling every wizard.
 */
export interface WizardTree {
  readonly id: WizardId;
  readonly initial: string;
  /** Step id -> meta, in the order the author wrote the steps. */
  readonly steps: Readonly<Record<string, StepMeta>>;
}

/**
 * A notice above the step: `unknown-link` (the link names nothing this wizard has, so the first step
 * opens), `answers-reset` (the step exists but the link's answers do not lead there), `new-path` (a
 * jump to a step the visitor's answers do not lead to started the shortest path there).
 */
export type WizardNotice = 'unknown-link' | 'answers-reset' | 'new-path';

/**
 * How a move is written into browser history: `push` a new entry, `replace` the current one, `keep`
 * the URL and only attach state, `none` (the move came from history), or `back`: the browser's Back
 * when this visit pushed the entry, so in-page Back and browser Back walk the same list.
 */
export type HistoryMode = 'push' | 'replace' | 'keep' | 'none' | 'back';

export interface WizardContext {
  readonly answers: readonly AnswerRecord[];
  readonly evidence: ProbeEvidence | null;
  readonly notice: WizardNotice | null;
}

/** A jump to the step a list of answers leads to: a link load, a history entry, a diagram box. */
export interface GotoEvent {
  readonly type: 'user.goto';
  /** Untrusted: the machine keeps the longest prefix that fits the tree. */
  readonly answers: readonly AnswerRecord[];
  readonly history: HistoryMode;
  readonly notice?: WizardNotice | null;
  /** Move focus to the step heading (default true). */
  readonly focus?: boolean;
  /** Bring the wizard into view (default false). */
  readonly scroll?: boolean;
}

export type WizardEvent =
  | { type: 'user.answer'; answer: string }
  | { type: 'user.back' }
  | { type: 'user.restart' }
  | GotoEvent
  | { type: 'probe.run'; credentials: CheckCredentials }
  | { type: 'probe.retry'; credentials: CheckCredentials }
  | { type: 'probe.cancel' };

/** What the provided `writeHistory` action is given: the mode and the step the answers now lead to. */
export interface HistoryWrite {
  readonly mode: HistoryMode;
  readonly answers: readonly AnswerRecord[];
  readonly step: string;
}

/** What the provided `revealStep` action is given after the step changed. */
export interface StepReveal {
  readonly focus: boolean;
  readonly scroll: boolean;
}

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
