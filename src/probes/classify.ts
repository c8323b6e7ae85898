/**
 * THE classifier: one function from an HTTP answer to a verdict. The live probes and the
 * "paste the response back" box both end here, so both paths give the same verdict by construction.
 * Mapping sources: coze-auth-facts.md §4 (codes, statuses, OAuth errors) and §8 (region symptoms).
 */
import { parseBody, type ParsedBody } from '~/probes/response-body';
import type { CheckNote, ResponseFacts, Verdict } from '~/probes/types';

export type { ResponseFacts } from '~/probes/types';

export interface RawResponse {
  /** HTTP status; null when only a body is known (a bare JSON paste). 0 = opaque redirect. */
  readonly status: number | null;
  readonly headers?: Headers | Readonly<Record<string, string>> | null;
  readonly body: string;
}

export interface Classification {
  readonly verdict: Verdict;
  /** Machine-readable why: `success`, `code:4100`, `oauth:invalid_client`, `http:404`, `html-body`… */
  readonly reason: string;
  /** The verdict rests on an unconfirmed mapping (coze-auth-facts.md marks it UNCERTAIN). */
  readonly uncertain: boolean;
  /** The answer is a known symptom of calling the wrong region (cn vs com). */
  readonly regionSuspect: boolean;
  readonly notes: readonly CheckNote[];
  readonly facts: ResponseFacts;
  readonly body: ParsedBody;
}

const REGION_MSG = /token you entered is incorrect/i;
const EXPIRED_MSG = /expired|过期/i;

function headerLogid(headers: RawResponse['headers']): string | null {
  if (!headers) return null;
  if (typeof (headers as Headers).get === 'function') return (headers as Headers).get('x-tt-logid');
  const entry = Object.entries(headers).find(([name]) => name.toLowerCase() === 'x-tt-logid');
  return entry?.[1] ?? null;
}

type Decision = Pick<Classification, 'verdict' | 'reason'> & Partial<Pick<Classification, 'uncertain' | 'regionSuspect' | 'notes'>>;

/** Open API `{code, msg}`: the code decides; the HTTP status only breaks ties for unknown codes. */
function decideOpenApi(code: number, msg: string, status: number | null): Decision {
  const reason = `code:${code}`;
  if (code === 0)
    return status === null || (status >= 200 && status < 300) ? { verdict: 'valid', reason: 'success' } : { verdict: 'unexpected-response', reason };
  if (code === 4100 || code === 700012006) {
    // The API cannot tell an expired token from an unknown one; only its own words can.
    if (EXPIRED_MSG.test(msg)) return { verdict: 'expired', reason };
    const notes: CheckNote[] = /session_key/i.test(msg) ? ['self-hosted-session'] : [];
    return { verdict: 'invalid-token', reason, regionSuspect: true, notes };
  }
  if (code === 4101) {
    // coze-go#56: on the wrong region, 4101 says "The token you entered is incorrect".
    if (REGION_MSG.test(msg)) return { verdict: 'invalid-token', reason, regionSuspect: true };
    return { verdict: 'missing-permission', reason };
  }
  if (code === 4013 || code === 4020) return { verdict: 'rate-limited', reason };
  if (code === 5000) return { verdict: 'server-error', reason };
  return decideStatus(status, reason);
}

/** OAuth endpoint errors (§4 "OAuth endpoint errors"). What a spent refresh token returns is UNCERTAIN. */
function decideOAuth(errorCode: string, message: string, status: number | null): Decision {
  const reason = `oauth:${errorCode}`;
  switch (errorCode) {
    case 'invalid_client':
      // "invalid jwt: kid not been registred" (their spelling): a key from the other region, or a wrong kid.
      if (/kid not been regist/i.test(message)) return { verdict: 'wrong-region', reason, uncertain: true, regionSuspect: true };
      return { verdict: 'invalid-token', reason };
    // The app is deactivated, of the wrong type, or its login session ended: the credential is refused.
    case 'access_deny':
      return { verdict: 'invalid-token', reason };
    // Device flow: the person declined. Nothing is wrong with a token, and none was issued.
    case 'access_denied':
      return { verdict: 'unexpected-response', reason };
    case 'expired_token':
    case 'invalid_grant':
      return { verdict: 'expired', reason, uncertain: true, notes: ['expired-uncertain'] };
    // Documented as "invalid request: {parameter}": that parameter was refused. When it is the
    // refresh token, the token was not accepted (spent, too old, mistyped: the API does not say which),
    // which is not the same as "expired"; any other parameter is a malformed request.
    case 'invalid_request':
      if (/invalid request:\s*refresh_token\b/i.test(message)) return { verdict: 'invalid-token', reason, uncertain: true, notes: ['expired-uncertain'] };
      return { verdict: 'unexpected-response', reason };
    case 'slow_down':
      return { verdict: 'rate-limited', reason };
    case 'internal_error':
      return { verdict: 'server-error', reason };
    default:
      return decideStatus(status, reason);
  }
}

/** Status-only fallback, for codes we do not know and bodies we cannot read. */
function decideStatus(status: number | null, reason: string): Decision {
  if (status === 401) return { verdict: 'invalid-token', reason, regionSuspect: true };
  if (status === 403) return { verdict: 'missing-permission', reason, uncertain: true };
  if (status === 429) return { verdict: 'rate-limited', reason };
  return { verdict: 'unexpected-response', reason };
}

function decide(status: number | null, body: ParsedBody): Decision {
  if (status !== null && status >= 500) return { verdict: 'server-error', reason: `http:${status}` };
  if (status !== null && status < 200) return { verdict: 'unexpected-response', reason: 'redirect', notes: ['redirect-refused'] };
  if (status !== null && status >= 300 && status < 400) return { verdict: 'unexpected-response', reason: 'redirect', notes: ['redirect-refused'] };
  switch (body.shape) {
    case 'open-api':
      return decideOpenApi(body.code, body.msg ?? '', status);
    case 'oauth-error':
      return decideOAuth(body.errorCode, body.errorMessage ?? '', status);
    case 'oauth-token':
      return status === null || status < 300 ? { verdict: 'valid', reason: 'success' } : decideStatus(status, `http:${status}`);
    default:
      // HTML from a proxy, broken JSON, nothing at all: only a 429 still means something on its own.
      if (status === 429) return { verdict: 'rate-limited', reason: 'http:429' };
      return {
        verdict: 'unexpected-response',
        reason: body.shape === 'other-json' ? 'unknown-json' : `${body.shape}-body`,
      };
  }
}

/** Turns an HTTP answer (live or pasted) into a verdict plus the raw facts. Never throws. */
export function classify(response: RawResponse): Classification {
  const body = parseBody(response.body);
  const decision = decide(response.status, body);
  return {
    verdict: decision.verdict,
    reason: decision.reason,
    uncertain: decision.uncertain ?? false,
    regionSuspect: decision.regionSuspect ?? false,
    notes: decision.notes ?? [],
    body,
    facts: {
      httpStatus: response.status,
      code: body.shape === 'open-api' ? body.code : null,
      msg: body.shape === 'open-api' ? body.msg : null,
      logid: headerLogid(response.headers) ?? (body.shape === 'open-api' ? body.logid : null),
      errorCode: body.shape === 'oauth-error' ? body.errorCode : null,
      errorMessage: body.shape === 'oauth-error' ? body.errorMessage : null,
    },
  };
}
