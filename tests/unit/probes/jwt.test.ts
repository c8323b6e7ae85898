import { SignJWT, importPKCS8 } from 'jose';
import { describe, expect, test } from 'vitest';
import { exchangeJwt, inspectJwt, isJwtSignError, signJwt, type JwtFindingCode } from '~/probes/index.ts';
import { JWT_APPS } from '../../fake-coze/keys.ts';
import { FAST, fake, fakeRegions, sent, signal } from './helpers.ts';

const cnApp = JWT_APPS.cn;
const sign = (host: 'cn' | 'com' = 'cn', app = JWT_APPS[host]) => signJwt({ privateKeyPem: app.privateKeyPem, kid: app.kid, appId: app.appId, host });
const codes = (jwt: string, now?: Date) => inspectJwt(jwt, { host: 'cn', ...(now ? { now } : {}) }).findings.map((f) => f.code);

async function custom(claims: Record<string, unknown>, header: Record<string, unknown> = { alg: 'RS256', typ: 'JWT', kid: cnApp.kid }) {
  const key = await importPKCS8(cnApp.privateKeyPem, 'RS256');
  return new SignJWT(claims).setProtectedHeader(header as { alg: string }).sign(key);
}

const now = Math.floor(Date.now() / 1000);
const good = { iss: cnApp.appId, aud: 'api.coze.cn', iat: now, exp: now + 600, jti: 'a'.repeat(64) };

describe('signJwt and inspectJwt', () => {
  test('signs an assertion that passes every check', async () => {
    const jwt = await sign();
    const inspection = inspectJwt(jwt, { host: 'cn' });
    expect(inspection).toMatchObject({ ok: true, findings: [] });
    expect(inspection.header).toMatchObject({ alg: 'RS256', typ: 'JWT', kid: cnApp.kid });
    expect(inspection.claims).toMatchObject({ iss: cnApp.appId, aud: 'api.coze.cn' });
    expect(String(inspection.claims?.['jti'])).toMatch(/^[0-9a-f]{64}$/);
  });

  test.each<[string, Record<string, unknown>, JwtFindingCode]>([
    ['the other region as audience', { ...good, aud: 'api.coze.com' }, 'aud-wrong-region'],
    ['a scheme in the audience', { ...good, aud: 'https://api.coze.cn' }, 'aud-has-scheme'],
    ['some other audience', { ...good, aud: 'example.com' }, 'aud-mismatch'],
    ['no audience', { ...good, aud: undefined }, 'aud-missing'],
    ['a client id as issuer', { ...good, iss: '10000000000000000000000000000001.app.coze' }, 'iss-not-app-id'],
    ['no issuer', { ...good, iss: undefined }, 'iss-missing'],
    ['an expired assertion', { ...good, iat: now - 7200, exp: now - 3600 }, 'expired'],
    ['an issue time in the future', { ...good, iat: now + 3600, exp: now + 7200 }, 'iat-in-future'],
    ['exp before iat', { ...good, iat: now + 30, exp: now + 10 }, 'exp-before-iat'],
    ['no jti', { ...good, jti: undefined }, 'jti-missing'],
    ['a short jti', { ...good, jti: 'abc' }, 'jti-short'],
    ['a window over a day', { ...good, exp: now + 2 * 86_400 }, 'window-too-long'],
    ['a session name', { ...good, session_name: 'user-42' }, 'session-name-present'],
    ['no exp', { ...good, exp: undefined }, 'exp-missing'],
  ])('finds %s', async (_name, claims, code) => {
    expect(codes(await custom(claims))).toContain(code);
  });

  test.each<[string, Record<string, unknown>, JwtFindingCode]>([
    ['HS256', { alg: 'HS256', typ: 'JWT', kid: cnApp.kid }, 'alg-not-rs256'],
    ['no kid', { alg: 'RS256', typ: 'JWT' }, 'kid-missing'],
    ['no typ', { alg: 'RS256', kid: cnApp.kid }, 'typ-not-jwt'],
  ])('finds a header with %s', async (_name, header, code) => {
    const jwt =
      header['alg'] === 'HS256' ? await new SignJWT(good).setProtectedHeader(header as { alg: string }).sign(new Uint8Array(32)) : await custom(good, header);
    expect(codes(jwt)).toContain(code);
  });

  test('says not-a-jwt for anything else, without throwing', () => {
    for (const text of ['', 'pat_x', 'a.b.c', '{}']) expect(inspectJwt(text, { host: 'cn' })).toMatchObject({ ok: false, findings: [{ code: 'not-a-jwt' }] });
  });

  test('checks the audience against a custom host', async () => {
    const jwt = await custom({ ...good, aud: '127.0.0.1:8080' });
    expect(inspectJwt(jwt, { host: 'custom', baseUrl: 'http://127.0.0.1:8080' }).ok).toBe(true);
  });

  test('rejects a bad key with a typed error that holds no key material', async () => {
    const error = await signJwt({
      privateKeyPem: '-----BEGIN PRIVATE KEY-----\nnope\n-----END PRIVATE KEY-----',
      kid: 'k',
      appId: '1',
      host: 'cn',
    }).catch((e: unknown) => e);
    expect(isJwtSignError(error)).toBe(true);
    expect((error as Error).message).not.toContain('nope');
  });
});

