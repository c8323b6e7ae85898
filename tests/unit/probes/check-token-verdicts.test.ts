import { describe, expect, test } from 'vitest';
import { checkToken, type TokenCheckInput } from '~/probes/index.ts';
import { TOKENS } from '../../fake-coze/tokens.ts';
import { closedPortUrl, FAST, fake, sent, signal } from './helpers.ts';

async function check(token: string, region: 'cn' | 'com' = 'cn') {
  const server = await fake(region);
  const result = await checkToken({ token, host: 'custom', baseUrl: server.baseUrl }, signal(), FAST);
  return { server, result };
}

describe('checkToken verdicts against the fake Coze API', () => {
  test.each([
    ['a SAT', TOKENS.satValidCn, 'sat'],
    ['an OAuth user access token', TOKENS.oauthUserCn, 'oauth-user'],
    ['an OAuth service token', TOKENS.oauthServiceCn, 'oauth-service'],
    ['a cztei_ token', TOKENS.czteiCn, 'cztei'],
  ])('accepts %s', async (_name, token, kind) => {
    const { result } = await check(token);
    expect(result).toMatchObject({ verdict: 'valid', kind });
  });

  test('reads an expired PAT as invalid-token, because the API answers it like any unknown token', async () => {
    const { result } = await check(TOKENS.patExpiredCn);
    expect(result).toMatchObject({
      verdict: 'invalid-token',
      step: { wizard: 'token-invalid', step: 'token-unknown' },
    });
    expect(result.evidence[0]).toMatchObject({ httpStatus: 401, code: 4100, msg: 'authentication is invalid' });
    expect(result.evidence[0]?.logid).toMatch(/^\d{14}[0-9A-F]{20}$/);
  });

  test('reads a revoked PAT as invalid-token', async () => {
    expect((await check(TOKENS.patRevokedCn)).result.verdict).toBe('invalid-token');
  });

  test('reads 700012006 as invalid-token', async () => {
    const { result } = await check(TOKENS.patStaleCn);
    expect(result).toMatchObject({ verdict: 'invalid-token' });
    expect(result.evidence[0]).toMatchObject({ code: 700012006, httpStatus: 401 });
  });

  test('reads 4101 on the identity call as missing-permission', async () => {
    const { result, server } = await check(TOKENS.patNoPermissionCn);
    expect(result).toMatchObject({
      verdict: 'missing-permission',
      step: { wizard: 'token-invalid', step: 'missing-permission' },
    });
    expect(sent(server)).toHaveLength(1);
  });

  test('stays valid when only the workspace list is refused, and says so', async () => {
    const { result } = await check(TOKENS.patNoWorkspacePermCn);
    expect(result).toMatchObject({ verdict: 'valid', workspaces: null });
    expect(result.notes).toContain('workspaces-missing-permission');
    expect(result.evidence.map((e) => e.code)).toEqual([0, 4101]);
  });

  test('reads 4013 as rate-limited', async () => {
    expect((await check(TOKENS.patRateLimitedCn)).result).toMatchObject({
      verdict: 'rate-limited',
      step: { step: 'rate-limited' },
    });
  });

  test('reads a cn token on the com host as invalid-token with a region hint', async () => {
    const { result } = await check(TOKENS.patValidCn, 'com');
    expect(result).toMatchObject({ verdict: 'invalid-token', suggestOtherRegion: false });
    expect(result.notes).toContain('region-suspect');
    expect(result.evidence[0]).toMatchObject({ code: 4101, httpStatus: 403 });
  });

  test('reads a refresh token pasted as an access token as not-a-token once the API refuses it', async () => {
    const { result } = await check('fakeRefreshLooking'.padEnd(72, 'z'));
    expect(result).toMatchObject({
      verdict: 'not-a-token',
      kind: 'maybe-refresh-token',
      step: { step: 'wrong-token-kind' },
    });
  });

  test.each([
    ['a JWT assertion', 'eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCJ9.eyJpc3MiOiIxMjM0In0.c2ln', 'not-a-token'],
    ['a client id', '10000000000000000000000000000001.app.coze', 'not-a-token'],
    ['an app id', '1127900106117', 'not-a-token'],
    ['an authorization code', 'code_0123456789abcdef', 'not-a-token'],
    ['a token with a line break', `${TOKENS.patValidCn.slice(0, 9)}\n${TOKENS.patValidCn.slice(9)}`, 'malformed'],
    ['a token with a full-width character', `${TOKENS.patValidCn}Ｘ`, 'malformed'],
    ['an empty box', '  ', 'malformed'],
    ['a 1 MB paste', 'x'.repeat(1024 * 1024), 'malformed'],
  ])('sends nothing for %s and says %s', async (_name, token, verdict) => {
    const { result, server } = await check(token);
    expect(result.verdict).toBe(verdict);
    expect(result.problem).not.toBeNull();
    expect(result.evidence).toEqual([]);
    expect(server.requests).toHaveLength(0);
  });

  test.each([
    ['plain http to a public host', 'http://api.example.com'],
    ['a user and password', 'https://user:pw@api.example.com'],
    ['a query string', 'https://api.example.com/?x=1'],
    ['a fragment', 'https://api.example.com/#x'],
    ['no URL at all', 'api.coze.cn'],
  ])('refuses a custom base URL with %s', async (_name, baseUrl) => {
    const result = await checkToken({ token: TOKENS.patValidCn, host: 'custom', baseUrl } as TokenCheckInput, signal(), FAST);
    expect(result).toMatchObject({ verdict: 'malformed', problem: { field: 'base-url' }, evidence: [] });
  });

  test('says network-error when nothing listens on the port', async () => {
    const baseUrl = await closedPortUrl();
    const result = await checkToken({ token: TOKENS.patValidCn, host: 'custom', baseUrl }, signal(), FAST);
    expect(result).toMatchObject({ verdict: 'network-error', step: { step: 'network-unreachable' } });
    expect(result.evidence[0]).toMatchObject({ attempts: 2, httpStatus: null });
  });
});
