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

/** Decodes (does not verify) a JWT assertion and checks it against the Coze JWT rules. */
export function inspectJwt(_jwt: string, _options: InspectOptions): JwtInspection {
  throw new Error('not implemented');
}