describe('exchangeJwt', () => {
  test('exchanges a fresh assertion for a czs_ token that works', async () => {
    const { options } = await fakeRegions();
    const result = await exchangeJwt({ jwt: await sign(), host: 'cn', durationSeconds: 3600 }, signal(), options);
    expect(result).toMatchObject({ verdict: 'valid', region: 'cn' });
    expect(result.accessToken).toMatch(/^czs_/);
    expect(result.expiresAt!.getTime() - Date.now()).toBeGreaterThan(3590_000);
  });

  test('sends the documented grant and caps duration_seconds at 86399', async () => {
    const { cn, options } = await fakeRegions();
    const jwt = await sign();
    await exchangeJwt({ jwt, host: 'cn', durationSeconds: 100_000 }, signal(), options);
    const [request] = sent(cn);
    expect(request?.headers['authorization']).toBe(`Bearer ${jwt}`);
    expect(JSON.parse(request?.body ?? '')).toEqual({
      grant_type: 'urn:ietf:params:oauth:grant-type:jwt-bearer',
      duration_seconds: 86_399,
    });
  });

  test('refuses a second use of the same assertion', async () => {
    const { options } = await fakeRegions();
    const jwt = await sign();
    await exchangeJwt({ jwt, host: 'cn' }, signal(), options);
    const again = await exchangeJwt({ jwt, host: 'cn' }, signal(), options);
    expect(again).toMatchObject({ verdict: 'invalid-token' });
    expect(again.evidence[0]).toMatchObject({
      errorCode: 'invalid_client',
      errorMessage: 'invalid jwt: jti has been used',
    });
  });

  test('reads "kid not been registred" as a likely wrong region', async () => {
    const { options } = await fakeRegions();
    const result = await exchangeJwt({ jwt: await sign('com'), host: 'cn' }, signal(), options);
    expect(result).toMatchObject({
      verdict: 'wrong-region',
      uncertain: true,
      step: { wizard: 'token-invalid', step: 'wrong-region' },
    });
    expect(result.notes).toContain('region-suspect');
  });

  test('never retries, because an assertion is single-use', async () => {
    const cn = await fake('cn');
    cn.setFault({ kind: 'status', status: 502 });
    const result = await exchangeJwt({ jwt: await sign(), host: 'custom', baseUrl: cn.baseUrl }, signal(), FAST);
    expect(result.verdict).toBe('server-error');
    expect(sent(cn)).toHaveLength(1);
  });

  test('accepts an assertion pasted with its Bearer prefix', async () => {
    const { options } = await fakeRegions();
    const result = await exchangeJwt({ jwt: ` Bearer ${await sign()}\n`, host: 'cn' }, signal(), options);
    expect(result.verdict).toBe('valid');
  });

  test('sends nothing for a string that is not a JWT', async () => {
    const cn = await fake('cn');
    const result = await exchangeJwt({ jwt: 'pat_notajwt', host: 'custom', baseUrl: cn.baseUrl }, signal(), FAST);
    expect(result).toMatchObject({ verdict: 'not-a-token', problem: { code: 'not-a-jwt', field: 'jwt' } });
    expect(cn.requests).toHaveLength(0);
  });
});
