/** The refresh test behind /tools/refresh-test/. */
import type { ProbeOptions, RefreshInput, RefreshResult } from '~/probes/results';
import { callTokenEndpoint } from '~/probes/token-endpoint';

/**
 * Runs the OAuth refresh grant (`POST /api/permission/oauth2/token`, JSON
 * `{grant_type:'refresh_token', client_id, refresh_token}`; `Authorization: Bearer <client_secret>`
 * only when a secret is given). A success rotates the refresh token: the old one stops working, so
 * the UI must show `newRefreshToken` first. Refused before sending: a client id that is not
 * `<digits>.app.coze`, and an access token (or JWT, client id, code) pasted as the refresh token.
 * Never retried. Rejects only with `ProbeCancelledError`.
 */
export async function refreshToken(input: RefreshInput, signal: AbortSignal, options: ProbeOptions = {}): Promise<RefreshResult> {
  const { result, token, sentFingerprint } = await callTokenEndpoint({ probe: 'refresh', ...input }, signal, options);
  const newRefreshToken = token?.refreshToken ?? null;
  return {
    ...result,
    newRefreshToken,
    refreshTokenFingerprint: sentFingerprint,
    notes: newRefreshToken ? [...result.notes, 'refresh-token-rotated'] : result.notes,
  };
}
