/**
 * The shapes every wizard shares. A wizard is an XState machine whose top-level states are steps;
 * each step's `meta` says what kind it is and where each answer leads, so the island, the static
 * outline, the catalog and the deep-link resolver all read the same tree.
 */

export type Locale = 'zh-CN' | 'en';
export const LOCALES: readonly Locale[] = ['zh-CN', 'en'];

export type WizardId =
  | 'migrated-workspace'
  | 'team-scope-rejected'
  | 'expired-refresh'
  | 'token-invalid'
  | 'choose-auth';

export type StepKind = 'question' | 'check' | 'outcome';

/**
 * Live checks a wizard step can run. Each returns one answer id from a fixed set, so a probe result
 * and a visitor's own answer drive the same transition.
 * - `token-verdict`: answers are verdicts (`valid`, `expired`, `wrong-region`, …).
 * - `workspace-role`: `admin` (owner/admin of a team or enterprise workspace), `member`, `personal-only`.
 */
export type ProbeKind = 'token-verdict' | 'workspace-role';

/** A guide (optionally a section) as a locale-free path: `guides/regions` or `guides/error-codes#4101`. */
export type GuideRef = `guides/${string}` | `tools/${string}`;

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

/** What a finished probe left behind for the island to show; never holds the token itself. */
export interface ProbeEvidence {
  readonly answer: string | null;
  /** One word of the contract's verdict vocabulary; the island turns it into words per locale. */
  readonly verdict: string;
  /** Raw, token-free facts to show as evidence: HTTP status, code, msg, logid, region, role… */
  readonly details: Readonly<Record<string, string>>;
}

export interface WizardContext {
  readonly answers: readonly AnswerRecord[];
  readonly evidence: ProbeEvidence | null;
}

/** Where a check sends its request. The token travels in the event only, never into context. */
export interface CheckCredentials {
  readonly token: string;
  readonly host: 'cn' | 'com' | 'auto' | 'custom';
  readonly baseUrl?: string;
  /**
   * Where the failing app sends its calls (`name="app-host"`). With `cn` or `com` the check asks
   * both Coze hosts, so a token that works only on the other one comes back `wrong-region`.
   */
  readonly appHost?: AppHost;
}

/** The answers of `name="app-host"`: which API host the visitor's failing app calls. */
export type AppHost = 'cn' | 'com' | 'custom' | 'unknown';

export interface CheckInput {
  readonly probe: ProbeKind;
  readonly credentials: CheckCredentials;
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
