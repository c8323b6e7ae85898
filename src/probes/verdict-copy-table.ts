/**
 * The shape of one locale's verdict copy. Its own module so the per-locale tables and the lookup
 * functions (verdict-copy.ts) both import it without importing each other.
 */
import type { CheckNote, ProblemCode, Verdict } from '~/probes/types';

export interface CopyEntry {
  readonly title: string;
  /** One sentence. */
  readonly text: string;
}

/** Typed as complete records, so a missing key fails type checking as well as the unit test. */
export interface CopyTable {
  readonly verdicts: Readonly<Record<Verdict, CopyEntry>>;
  readonly problems: Readonly<Record<ProblemCode, CopyEntry>>;
  readonly notes: Readonly<Record<CheckNote, CopyEntry>>;
}
