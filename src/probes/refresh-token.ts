import type { ProbeOptions, RefreshInput, RefreshResult } from './results';

/**
 * Runs the OAuth refresh grant (`POST /api/permission/oauth2/token`, JSON
 * `{grant_type:'refresh_token', client_id, refresh_token}`; `Authorization: Bearer <client_secret>`
 * only when a secret is given). A success rotates the refresh token: the old one stops working, so
 * the UI must show `newRefreshToken` first. Never retried. Rejects only with `ProbeCancelledError`.
 */
export async function refreshToken(
  _input: RefreshInput,
  _signal: AbortSignal,
  _options: ProbeOptions = {},
): Promise<RefreshResult> {
  throw new Error('not implemented');
}
