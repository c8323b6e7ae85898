/**
 * The verdict vocabulary of every check (design.md, "Public contract"), and the groups of it that
 * several layers branch on. Each group is named by what it means for the visitor; a new use picks
 * the group whose meaning fits instead of writing its own list.
 */

/**
 * Verdicts a visitor can also give by hand, so a wizard's token check may branch on them; the rest
 * of the vocabulary means no usable answer about the token came back.
 */
export const DECISIVE_VERDICTS = [
  'valid',
  'malformed',
  'not-a-token',
  'invalid-token',
  'expired',
  'wrong-region',
  'missing-permission',
  'rate-limited',
] as const;

/** The whole vocabulary. Order is display order. */
export const VERDICTS = [...DECISIVE_VERDICTS, 'network-error', 'cors-blocked', 'timeout', 'server-error', 'unexpected-response'] as const;
export type Verdict = (typeof VERDICTS)[number];

/** A group's members are checked as verdicts; `has` takes any string, as wizard evidence carries one. */
const group = (verdicts: readonly Verdict[]): ReadonlySet<string> => new Set<string>(verdicts);

const noAnswer = ['network-error', 'cors-blocked', 'timeout'] as const satisfies readonly Verdict[];
const noUsableAnswer = [...noAnswer, 'server-error'] as const;

/**
 * No HTTP answer came back at all: the network, the browser's CORS check or the clock stopped the
 * request. Nothing is known about the token, and a single-use credential (a refresh token, a JWT)
 * may still be unspent: a region decision ignores these hosts, the playground keeps its tokens, and
 * the refresh and JWT tools offer the terminal route.
 */
export const NO_ANSWER = group(noAnswer);

/**
 * The browser got no usable answer: nothing came back, or the server failed (5xx). A read-only
 * check (the token check, a wizard's check) can be run again from a terminal or retried, so these
 * offer the command-line route.
 */
export const NO_USABLE_ANSWER = group(noUsableAnswer);

/**
 * Verdicts that say nothing about the token: no usable answer, or one that could not be read (a
 * proxy page). The command line exits with "unreachable" (3) for these.
 */
export const SAYS_NOTHING_ABOUT_TOKEN = group([...noUsableAnswer, 'unexpected-response']);

/**
 * Not the token's fault, and the same request may pass later or from elsewhere: no usable answer,
 * or a rate limit. Shown as a warning, not as an error.
 */
export const TRY_AGAIN = group([...noUsableAnswer, 'rate-limited']);
