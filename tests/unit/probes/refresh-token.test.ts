import { describe, expect, test } from 'vitest';
import { checkToken, refreshToken } from '~/probes/index.ts';
import { OAUTH_APPS, TOKENS } from '../../fake-coze/tokens.ts';
import { FAST, fake, sent, signal } from './helpers.ts';

const web = OAUTH_APPS.cn.web;
const pkce = OAUTH_APPS.cn.pkce;

describe('refreshToken', () => {
  test('returns the rotated refresh token, the new access token and its absolute expiry', async () => {
    const cn = await fake('cn');
    const old = cn.mintRefreshToken('web');
    const before = Date.now();
    const result = await refreshToken(
      { clientId: web.clientId, clientSecret: web.secret, refreshToken: old, host: 'custom', baseUrl: cn.baseUrl },
      signal(),
      FAST,
    );
    expect(result).toMatchObject({ verdict: 'valid', step: null, uncertain: false });
    expect(result.newRefreshToken).toMatch(/^[A-Za-z0-9]{72}$/);
    expect(result.newRefreshToken).not.toBe(old);
    expect(result.accessToken).toMatch(/^czu_/);
    expect(result.accessTokenFingerprint).toBe(`czu_…${result.accessToken?.slice(-4)}`);
    expect(result.refreshTokenFingerprint).toBe(`…${old.slice(-4)}`);
    // expires_in is a Unix time: about 15 minutes from now, not 15 minutes after 1970.
    expect(result.expiresAt?.getTime()).toBeGreaterThan(before + 890_000);
    expect(result.expiresAt?.getTime()).toBeLessThan(before + 910_000);
    expect(result.notes).toContain('refresh-token-rotated');
    const check = await checkToken({ token: result.accessToken ?? '', host: 'custom', baseUrl: cn.baseUrl }, signal(), FAST);
    expect(check.verdict).toBe('valid');
  });

  test('sends the documented JSON body, with the secret only in the Authorization header', async () => {
    const cn = await fake('cn');
    const old = cn.mintRefreshToken('web');
    await refreshToken({ clientId: web.clientId, clientSecret: web.secret, refreshToken: old, host: 'custom', baseUrl: cn.baseUrl }, signal(), FAST);
    const [request] = sent(cn);
    expect(request?.method).toBe('POST');
    expect(request?.url).toBe('/api/permission/oauth2/token');
    expect(request?.headers['authorization']).toBe(`Bearer ${web.secret}`);
    expect(request?.headers['content-type']).toBe('application/json');
    expect(JSON.parse(request?.body ?? '')).toEqual({
      grant_type: 'refresh_token',
      client_id: web.clientId,
      refresh_token: old,
    });
  });

  test('sends no Authorization header for a PKCE app without a secret', async () => {
    const cn = await fake('cn');
    const result = await refreshToken(
      { clientId: pkce.clientId, refreshToken: cn.mintRefreshToken('pkce'), host: 'custom', baseUrl: cn.baseUrl },
      signal(),
      FAST,
    );
    expect(result.verdict).toBe('valid');
    expect(sent(cn)[0]?.headers['authorization']).toBeUndefined();
  });

  // Was 'expired': the fake answers the documented invalid_request naming refresh_token, which says the
  // token was refused, not that it expired (issue 8).
  test('reads a second use of the same refresh token as not accepted, and flags the reading as uncertain', async () => {
    const cn = await fake('cn');
    const input = {
      clientId: pkce.clientId,
      refreshToken: cn.mintRefreshToken('pkce'),
      host: 'custom' as const,
      baseUrl: cn.baseUrl,
    };
    expect((await refreshToken(input, signal(), FAST)).verdict).toBe('valid');
    const again = await refreshToken(input, signal(), FAST);
    expect(again).toMatchObject({
      verdict: 'invalid-token',
      uncertain: true,
      newRefreshToken: null,
      step: { wizard: 'token-invalid', step: 'token-unknown' },
    });
    expect(again.evidence[0]).toMatchObject({ httpStatus: 400, errorCode: 'invalid_request' });
    expect(again.notes).toContain('expired-uncertain');
  });

  test('reads a wrong client secret as invalid-token (invalid_client)', async () => {
    const cn = await fake('cn');
    const result = await refreshToken(
      {
        clientId: web.clientId,
        clientSecret: 'not-the-secret',
        refreshToken: cn.mintRefreshToken('web'),
        host: 'custom',
        baseUrl: cn.baseUrl,
      },
      signal(),
      FAST,
    );
    expect(result).toMatchObject({ verdict: 'invalid-token' });
    expect(result.evidence[0]).toMatchObject({ httpStatus: 401, errorCode: 'invalid_client' });
  });

  test('reads a deactivated app as invalid-token (access_deny)', async () => {
    const cn = await fake('cn');
    const result = await refreshToken(
      {
        clientId: OAUTH_APPS.cn.deactivated.clientId,
        refreshToken: 'r'.repeat(72),
        host: 'custom',
        baseUrl: cn.baseUrl,
      },
      signal(),
      FAST,
    );
    expect(result.verdict).toBe('invalid-token');
    expect(result.evidence[0]).toMatchObject({ errorCode: 'access_deny' });
  });

  test('never retries, even after a 5xx, because a refresh token is single-use', async () => {
    const cn = await fake('cn');
    cn.setFault({ kind: 'status', status: 503 });
    const result = await refreshToken(
      { clientId: pkce.clientId, refreshToken: cn.mintRefreshToken('pkce'), host: 'custom', baseUrl: cn.baseUrl },
      signal(),
      FAST,
    );
    expect(result).toMatchObject({ verdict: 'server-error' });
    expect(result.evidence[0]?.attempts).toBe(1);
    expect(sent(cn)).toHaveLength(1);
  });

  test('never retries after a reset connection either', async () => {
    const cn = await fake('cn');
    cn.setFault({ kind: 'reset' });
    const result = await refreshToken(
      { clientId: pkce.clientId, refreshToken: cn.mintRefreshToken('pkce'), host: 'custom', baseUrl: cn.baseUrl },
      signal(),
      FAST,
    );
    expect(result.verdict).toBe('network-error');
    expect(sent(cn)).toHaveLength(1);
  });

  test.each([
    ['an access token in the refresh-token box', { refreshToken: TOKENS.patValidCn }, 'not-a-token', 'access-token-in-refresh-box'],
    ['a numeric app id as client id', { clientId: '1127900106117' }, 'malformed', 'client-id-shape'],
    ['an empty refresh token', { refreshToken: '' }, 'malformed', 'empty'],
  ])('sends nothing for %s', async (_name, override, verdict, code) => {
    const cn = await fake('cn');
    const result = await refreshToken(
      { clientId: pkce.clientId, refreshToken: 'r'.repeat(72), host: 'custom', baseUrl: cn.baseUrl, ...override },
      signal(),
      FAST,
    );
    expect(result).toMatchObject({ verdict, problem: { code }, evidence: [] });
    expect(cn.requests).toHaveLength(0);
  });
});
