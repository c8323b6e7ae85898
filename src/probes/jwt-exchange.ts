/** The JWT exchange behind /tools/jwt-inspector/ ("try it"). */
import { throwIfCancelled } from './errors';
import { observe, verdictForProblem } from './observe';
import { describeRequests } from './plan';
import type { JwtExchangeInput, JwtExchangeResult, ProbeOptions } from './results';
import { readTokenResponse } from './token-response';
import { explainVerdict } from './verdict-steps';

/**
 * Exchanges a signed JWT for a `czs_` service token (`POST /api/permission/oauth2/token` with
 * `Authorization: Bearer <JWT>`, body `{grant_type:'urn:ietf:params:oauth:grant-type:jwt-bearer',
 * duration_seconds?, scope?}`; `duration_seconds` is clamped to 1…86 399). A JWT is single-use, so
 * this is never retried; run `inspectJwt` first to catch mistakes without spending it.
 * Rejects only with `ProbeCancelledError`.
 */
export async function exchangeJwt(
  input: JwtExchangeInput,
  signal: AbortSignal,
  options: ProbeOptions = {},
): Promise<JwtExchangeResult> {
  throwIfCancelled(signal);
  const planned = describeRequests({ probe: 'jwt-exchange', ...input }, options);
  const empty = { accessToken: null, accessTokenFingerprint: null, expiresAt: null } as const;
  if (!planned.ok) {
    const verdict = verdictForProblem(planned.problem);
    return {
      verdict,
      ...empty,
      region: null,
      evidence: [],
      step: explainVerdict(verdict),
      notes: [],
      problem: planned.problem,
      uncertain: false,
    };
  }
  const request = planned.requests[0];
  if (!request) throw new Error('JWT plan is empty'); // unreachable: describeRequests always plans one
  const observation = await observe(request, signal, options);
  const token = observation.verdict === 'valid' ? readTokenResponse(observation) : empty;
  const regionSuspect = observation.classification?.regionSuspect ?? false;
  return {
    verdict: observation.verdict,
    accessToken: token.accessToken,
    accessTokenFingerprint: token.accessTokenFingerprint,
    expiresAt: token.expiresAt,
    region: request.region,
    evidence: [observation.evidence],
    step: explainVerdict(observation.verdict),
    notes: [...(observation.classification?.notes ?? []), ...(regionSuspect ? (['region-suspect'] as const) : [])],
    problem: null,
    uncertain: observation.classification?.uncertain ?? false,
  };
}
