/** Writing answers the way coze-auth-facts.md §4 describes them. */
import { randomBytes } from 'node:crypto';
import type { ServerResponse } from 'node:http';

/** Shaped like the real ones (`2025110522060859DE7DB648C2DCC379B3`): a timestamp and 20 hex digits. */
function newLogid(): string {
  const stamp = new Date().toISOString().replace(/\D/g, '').slice(0, 14);
  return `${stamp}${randomBytes(10).toString('hex').toUpperCase()}`;
}

// The real allow-list is only known to include these (facts §6). Anything else fails preflight in a browser.
const ALLOWED_HEADERS = 'authorization, content-type, x-coze-client-user-agent';

/**
 * CORS headers on every answer. `*` for Allow-Origin is an assumption (facts §6: the real value is
 * UNCERTAIN); it is valid here because the probes send no cookies (`credentials: 'omit'`).
 * `x-tt-logid` is deliberately NOT exposed (unknown for the real API), so browser code must also
 * fall back to `detail.logid` in the body.
 */
export function corsHeaders(allowOrigin: boolean): Record<string, string> {
  if (!allowOrigin) return {};
  return {
    'access-control-allow-origin': '*',
    'access-control-allow-headers': ALLOWED_HEADERS,
    'access-control-allow-methods': 'GET, POST, OPTIONS',
    'access-control-max-age': '0',
  };
}

export interface Reply {
  readonly status: number;
  readonly body: string;
  readonly contentType?: string;
  /** For a 302 (the authorize and consent pages). */
  readonly location?: string;
}

export function json(status: number, value: unknown): Reply {
  return { status, body: JSON.stringify(value), contentType: 'application/json; charset=utf-8' };
}

/** `{code, msg, detail:{logid}}`; the same logid goes into the `x-tt-logid` header by `write`. */
export function openApiError(status: number, code: number, msg: string): Reply {
  return json(status, { code, msg, detail: { logid: '__LOGID__' } });
}

/** The OAuth endpoint's shape as the SDKs parse it: `error_code`, `error_message`, `error`. */
export function oauthError(status: number, error: string, message: string): Reply {
  return json(status, { error_code: error, error_message: message, error });
}

export function write(res: ServerResponse, reply: Reply, allowOrigin: boolean): void {
  const logid = newLogid();
  const body = reply.body.replace('__LOGID__', logid);
  res.writeHead(reply.status, {
    ...corsHeaders(allowOrigin),
    'x-tt-logid': logid,
    ...(reply.contentType ? { 'content-type': reply.contentType } : {}),
    ...(reply.location ? { location: reply.location } : {}),
    'content-length': Buffer.byteLength(body),
  });
  res.end(body);
}
