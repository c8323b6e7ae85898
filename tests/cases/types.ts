/**
 * The shape of one real failure case. Cases are data only: a new failure found later is one more
 * entry in cases.ts, and the runner (tests/unit/case-book.test.ts) drives it through every door.
 */
import type { TOKENS } from '../fake-coze/tokens.ts';
import type { Verdict } from '~/probes/types.ts';
import type { WizardId } from '~/wizards/engine/types.ts';

type StepRef = `${WizardId}#${string}`;

/** The issue-8 defect a case guards against, so the closing note can count what the old code failed. */
type Defect = 'region-invisible' | 'stranded-verdict' | 'lookup-misroute' | 'branch-defect' | 'classify-mislabel';

export interface CaseWalk {
  readonly wizard: WizardId;
  /** Answer ids in order; `@check` = run the step's live check with the case's token against the fake. */
  readonly answers: readonly string[];
  /** Where the walk must end; defaults to the case's `expect.step` (same wizard). */
  readonly end?: string;
}

export interface FailureCase {
  readonly id: string;
  /** A seed file, a facts-file section, or the public thread whose replies confirm the cause. */
  readonly source: string;
  readonly defects?: readonly Defect[];
  readonly has: {
    /** The error as people paste it; at least one locale's text when the lookup should take it. */
    readonly pasted?: { readonly en?: string; readonly zh?: string };
    readonly httpStatus?: number;
    /** `pat`, `sat`, `czu`, `czs`, `jwt`, `client-id`, `refresh-token`… (for readers; the token decides). */
    readonly tokenKind?: string;
    /** A fixture token of the fake (key of TOKENS) or a raw paste (a client id, a broken token). */
    readonly token?: keyof typeof TOKENS | { readonly raw: string };
    /** Where the failing app sends its calls (`name="app-host"`). */
    readonly appHost?: 'cn' | 'com' | 'custom' | 'unknown';
    /** What the fake answers for the token on each host, asked one host at a time. */
    readonly fake?: { readonly cn: Verdict; readonly com: Verdict };
  };
  readonly walks?: readonly CaseWalk[];
  readonly expect: {
    /** The step the user must end on (and, unless `lookup` says otherwise, the lookup's first link). */
    readonly step: StepRef;
    /** Where the error lookup must point when it differs from the end step (the walk's start). */
    readonly lookup?: StepRef;
    /** The token check's verdict with the app host given (host `auto`, or the custom base URL). */
    readonly verdict?: Verdict;
    /** The verdict of the "paste the response back" classifier for `pasted`. */
    readonly pastedVerdict?: Verdict;
  };
}
