/**
 * The words for verdicts come from the live-check copy (`src/probes/verdict-copy.ts`) and reach the
 * island as a prop, so the island bundle carries no copy. Any string is accepted as a key because
 * evidence arrives at run time; an unknown verdict is shown as its code rather than hidden.
 */
export type VerdictWords = Readonly<Record<string, { readonly title: string; readonly text: string } | undefined>>;

export function verdictTitle(words: VerdictWords, verdict: string): string {
  return words[verdict]?.title ?? verdict;
}
