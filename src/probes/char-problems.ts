/**
 * Characters that never belong in a Coze credential, with the problem code the UI explains.
 * Everything Coze issues is printable ASCII, so anything else is a paste accident: a line wrap from
 * a chat app, a full-width character from a Chinese input method, a zero-width space from a web page.
 */
import type { ProblemCode } from '~/probes/types';

type CharProblem = Extract<ProblemCode, 'line-break' | 'full-width' | 'inner-whitespace' | 'invisible-character' | 'control-character' | 'non-ascii'>;

function charProblem(codePoint: number): CharProblem | null {
  if (codePoint >= 0x21 && codePoint <= 0x7e) return null;
  if ([0x0a, 0x0d, 0x85, 0x2028, 0x2029].includes(codePoint)) return 'line-break';
  // U+3000 is the ideographic (full-width) space a CJK input method types; name it for what it is.
  if (codePoint === 0x3000 || (codePoint >= 0xff01 && codePoint <= 0xff5e) || (codePoint >= 0xffe0 && codePoint <= 0xffe6)) {
    return 'full-width';
  }
  if (
    codePoint === 0x20 ||
    codePoint === 0x09 ||
    codePoint === 0xa0 ||
    codePoint === 0x1680 ||
    (codePoint >= 0x2000 && codePoint <= 0x200a) ||
    codePoint === 0x202f ||
    codePoint === 0x205f
  ) {
    return 'inner-whitespace';
  }
  if ((codePoint >= 0x200b && codePoint <= 0x200d) || codePoint === 0x2060 || codePoint === 0xfeff || codePoint === 0xad) {
    return 'invisible-character';
  }
  if (codePoint < 0x20 || codePoint === 0x7f) return 'control-character';
  return 'non-ascii';
}

export interface FoundCharProblem {
  readonly code: CharProblem;
  readonly index: number;
  readonly codePoint: string;
}

/** First offending character of `raw` within [start, end), by position. O(n), no regex backtracking. */
export function firstCharProblem(raw: string, start: number, end: number): FoundCharProblem | null {
  for (let i = start; i < end; i++) {
    const cp = raw.codePointAt(i) ?? 0;
    const code = charProblem(cp);
    if (code) return { code, index: i, codePoint: `U+${cp.toString(16).toUpperCase().padStart(4, '0')}` };
    if (cp > 0xffff) i++; // skip the low surrogate of an astral character
  }
  return null;
}

/** Whitespace or an invisible character that may be trimmed from the ends of a paste. */
export function isEdgeJunk(char: string | undefined): boolean {
  return char !== undefined && /[\s\u200b-\u200d\u2060\ufeff]/u.test(char);
}
