/** Pure context helpers for the machine: the first context, token sets from answers, rotation. */
import { fingerprintOf, REFRESH_TOKEN_DAYS, type OAuthTokensResult, type RefreshResult } from '~/probes';
import type { PlaygroundContext, PlaygroundInput, TokenSet } from '~/playground/types';

export function initialContext(input: PlaygroundInput): PlaygroundContext {
  const shared = input.shared && input.shared !== 'invalid' ? input.shared : null;
  // Back from the authorize page: the form is whatever this tab stored before it left.
  const stored = input.callback ? input.store.load() : null;
  return {
    flow: stored ? 'pkce' : (shared?.flow ?? 'pkce'),
    host: stored?.host ?? shared?.host ?? 'cn',
    baseUrl: stored?.baseUrl ?? '',
    clientId: stored?.clientId ?? shared?.clientId ?? '',
    redirectUri: input.redirectUri,
    attempted: false,
    handedOff: false,
    pkce: stored ? { verifier: stored.verifier, state: stored.state, authorizeUrl: '' } : null,
    callback: input.callback ?? null,
    exchange: null,
    tokens: null,
    check: null,
    refresh: null,
    device: null,
    failure: null,
    notice: input.shared === 'invalid' ? 'link-invalid' : shared ? 'link-restored' : null,
    store: input.store,
  };
}

/** The token set of a successful grant (exchange or device poll); null when it carried no access token. */
export function tokenSetFrom(result: OAuthTokensResult): TokenSet | null {
  if (result.verdict !== 'valid' || !result.accessToken) return null;
  return {
    accessToken: result.accessToken,
    accessTokenFingerprint: result.accessTokenFingerprint,
    expiresAt: result.expiresAt,
    refreshToken: result.refreshToken,
    refreshTokenFingerprint: result.refreshTokenFingerprint,
    refreshExpiresAt: result.refreshExpiresAt,
    spent: [],
  };
}

/**
 * After a refresh: a success replaces both tokens and marks the old refresh token spent (rotation);
 * a refusal marks it spent too, since the API will not take it again; a transport failure leaves
 * everything as it was (the request may never have arrived).
 */
export function afterRefresh(tokens: TokenSet, result: RefreshResult, transportFailure: boolean, now = Date.now()): TokenSet {
  const spent = tokens.refreshTokenFingerprint ? [...tokens.spent, tokens.refreshTokenFingerprint] : tokens.spent;
  if (result.verdict === 'valid' && result.accessToken) {
    return {
      accessToken: result.accessToken,
      accessTokenFingerprint: result.accessTokenFingerprint,
      expiresAt: result.expiresAt,
      refreshToken: result.newRefreshToken,
      refreshTokenFingerprint: result.newRefreshToken ? fingerprintOf(result.newRefreshToken) : null,
      refreshExpiresAt: result.newRefreshToken ? new Date(now + REFRESH_TOKEN_DAYS * 86_400_000) : null,
      spent,
    };
  }
  if (transportFailure) return tokens;
  return { ...tokens, refreshToken: null, refreshTokenFingerprint: null, refreshExpiresAt: null, spent };
}
