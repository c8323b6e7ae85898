/** Offline checks of a Coze JWT assertion (the JWT inspector). */
import { decodeJwt, decodeProtectedHeader } from 'jose';
import { audienceFor, resolveBaseUrl } from '~/probes/base-url';
import { COZE_API_HOSTS } from '~/site/origins.mjs';

export type JwtFindingCode =
  | 'not-a-jwt'
  | 'alg-not-rs256'
  | 'typ-not-jwt'
  | 'kid-missing'
  | 'iss-missing'
  | 'iss-not-app-id'
  | 'aud-missing'
  | 'aud-has-scheme'
  | 'aud-wrong-region'
  | 'aud-mismatch'
  | 'iat-missing'
  | 'iat-in-future'
  | 'exp-missing'
  | 'expired'
  | 'exp-before-iat'
  | 'window-too-long'
  | 'jti-missing'
  | 'jti-short'
  | 'session-name-present';

export interface JwtFinding {
  readonly code: JwtFindingCode;
  /** `error`: the API will refuse it; `warning`: likely trouble; `info`: worth knowing. */
  readonly severity: 'error' | 'warning' | 'info';
  /** The claim or header field concerned, e.g. `aud`. */
  readonly field: string;
}

export interface InspectOptions {
  readonly host: 'cn' | 'com' | 'custom';
  /** Needed for `custom`: the `aud` is then the base URL's host. */
  readonly baseUrl?: string;
  /** Defaults to the current time. */
  readonly now?: Date;
}

export interface JwtInspection {
  /** True when no finding has severity `error`. */
  readonly ok: boolean;
  readonly findings: readonly JwtFinding[];
  /** Decoded header and claims minus nothing secret (a JWT's payload is not encrypted anyway). */
  readonly header: Readonly<Record<string, unknown>> | null;
  readonly claims: Readonly<Record<string, unknown>> | null;
}

const FIELD: Readonly<Record<JwtFindingCode, string>> = {
  'not-a-jwt': 'jwt',
  'alg-not-rs256': 'alg',
  'typ-not-jwt': 'typ',
  'kid-missing': 'kid',
  'iss-missing': 'iss',
  'iss-not-app-id': 'iss',
  'aud-missing': 'aud',
  'aud-has-scheme': 'aud',
  'aud-wrong-region': 'aud',
  'aud-mismatch': 'aud',
  'iat-missing': 'iat',
  'iat-in-future': 'iat',
  'exp-missing': 'exp',
  expired: 'exp',
  'exp-before-iat': 'exp',
  'window-too-long': 'exp',
  'jti-missing': 'jti',
  'jti-short': 'jti',
  'session-name-present': 'session_name',
};

/** Clock difference tolerated for `iat`, as servers usually allow. */
const SKEW_SECONDS = 60;
const COZE_AUDIENCES = new Set(Object.values(COZE_API_HOSTS));

function decode(jwt: string): { header: Record<string, unknown>; claims: Record<string, unknown> } | null {
  try {
    return { header: { ...decodeProtectedHeader(jwt) }, claims: { ...decodeJwt(jwt) } };
  } catch {
    return null;
  }
}

function audienceFindings(aud: unknown, expected: string | null, add: (code: JwtFindingCode, severity?: JwtFinding['severity']) => void): void {
  const list = typeof aud === 'string' ? [aud] : Array.isArray(aud) ? aud.filter((a): a is string => typeof a === 'string') : [];
  if (list.length === 0) return add('aud-missing');
  if (list.some((a) => a.includes('://'))) return add('aud-has-scheme');
  if (expected === null || list.includes(expected)) return;
  // The other Coze host: the classic cn/com mix-up (facts §8), worth its own message.
  add(list.some((a) => COZE_AUDIENCES.has(a)) && COZE_AUDIENCES.has(expected) ? 'aud-wrong-region' : 'aud-mismatch');
}

/**
 * Decodes (does not verify) a JWT assertion and checks it against the Coze JWT rules (facts §3,
 * "JWT"): RS256, typ JWT, a kid, a numeric app id as iss, the API host (no scheme) as aud, a
 * current iat/exp window, a long random jti. Never throws; never sends anything.
 */
export function inspectJwt(jwt: string, options: InspectOptions): JwtInspection {
  const findings: JwtFinding[] = [];
  const add = (code: JwtFindingCode, severity: JwtFinding['severity'] = 'error', field = FIELD[code]) => void findings.push({ code, severity, field });
  const decoded = typeof jwt === 'string' ? decode(jwt.trim().replace(/^bearer\s+/i, '')) : null;
  if (!decoded) {
    add('not-a-jwt');
    return { ok: false, findings, header: null, claims: null };
  }
  const { header, claims } = decoded;
  const now = Math.floor((options.now ?? new Date()).getTime() / 1000);
  if (header['alg'] !== 'RS256') add('alg-not-rs256');
  if (header['typ'] !== 'JWT') add('typ-not-jwt', 'warning');
  if (typeof header['kid'] !== 'string' || header['kid'] === '') add('kid-missing');
  const iss = claims['iss'];
  if (iss === undefined) add('iss-missing');
  // A number or a string of digits; anything else (an object, even one with its own toString) is not an app id.
  else if (!((typeof iss === 'string' || typeof iss === 'number') && /^\d+$/.test(String(iss)))) add('iss-not-app-id');
  const resolved = resolveBaseUrl(options.host, options.baseUrl);
  audienceFindings(claims['aud'], resolved.ok ? audienceFor(resolved) : null, add);
  const iat = typeof claims['iat'] === 'number' ? claims['iat'] : null;
  const exp = typeof claims['exp'] === 'number' ? claims['exp'] : null;
  if (iat === null) add('iat-missing');
  else if (iat > now + SKEW_SECONDS) add('iat-in-future');
  if (exp === null) add('exp-missing');
  else if (exp <= now) add('expired');
  if (iat !== null && exp !== null && exp <= iat) add('exp-before-iat');
  else if (iat !== null && exp !== null && exp - iat > 86_400) add('window-too-long', 'warning');
  const jti = claims['jti'];
  if (typeof jti !== 'string' || jti === '') add('jti-missing');
  else if (jti.length < 32) add('jti-short', 'warning');
  if (claims['session_name'] !== undefined) add('session-name-present', 'info');
  return { ok: !findings.some((f) => f.severity === 'error'), findings, header, claims };
}
