/**
 * Deep links into a wizard: `<page>?a=<answers>#<step>`.
 *
 * Answers codec: each answer is `<step-id>.<answer-id>`, answers are joined with `~`, in the order
 * given: `?a=auth-method.pat~pat-expiry.yes`. Ids are kebab-case (`[a-z0-9-]`), so `.` and `~`
 * never occur inside them, and all four characters are unreserved in URLs: the link stays readable
 * in a ticket and needs no percent-encoding. Naming the step of every answer (not only the answer)
 * lets a link that went stale after a tree change be detected instead of silently misread.
 *
 * Only step ids and answer ids ever go into a link. Decoding never throws: input is length-capped,
 * checked character by character, and validated against the tree.
 */
import { shortestPath } from '~/wizards/engine/paths';
import { replay } from '~/wizards/engine/replay';
import { hasStep } from '~/wizards/engine/tree';
import type { AnswerRecord, WizardNotice, WizardTree } from '~/wizards/engine/types';

/** Longer than any real path needs (depth ≤ 64 steps), short enough to bound the work per link. */
export const MAX_ANSWERS_PARAM = 2048;
const MAX_ANSWERS = 64;
const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** The page's own anchors (`#_outline`, `#_diagram`) start with `_`, which no step id can. */
const PAGE_ANCHOR = /^_[a-z][a-z0-9-]*$/;

export function isId(value: string): boolean {
  return value.length <= 64 && ID.test(value);
}

export function encodeAnswers(answers: readonly AnswerRecord[]): string {
  return answers.map(({ step, answer }) => `${step}.${answer}`).join('~');
}

/** Parses the `a` parameter's syntax only; null when it is not a well-formed list of ids. */
export function parseAnswers(raw: string): AnswerRecord[] | null {
  if (typeof raw !== 'string' || raw.length === 0 || raw.length > MAX_ANSWERS_PARAM) return null;
  const parts = raw.split('~');
  if (parts.length > MAX_ANSWERS) return null;
  const answers: AnswerRecord[] = [];
  for (const part of parts) {
    const [step, answer, extra] = part.split('.');
    if (extra !== undefined || step === undefined || answer === undefined || !isId(step) || !isId(answer)) return null;
    answers.push({ step, answer });
  }
  return answers;
}

/** The answers in `raw` when they are well-formed and every one fits the tree; otherwise null. */
export function decodeAnswers(tree: WizardTree, raw: string): readonly AnswerRecord[] | null {
  const parsed = parseAnswers(raw);
  if (!parsed) return null;
  const result = replay(tree, parsed);
  return result.valid ? result.answers : null;
}

/** The query and fragment for a step reached by `answers` (`?a=…#step`, or `#step` with no answers). */
export function stepLink(answers: readonly AnswerRecord[], step: string): string {
  return `${answers.length > 0 ? `?a=${encodeAnswers(answers)}` : ''}#${step}`;
}

/**
 * `unknown-link`: the link names a step or answers this wizard does not have; the first step opens.
 * `answers-reset`: the step exists but the answers in the link do not lead there; the shortest path is shown.
 */
type LinkNotice = Extract<WizardNotice, 'unknown-link' | 'answers-reset'>;

export interface ResolvedLink {
  readonly step: string;
  readonly answers: readonly AnswerRecord[];
  readonly notice: LinkNotice | null;
  /** True when the link addressed the wizard at all (so the page should bring the island into view). */
  readonly targeted: boolean;
}

function readParam(search: string): string | null {
  try {
    return new URLSearchParams(search).get('a');
  } catch {
    return null;
  }
}

/**
 * Turns a page location into the step to open and the answers to show. Both parts are
 * locale-free, so the same link works on the zh-CN and the English page. Fragments starting with
 * `_` are the page's own anchors (outline, diagram), not steps, and are left alone.
 */
export function resolveLink(tree: WizardTree, search: string, hash: string): ResolvedLink {
  const fragment = String(hash ?? '').replace(/^#/, '');
  const param = readParam(String(search ?? ''));
  const start = (notice: LinkNotice | null, targeted: boolean): ResolvedLink => ({
    step: tree.initial,
    answers: [],
    notice,
    targeted,
  });
  const hasParam = param !== null && param !== '';
  // The link's own answers, replayed once: null unless every one fits the tree.
  const parsed = hasParam ? parseAnswers(param) : null;
  const walked = parsed ? replay(tree, parsed) : null;
  const own = walked?.valid ? walked : null;

  if (fragment === '' || PAGE_ANCHOR.test(fragment)) {
    if (!hasParam) return start(null, false);
    return own ? { step: own.step, answers: own.answers, notice: null, targeted: true } : start('unknown-link', true);
  }
  if (!isId(fragment) || !hasStep(tree, fragment)) return start('unknown-link', true);
  if (own && own.step === fragment) return { step: fragment, answers: own.answers, notice: null, targeted: true };
  const path = shortestPath(tree, fragment);
  if (!path) return start('unknown-link', true);
  return { step: fragment, answers: path, notice: hasParam ? 'answers-reset' : null, targeted: true };
}
