import type { ProbeOptions, TokenCheckInput, TokenCheckResult } from './results';

/**
 * Checks an access token: normalises it, then `GET /v1/users/me` (identity) and, if that works,
 * `GET /v1/workspaces?page_num=1&page_size=50` (roles and workspace types).
 * `host: 'auto'` asks both Coze hosts at once and reports the region that accepts the token.
 * Resolves with a verdict for every outcome; rejects only with `ProbeCancelledError`.
 */
export async function checkToken(
  _input: TokenCheckInput,
  _signal: AbortSignal,
  _options: ProbeOptions = {},
): Promise<TokenCheckResult> {
  throw new Error('not implemented');
}
