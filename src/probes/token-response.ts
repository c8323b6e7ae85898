/** Reading `{access_token, expires_in, refresh_token}` from the OAuth token endpoint. */
import type { Observation } from '~/probes/observe';
import { fingerprintOf } from '~/probes/token-shape';

export interface TokenResponse {
  readonly accessToken: string | null;
  readonly accessTokenFingerprint: string | null;
  readonly refreshToken: string | null;
  readonly expiresAt: Date | null;
}

/**
 * `expires_in` is an absolute Unix time in seconds (facts §2), not a duration. A value below 10^9
 * would be a date in 2001, so it can only be a duration after all; it is then counted from `now`.
 */
export function expiresAtFrom(expiresIn: unknown, now: Date = new Date()): Date | null {
  if (typeof expiresIn !== 'number' || !Number.isFinite(expiresIn) || expiresIn <= 0) return null;
  const at = expiresIn < 1e9 ? new Date(now.getTime() + expiresIn * 1000) : new Date(expiresIn * 1000);
  // Beyond what a Date can hold (a pasted 1e300): no expiry to show rather than "Invalid Date".
  return Number.isFinite(at.getTime()) ? at : null;
}

export function readTokenResponse(observation: Observation): TokenResponse {
  const body = observation.classification?.body;
  const json = body?.shape === 'oauth-token' ? body.json : {};
  const text = (value: unknown) => (typeof value === 'string' && value !== '' ? value : null);
  const accessToken = text(json['access_token']);
  return {
    accessToken,
    accessTokenFingerprint: accessToken === null ? null : fingerprintOf(accessToken),
    refreshToken: text(json['refresh_token']),
    expiresAt: expiresAtFrom(json['expires_in']),
  };
}
