/** The refresh test behind /tools/refresh-test/. */
import { throwIfCancelled } from './errors';
import { observe, verdictForProblem } from './observe';
import { describeRequests } from './plan';
import type { ProbeOptions, RefreshInput, RefreshResult } from './results';
import { readTokenResponse } from './token-response';
import type { CheckNote } from './types';
import { explainVerdict } from './verdict-steps';

/**
 * Runs the OAuth refresh grant (`POST /api/permission/oauth2/token`, JSON
 * `{grant_type:'refresh_token', client_id, refresh_token}`; `Authorization: Bearer <client_secret>`
 * only when a secret is given). A success rotates the refresh token: the old one stops working, so
 * the UI must show `newRefreshToken` first. Refused before sending: a client id that is not
 * `<digits>.app.coze`, and an access token (or JWT, client id, code) pasted as the refresh token.
 * Never retried. Rejects only with `ProbeCancelledError`.
 */
export async function refreshToken(
  input: RefreshInput,
  signal: AbortSignal,
  options: ProbeOptions = {},
): Promise<RefreshResult> {
  throwIfCancelled(signal);
  const planned = describeRequests({ probe: 'refresh', ...input }, options);
  if (!planned.ok) {
    const verdict = verdictForProblem(planned.problem);
    return {
      verdict,
      newRefreshToken: null,
      accessToken: null,
      accessTokenFingerprint: null,
      expiresAt: null,
      refreshTokenFingerprint: null,
      region: null,
      evidence: [],
      step: explainVerdict(verdict),
      notes: [],
      problem: planned.problem,
      uncertain: false,
    };
  }
  const request = planned.requests[0];
  if (!request) throw new Error('refresh plan is empty'); // unreachable: describeRequests always plans one
  const observation = await observe(request, signal, options);
  const token = observation.verdict === 'valid' ? readTokenResponse(observation) : null;
  const notes: CheckNote[] = [...(observation.classification?.notes ?? [])];
  if (token?.refreshToken) notes.push('refresh-token-rotated');
  return {
    verdict: observation.verdict,
    newRefreshToken: token?.refreshToken ?? null,
    accessToken: token?.accessToken ?? null,
    accessTokenFingerprint: token?.accessTokenFingerprint ?? null,
    expiresAt: token?.expiresAt ?? null,
    refreshTokenFingerprint: planned.fingerprint,
    region: request.region,
    evidence: [observation.evidence],
    step: explainVerdict(observation.verdict),
    notes,
    problem: null,
    uncertain: observation.classification?.uncertain ?? false,
  };
}
