/** The JWT exchange behind /tools/jwt-inspector/ ("try it"). */
import type { JwtExchangeInput, JwtExchangeResult, ProbeOptions } from '~/probes/results';
import { callTokenEndpoint } from '~/probes/token-endpoint';

/**
 * Exchanges a signed JWT for a `czs_` service token (`POST /api/permission/oauth2/token` with
 * `Authorization: Bearer <JWT>`, body `{grant_type:'urn:ietf:params:oauth:grant-type:jwt-bearer',
 * duration_seconds?, scope?}`; `duration_seconds` is clamped to 1…86 399). A JWT is single-use, so
 * this is never retried; run `inspectJwt` first to catch mistakes without spending it.
 * Rejects only with `ProbeCancelledError`.
 */
export async function exchangeJwt(input: JwtExchangeInput, signal: AbortSignal, options: ProbeOptions = {}): Promise<JwtExchangeResult> {
  const { result, observation } = await callTokenEndpoint({ probe: 'jwt-exchange', ...input }, signal, options);
  if (!observation?.classification?.regionSuspect) return result;
  return { ...result, notes: [...result.notes, 'region-suspect'] };
}
