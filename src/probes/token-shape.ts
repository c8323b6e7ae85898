/**
 * Recognising a credential by its shape alone (coze-auth-facts.md §2). Shape is a hint, not proof:
 * only the API can say whether a string works, so unknown shapes are still allowed to be checked.
 */
import type { TokenKind } from '~/probes/types';

const PREFIXED: ReadonlyArray<readonly [string, TokenKind]> = [
  // `cztei_` before anything shorter that could share a prefix in future.
  ['cztei_', 'cztei'],
  ['pat_', 'pat'],
  ['sat_', 'sat'],
  ['czu_', 'oauth-user'],
  ['czs_', 'oauth-service'],
];

/** Display prefix per kind for fingerprints; kinds without a textual prefix get a label instead. */
const FINGERPRINT_PREFIX: Readonly<Record<TokenKind, string>> = {
  pat: 'pat_',
  sat: 'sat_',
  'oauth-user': 'czu_',
  'oauth-service': 'czs_',
  cztei: 'cztei_',
  jwt: 'JWT ',
  'client-id': '',
  'app-id': '',
  'auth-code': 'code_',
  'maybe-refresh-token': '',
  unknown: '',
};

const JWT_SHAPE = /^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*$/;

/** What kind of credential `token` (already normalised) looks like. Never throws. */
export function detectKind(token: string): TokenKind {
  for (const [prefix, kind] of PREFIXED) if (token.startsWith(prefix)) return kind;
  if (/^\d+\.app\.coze$/.test(token)) return 'client-id';
  // JWT app ids are long numbers (13 digits in the docs); short numbers are just unknown.
  if (/^\d{6,24}$/.test(token)) return 'app-id';
  if (token.startsWith('code_')) return 'auth-code';
  if (JWT_SHAPE.test(token) && hasJwtHeader(token)) return 'jwt';
  if (/^[A-Za-z0-9]{60,80}$/.test(token)) return 'maybe-refresh-token';
  return 'unknown';
}

/**
 * A JWT's header is base64url JSON, so it starts with `eyJ` (`{"`). That is enough for a shape hint
 * and keeps jose (the real decoder, used by the JWT inspector) off every page that only needs a kind.
 */
function hasJwtHeader(token: string): boolean {
  return token.startsWith('eyJ');
}

/** Kinds the Open API accepts as `Authorization: Bearer …` (or might: `cztei`, unknown shapes). */
export function isAccessTokenKind(kind: TokenKind): boolean {
  return !['jwt', 'client-id', 'app-id', 'auth-code'].includes(kind);
}

/** True when the body after the prefix has the documented length (64 for PAT and SAT). */
export function hasUsualLength(token: string, kind: TokenKind): boolean {
  if (kind === 'pat' || kind === 'sat') return /^[a-z]{3}_[A-Za-z0-9]{64}$/.test(token);
  return true;
}

/**
 * `pat_…a1B2`: kind prefix + last 4 characters. Short strings show no tail at all, because 4
 * characters of a 10-character secret give too much of it away.
 */
export function fingerprintOf(token: string, kind: TokenKind = detectKind(token)): string {
  const tail = token.length >= 16 ? token.slice(-4) : '';
  return `${FINGERPRINT_PREFIX[kind]}…${tail}`;
}
