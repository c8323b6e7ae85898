import { describe, expect, test } from 'vitest';
import { lookupError } from '~/probes/index.ts';

// Steps changed in issue 8: these entries used to send kid, session_key, 700012006, access_deny to
// generic steps ("Coze does not know this token", the region step) and connector/CORS to no step at all.
describe('lookupError', () => {
  test.each([
    ['authentication is invalid', 'guides/error-codes#4100', { wizard: 'token-invalid', step: 'code-4100' }],
    ['The token you entered is incorrect. Please double-check and try again.', 'guides/error-codes#4101', { wizard: 'token-invalid', step: 'wrong-region' }],
    [
      '此应用所声明的权限点包含 "企业" 层级，仅企业内的超级管理员或管理员可以授权应用',
      'guides/enterprise-permissions',
      { wizard: 'team-scope-rejected', step: 'credential-type' },
    ],
    ['Token expired and refresh failed', 'guides/oauth', { wizard: 'expired-refresh', step: 'auth-method' }],
    ['invalid jwt: kid not been registred', 'guides/error-codes#invalid-jwt-kid', { wizard: 'token-invalid', step: 'jwt-kid-not-registered' }],
    ['access token invalid', 'guides/error-codes#700012006', { wizard: 'token-invalid', step: 'code-700012006' }],
    ['authentication failed: missing session_key in cookie', 'guides/error-codes#700012006', { wizard: 'token-invalid', step: 'self-hosted-session' }],
    ['connector app should bind connector id', 'guides/oauth-jwt', { wizard: 'token-invalid', step: 'connector-not-bound' }],
    [
      'Request header field cache-control is not allowed by Access-Control-Allow-Headers in preflight response.',
      'guides/browser-calls',
      { wizard: 'token-invalid', step: 'browser-blocked' },
    ],
    ['工作空间迁移到企业后调用失败', 'guides/workspace-migration', { wizard: 'migrated-workspace', step: 'auth-type' }],
    ['Your token does not have permission to access resource.', 'guides/error-codes#4101', { wizard: 'token-invalid', step: 'missing-permission' }],
    ['令牌已过期', 'guides/personal-access-tokens', { wizard: 'token-invalid', step: 'token-expired' }],
    ['app: demo is currently deactivated by the owner', 'guides/error-codes#access_deny', { wizard: 'token-invalid', step: 'app-access-deny' }],
    ['java.net.UnknownHostException: api.coze.cn', 'guides/regions', { wizard: 'token-invalid', step: 'network-unreachable' }],
  ])('finds "%s"', (text, guide, step) => {
    expect(lookupError(text)).toMatchObject({ matched: true, best: { guide, step, reason: 'message' } });
  });

  test.each([
    ['4100', 'guides/error-codes#4100'],
    ['4101', 'guides/error-codes#4101'],
    ['700012006', 'guides/error-codes#700012006'],
    ['4013', 'guides/error-codes#4013'],
    ['4020', 'guides/error-codes#4013'],
    ['4015', 'guides/error-codes#4015'],
    ['4000', 'guides/error-codes#4000'],
    ['4200', 'guides/error-codes#4200'],
  ])('finds the bare code %s', (text, guide) => {
    expect(lookupError(text)).toMatchObject({ matched: true, best: { guide, reason: 'code' } });
  });

  test.each([
    ['invalid_client', 'guides/error-codes#invalid_client'],
    ['invalid_request', 'guides/error-codes#invalid_request'],
    ['access_deny', 'guides/error-codes#access_deny'],
    ['unsupported_grant_type', 'guides/error-codes#unsupported_grant_type'],
    ['authorization_pending', 'guides/error-codes#authorization_pending'],
    ['slow_down', 'guides/error-codes#slow_down'],
    ['expired_token', 'guides/error-codes#expired_token'],
  ])('finds the OAuth error %s', (text, guide) => {
    expect(lookupError(text)).toMatchObject({ matched: true, best: { guide, reason: 'oauth-error' } });
  });

  test.each([
    ['401', 'guides/error-codes#401'],
    ['403', 'guides/error-codes#403'],
    ['429', 'guides/error-codes#429'],
  ])('finds the HTTP status %s', (text, guide) => {
    expect(lookupError(text)).toMatchObject({ matched: true, best: { guide, reason: 'http-status' } });
  });

  test('reads a pasted Open API body by its code', () => {
    const result = lookupError('{"code":4101,"msg":"","detail":{"logid":"2025110522060859DE7DB648C2DCC379B3"}}');
    expect(result).toMatchObject({ matched: true, best: { id: '4101', reason: 'code' } });
  });

  test('reads a pasted OAuth body, preferring its message over its error name', () => {
    const result = lookupError('{"error_code":"invalid_client","error_message":"invalid jwt: kid not been registred","error":"invalid_client"}');
    expect(result).toMatchObject({ matched: true, best: { id: 'kid-not-registered' } });
    expect(result.matched && result.others.map((m) => m.id)).toContain('invalid_client');
  });

  test('reads curl output with a status line', () => {
    const result = lookupError('HTTP/2 401\r\nx-tt-logid: ABC\r\n\r\n{"code":4100,"msg":"authentication is invalid"}');
    expect(result).toMatchObject({ matched: true, best: { id: '4100' } });
    expect(result.matched && result.others.map((m) => m.id)).toContain('401');
  });

  test.each([[''], ['   '], ['hello world'], ['12'], ['{"ok":true}']])('says clearly that %j matches nothing', (text) => {
    expect(lookupError(text)).toEqual({ matched: false });
  });

  test('never throws on a huge paste', () => {
    expect(lookupError('x'.repeat(2_000_000) + ' 4100')).toEqual({ matched: false });
  });
});
