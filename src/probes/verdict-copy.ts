/**
 * A title and one sentence per verdict, input problem and note, in both locales. The tool pages
 * and the wizard island show these; the probes themselves only return codes.
 */
import type { Locale } from '~/site/locale';
import type { CheckNote, InputProblem, ProblemCode, Verdict } from '~/probes/types';
import type { CopyEntry, CopyTable } from '~/probes/verdict-copy-table';
import { en } from '~/probes/verdict-copy.en';
import { zhCN } from '~/probes/verdict-copy.zh-CN';

export const VERDICT_COPY: Readonly<Record<Locale, CopyTable>> = { 'zh-CN': zhCN, en };

export function verdictCopy(verdict: Verdict, locale: Locale): CopyEntry {
  return VERDICT_COPY[locale].verdicts[verdict];
}

/** Copy for an input problem; `{column}` and `{codePoint}` are filled from the problem when given. */
export function problemCopy(problem: ProblemCode | InputProblem, locale: Locale): CopyEntry {
  const p: Pick<InputProblem, 'code' | 'column' | 'codePoint'> = typeof problem === 'string' ? { code: problem } : problem;
  const entry = VERDICT_COPY[locale].problems[p.code];
  const fill = (s: string) => s.replaceAll('{column}', p.column === undefined ? '?' : String(p.column)).replaceAll('{codePoint}', p.codePoint ?? '?');
  return { title: fill(entry.title), text: fill(entry.text) };
}

export function noteCopy(note: CheckNote, locale: Locale): CopyEntry {
  return VERDICT_COPY[locale].notes[note];
}
