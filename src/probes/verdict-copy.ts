import type { Locale } from '../wizards/engine/types';
import type { CheckNote, ProblemCode, Verdict } from './types';

export interface CopyEntry {
  readonly title: string;
  /** One sentence. */
  readonly text: string;
}

export function verdictCopy(_verdict: Verdict, _locale: Locale): CopyEntry {
  throw new Error('not implemented');
}
export function problemCopy(_code: ProblemCode, _locale: Locale): CopyEntry {
  throw new Error('not implemented');
}
export function noteCopy(_note: CheckNote, _locale: Locale): CopyEntry {
  throw new Error('not implemented');
}
