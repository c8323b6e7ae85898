import { describe, expect, test } from 'vitest';
import { classify } from '~/probes/index.ts';

const body = (value: unknown) => JSON.stringify(value);
const openApi = (code: number, msg: string) => body({ code, msg, detail: { logid: 'LOGIDBODY01' } });
const oauth = (error: string, message: string) => body({ error_code: error, error_message: message, error });

describe('classify', () => {
  test.each([
    ['a success', 200, openApi(0, ''), 'valid'],
    ['4100 authentication is invalid', 401, openApi(4100, 'authentication is invalid'), 'invalid-token'],
    ['700012006 access token invalid', 401, openApi(700012006, 'access token invalid'), 'invalid-token'],
    ['4101 without permission', 403, openApi(4101, 'Your token does not have permission to access resource.'), 'missing-permission'],
    ['4101 "token you entered is incorrect"', 403, openApi(4101, 'The token you entered is incorrect. Please double-check and try again.'), 'invalid-token'],
    ['4100 saying the token expired', 401, openApi(4100, 'token expired'), 'expired'],
    ['4013', 429, openApi(4013, 'rate limit'), 'rate-limited'],
    ['4020', 200, openApi(4020, 'rpm limit'), 'rate-limited'],
    ['5000', 200, openApi(5000, 'internal error'), 'server-error'],
    ['an unknown code with 401', 401, openApi(4999, 'x'), 'invalid-token'],
    ['an unknown code with 404', 404, openApi(4200, 'resource not found'), 'unexpected-response'],
    ['a 503 with a JSON body', 503, openApi(5000, 'internal error'), 'server-error'],
    ['a 502 HTML page', 502, '<html><body>Bad Gateway</body></html>', 'server-error'],
    ['a 200 HTML page', 200, '<!doctype html><html></html>', 'unexpected-response'],
    ['a 403 HTML page from a proxy', 403, '<html>blocked</html>', 'unexpected-response'],
    ['malformed JSON', 200, '{"code":0,"msg":', 'unexpected-response'],
    ['an empty body', 200, '', 'unexpected-response'],
    ['an empty 429', 429, '', 'rate-limited'],
    ['a JSON array', 200, '[]', 'unexpected-response'],
    ['a redirect', 302, '', 'unexpected-response'],
    ['an opaque redirect', 0, '', 'unexpected-response'],
    ['an OAuth token answer', 200, body({ access_token: 'czu_x', expires_in: 1_900_000_000, refresh_token: 'r' }), 'valid'],
    ['invalid_client with an unregistered kid', 401, oauth('invalid_client', 'invalid jwt: kid not been registred'), 'wrong-region'],
    ['invalid_client otherwise', 401, oauth('invalid_client', 'invalid client secret'), 'invalid-token'],
    ['access_deny for a deactivated app', 403, oauth('access_deny', 'app: X is currently deactivated by the owner'), 'invalid-token'],
    ['invalid_request about the refresh token', 400, oauth('invalid_request', 'invalid request: refresh_token'), 'invalid-token'],
    ['invalid_request about something else', 400, oauth('invalid_request', 'invalid request: client_id'), 'unexpected-response'],
    ['invalid_grant', 400, body({ error: 'invalid_grant', error_description: 'refresh token reused' }), 'expired'],
    ['expired_token', 400, oauth('expired_token', 'expired'), 'expired'],
    ['unsupported_grant_type', 400, oauth('unsupported_grant_type', 'x'), 'unexpected-response'],
    ['slow_down', 400, oauth('slow_down', 'x'), 'rate-limited'],
    ['internal_error', 500, oauth('internal_error', 'x'), 'server-error'],
    ['a workflow stream error with a numeric error_code', 200, body({ error_code: 4000, error_message: 'Request parameter error' }), 'unexpected-response'],
  ])('reads %s', (_name, status, text, verdict) => {
    expect(classify({ status, body: text }).verdict).toBe(verdict);
  });

  test('flags 4101 "token you entered is incorrect" as a region suspect', () => {
    const result = classify({ status: 403, body: openApi(4101, 'The token you entered is incorrect.') });
    expect(result).toMatchObject({ regionSuspect: true, reason: 'code:4101' });
  });

  // It used to say 'expired'; the documented message only says the refresh_token parameter was refused.
  test('reads a refused refresh token as not accepted, not as expired, and flags it uncertain', () => {
    const result = classify({ status: 400, body: oauth('invalid_request', 'invalid request: refresh_token') });
    expect(result).toMatchObject({ verdict: 'invalid-token', uncertain: true });
    expect(result.notes).toContain('expired-uncertain');
  });

  test('takes the logid from the x-tt-logid header first, then from the body', () => {
    expect(classify({ status: 401, headers: { 'X-Tt-Logid': 'LOGIDHEADER1' }, body: openApi(4100, 'x') }).facts.logid).toBe('LOGIDHEADER1');
    expect(classify({ status: 401, headers: new Headers(), body: openApi(4100, 'x') }).facts.logid).toBe('LOGIDBODY01');
  });

  test('collects the raw facts of both body shapes', () => {
    expect(classify({ status: 403, body: openApi(4101, 'no') }).facts).toEqual({
      httpStatus: 403,
      code: 4101,
      msg: 'no',
      logid: 'LOGIDBODY01',
      errorCode: null,
      errorMessage: null,
    });
    expect(classify({ status: 401, body: body({ error: 'invalid_client', error_description: 'bad' }) }).facts).toMatchObject({
      errorCode: 'invalid_client',
      errorMessage: 'bad',
      code: null,
    });
  });

  test('reads a bare body without a status by its code alone', () => {
    expect(classify({ status: null, body: openApi(4100, 'authentication is invalid') }).verdict).toBe('invalid-token');
    expect(classify({ status: null, body: openApi(0, '') }).verdict).toBe('valid');
  });

  test('notes the Coze Studio session message', () => {
    expect(classify({ status: 401, body: openApi(700012006, 'authentication failed: missing session_key in cookie') }).notes).toContain('self-hosted-session');
  });
});
