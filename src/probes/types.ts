/**
 * Shared vocabulary of the live checks. Everything here is plain data: no token ever sits in a value
 * of these types except the fields documented as "the new token" in a refresh or JWT exchange result.
 */
import type { Verdict } from '~/site/verdicts';

// The contract's verdict vocabulary lives with the rest of the site's words (src/site/verdicts.ts).
export { VERDICTS, type Verdict } from '~/site/verdicts';
// Where the site explains a verdict: a wizard step or a guide page (src/site/routes.ts).
export type { ExplainRef } from '~/site/routes';

/** What the visitor picked in the host field (`name="host"`). */
export type HostChoice = 'cn' | 'com' | 'auto' | 'custom';
/** Where a request actually went. `custom` = a self-hosted or test base URL typed by the visitor. */
export type Region = 'cn' | 'com' | 'custom';

/**
 * What a pasted string looks like. Only the shape is known; the API decides whether it works.
 * - access tokens: `pat`, `sat`, `oauth-user` (`czu_`), `oauth-service` (`czs_`), `cztei` (uncertain issuer)
 * - not access tokens: `jwt` (a signed JWT assertion), `client-id` (`<digits>.app.coze`),
 *   `app-id` (numeric JWT app id), `auth-code` (`code_…`)
 * - `maybe-refresh-token`: 60–80 letters and digits with no prefix, the shape of an OAuth refresh token
 * - `unknown`: anything else that is still printable ASCII
 */
export type TokenKind =
  | 'pat'
  | 'sat'
  | 'oauth-user'
  | 'oauth-service'
  | 'cztei'
  | 'jwt'
  | 'client-id'
  | 'app-id'
  | 'auth-code'
  | 'maybe-refresh-token'
  | 'unknown';

/** Which input box a string was pasted into; decides which kinds are refused. */
export type TokenSlot = 'access-token' | 'refresh-token' | 'secret';

/** Why an input was refused before anything was sent. The UI translates codes (verdict-copy.ts). */
export type ProblemCode =
  | 'empty'
  | 'too-long'
  | 'inner-whitespace'
  | 'line-break'
  | 'full-width'
  | 'non-ascii'
  | 'invisible-character'
  | 'control-character'
  | 'jwt-assertion'
  | 'client-id'
  | 'app-id'
  | 'auth-code'
  | 'access-token-in-refresh-box'
  | 'client-id-shape'
  | 'not-a-jwt'
  | 'base-url-invalid'
  | 'base-url-insecure'
  | 'base-url-credentials'
  | 'base-url-query';

export interface InputProblem {
  readonly code: ProblemCode;
  /** Which field the problem is in, so the UI can put the message next to it. */
  readonly field: 'token' | 'refresh-token' | 'client-id' | 'client-secret' | 'jwt' | 'base-url';
  /** 0-based index into the raw input as pasted (before trimming), when the problem has a position. */
  readonly index?: number;
  /** 1-based column, the same position as `index` for people. */
  readonly column?: number;
  /** The offending character as `U+3000`; never the character itself, never part of the token. */
  readonly codePoint?: string;
}

/** Things worth telling the visitor that do not change the verdict on their own. */
export type CheckNote =
  | 'trimmed'
  | 'stripped-bearer'
  | 'stripped-quotes'
  | 'stripped-authorization-label'
  | 'unusual-length'
  | 'maybe-refresh-token'
  | 'cztei-uncertain'
  | 'region-suspect'
  | 'expired-uncertain'
  | 'workspaces-missing-permission'
  | 'workspaces-unavailable'
  | 'other-host-unreachable'
  | 'refresh-token-rotated'
  | 'redirect-refused'
  | 'self-hosted-session';

/** The raw, token-free facts of an answer. */
export interface ResponseFacts {
  readonly httpStatus: number | null;
  /** Open API `code` (0 = success). */
  readonly code: number | null;
  readonly msg: string | null;
  /** From the `x-tt-logid` header, else `detail.logid` in the body. */
  readonly logid: string | null;
  /** OAuth endpoint `error_code` (or `error` when only that is present). */
  readonly errorCode: string | null;
  /** OAuth endpoint `error_message` (or `error_description`). */
  readonly errorMessage: string | null;
}

/** Raw facts of one answer, token-free; what the evidence panel shows. */
export interface Evidence extends ResponseFacts {
  /** Which probe request this is, e.g. `identity`, `workspaces`, `refresh`, `jwt-exchange`. */
  readonly request: RequestPurpose;
  readonly region: Region;
  /** Origin the request went to, e.g. `https://api.coze.cn`. */
  readonly origin: string;
  readonly verdict: Verdict;
  /** How many times the request was sent (1, or 2 after the single retry); 0 if it never left. */
  readonly attempts: number;
}

export type RequestPurpose =
  | 'identity'
  | 'workspaces'
  | 'refresh'
  | 'jwt-exchange'
  // The OAuth playground's requests (pkce.ts, oauth-exchange.ts, device-flow.ts).
  | 'code-exchange'
  | 'device-code'
  | 'device-token';

export interface CozeUser {
  readonly user_id: string;
  readonly user_name: string;
  readonly nick_name: string;
}

export interface CozeWorkspace {
  readonly id: string;
  readonly name: string;
  /** `owner`, `admin` or `member` per the docs; kept as a string so a new role does not break parsing. */
  readonly role_type: string;
  /** `personal` or `team` per the docs. */
  readonly workspace_type: string;
  readonly enterprise_id: string | null;
}
