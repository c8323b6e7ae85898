import type { JwtExchangeInput, JwtExchangeResult, ProbeOptions } from './results';

/**
 * Exchanges a signed JWT for a `czs_` service token (`POST /api/permission/oauth2/token` with
 * `Authorization: Bearer <JWT>`, body `{grant_type:'urn:ietf:params:oauth:grant-type:jwt-bearer',
 * duration_seconds, scope?}`). A JWT is single-use, so this is never retried.
 */
export async function exchangeJwt(
  _input: JwtExchangeInput,
  _signal: AbortSignal,
  _options: ProbeOptions = {},
): Promise<JwtExchangeResult> {
  throw new Error('not implemented');
}
