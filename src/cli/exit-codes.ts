/**
 * Exit codes of `coze-auth-doctor`, part of the public contract (design.md, "Command line"):
 * scripts and CI pipelines branch on them, so a verdict's code never changes.
 */
import type { Verdict } from '~/probes';
import type { CliMessages } from '~/cli/messages';
import { SAYS_NOTHING_ABOUT_TOKEN } from '~/site/verdicts';

/** Message keys whose value is a plain sentence (not a nested table). */
export type MessageKey = { [K in keyof CliMessages]: CliMessages[K] extends string ? K : never }[keyof CliMessages];

export const EXIT = {
  /** The token (or refresh token, JWT, host) works. */
  ok: 0,
  /** A diagnosed problem with the token or the app: the API answered, and the answer says what is wrong. */
  problem: 1,
  /** Usage or input error: unknown flag, a token given as an argument, no token at all, a bad base URL. */
  usage: 2,
  /** The API could not be reached or answered unreadably: network, timeout, 5xx, a proxy page. */
  unreachable: 3,
} as const;

export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

/** The exit code for a verdict. `malformed` / `not-a-token` are diagnoses of the token, hence 1. */
export function exitCodeFor(verdict: Verdict): ExitCode {
  if (verdict === 'valid') return EXIT.ok;
  return SAYS_NOTHING_ABOUT_TOKEN.has(verdict) ? EXIT.unreachable : EXIT.problem;
}

/**
 * Thrown for a usage or input error; main() prints the message in the chosen locale and exits
 * with 2. It carries a message key, not prose, because it may be thrown before the locale is known.
 */
export class UsageError extends Error {
  override name = 'UsageError' as const;
  readonly key: MessageKey;
  readonly values: Readonly<Record<string, string | number>>;

  constructor(key: MessageKey, values: Readonly<Record<string, string | number>> = {}) {
    super(key);
    this.key = key;
    this.values = values;
  }
}

/**
 * Type guard for {@link UsageError}.
 * @example
 * ```ts
 * try { run(); } catch (error) { if (isUsageError(error)) return EXIT.usage; }
 * ```
 */
export function isUsageError(error: unknown): error is UsageError {
  return error instanceof Error && error.name === 'UsageError';
}
