/**
 * One POST to the OAuth token endpoint (`/api/permission/oauth2/token`), shared by the refresh test
 * and the JWT exchange: both refuse bad input before sending, send exactly once (a refresh token and
 * a JWT are single-use, so nothing here retries), and read the same `{access_token, expires_in,
 * refresh_token}` answer. Each probe adds only what is its own.
 */
import { throwIfCancelled } from '~/probes/errors';
import { observe, verdictForProblem, type Observation } from '~/probes/observe';
import { describeRequests, type DescribeInput } from '~/probes/plan';
import type { ProbeOptions, TokenEndpointResult } from '~/probes/results';
import { readTokenResponse, type TokenResponse } from '~/probes/token-response';
import { explainVerdict } from '~/probes/verdict-steps';

export interface TokenEndpointCall {
  readonly result: TokenEndpointResult;
  /** The token endpoint's answer; null unless the verdict is `valid`. */
  readonly token: TokenResponse | null;
  /** Fingerprint of the credential that was sent; null when the input was refused. */
  readonly sentFingerprint: string | null;
  /** Null when the input was refused and nothing was sent. */
  readonly observation: Observation | null;
}

/** Rejects only with `ProbeCancelledError`. */
export async function callTokenEndpoint(
  input: Extract<DescribeInput, { probe: 'refresh' | 'jwt-exchange' }>,
  signal: AbortSignal,
  options: ProbeOptions,
): Promise<TokenEndpointCall> {
  throwIfCancelled(signal);
  const planned = describeRequests(input, options);
  if (!planned.ok) {
    const verdict = verdictForProblem(planned.problem);
    return {
      result: {
        verdict,
        accessToken: null,
        accessTokenFingerprint: null,
        expiresAt: null,
        region: null,
        evidence: [],
        step: explainVerdict(verdict),
        notes: [],
        problem: planned.problem,
        uncertain: false,
      },
      token: null,
      sentFingerprint: null,
      observation: null,
    };
  }
  const request = planned.requests[0];
  if (!request) throw new Error(`${input.probe} plan is empty`); // unreachable: describeRequests always plans one
  const observation = await observe(request, signal, options);
  const token = observation.verdict === 'valid' ? readTokenResponse(observation) : null;
  return {
    result: {
      verdict: observation.verdict,
      accessToken: token?.accessToken ?? null,
      accessTokenFingerprint: token?.accessTokenFingerprint ?? null,
      expiresAt: token?.expiresAt ?? null,
      region: request.region,
      evidence: [observation.evidence],
      step: explainVerdict(observation.verdict),
      notes: [...(observation.classification?.notes ?? [])],
      problem: null,
      uncertain: observation.classification?.uncertain ?? false,
    },
    token,
    sentFingerprint: planned.fingerprint,
    observation,
  };
}
