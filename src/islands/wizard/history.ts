import { isId, stepLink } from '~/wizards/engine/deep-link';
import type { AnswerRecord, HistoryMode } from '~/wizards/engine/types';

/** What the island keeps in `history.state`: ids only, like the URL, and how deep in the visit this entry is. */
export interface WizardHistoryState {
  readonly wizard: string;
  readonly answers: readonly AnswerRecord[];
  /**
   * How many wizard entries this visit pushed before this one. Back in the island is `history.back()`
   * while it is above 0, so the page's Back and the browser's Back walk the same list.
   */
  readonly depth?: number;
}

/**
 * True when `state` is an entry this wizard wrote. History state can come from anywhere (another
 * script, an older build), so it is checked field by field before its answers are replayed.
 */
export function isWizardHistoryState(state: unknown, wizard: string): state is WizardHistoryState {
  if (typeof state !== 'object' || state === null) return false;
  const { wizard: id, answers, depth } = state as Partial<WizardHistoryState>;
  return (
    id === wizard &&
    Array.isArray(answers) &&
    answers.length <= 64 &&
    (depth === undefined || (Number.isInteger(depth) && depth >= 0 && depth < 10_000)) &&
    answers.every((a: unknown) => {
      const { step, answer } = (a ?? {}) as Partial<AnswerRecord>;
      return typeof step === 'string' && typeof answer === 'string' && isId(step) && isId(answer);
    })
  );
}

/**
 * Writes the step into browser history (`replace` rewrites the URL to the step's link, `keep` only
 * attaches state to the current URL); the URL is the page path plus `?a=…#step`, nothing else.
 */
export function writeHistory(mode: Exclude<HistoryMode, 'back'>, wizard: string, answers: readonly AnswerRecord[], step: string, depth = 0): void {
  if (mode === 'none' || typeof history === 'undefined') return;
  // Probe verdicts stay out of history: a replayed answer is always a hand answer.
  const state: WizardHistoryState = { wizard, answers: answers.map(({ step: s, answer }) => ({ step: s, answer })), depth };
  const url = mode === 'keep' ? location.href : `${location.pathname}${stepLink(answers, step)}`;
  if (mode === 'push') history.pushState(state, '', url);
  else history.replaceState(state, '', url);
}

/** The absolute link a visitor can paste into a ticket for the step they are on. */
export function shareableLink(answers: readonly AnswerRecord[], step: string): string {
  return `${location.origin}${location.pathname}${stepLink(answers, step)}`;
}
