import { describe, expect, test } from 'vitest';
import {
  authorizeUrl,
  describeCodeExchange,
  toCurl,
  exchangeCode,
  isValidVerifier,
  pollDeviceToken,
  randomState,
  randomVerifier,
  redirectUriFor,
  requestDeviceCode,
  resolveBaseUrl,
  s256Challenge,
  slowedInterval,
} from '~/probes';
import { OAUTH_APPS } from '../../fake-coze/tokens.ts';
import type { FakeCoze } from '../../fake-coze/types.ts';
import { fake, FAST, sent, signal } from './helpers';

const REDIRECT = 'http://127.0.0.1:4321/tools/oauth-playground/';
const PKCE = OAUTH_APPS.cn.pkce.clientId;
const DEVICE = OAUTH_APPS.cn.device.clientId;

/** Opens the authorize URL and answers the consent page like a visitor; returns where the browser lands. */
async function consent(url: string, decision: 'allow' | 'deny'): Promise<URL | string> {
  const first = await fetch(url, { redirect: 'manual' });
  if (first.status !== 302) return await first.text();
  const consentUrl = new URL(first.headers.get('location')!, url);
  if (consentUrl.pathname !== '/oauth/consent') return consentUrl; // an error sent straight back
  consentUrl.searchParams.set('decision', decision);
  const back = await fetch(consentUrl, { redirect: 'manual' });
  return new URL(back.headers.get('location')!);
}

async function authorizeOn(server: FakeCoze, opts: { clientId?: string; redirectUri?: string; decision?: 'allow' | 'deny' } = {}) {
  const verifier = randomVerifier();
  const state = randomState();
  const target = resolveBaseUrl('custom', server.baseUrl);
  if (!target.ok) throw new Error('bad base url');
  const url = authorizeUrl({
    target,
    clientId: opts.clientId ?? PKCE,
    redirectUri: opts.redirectUri ?? REDIRECT,
    state,
    codeChallenge: await s256Challenge(verifier),
  });
  return { verifier, state, url, landed: await consent(url, opts.decision ?? 'allow') };
}

describe('PKCE helpers', () => {
  // RFC 7636 Appendix B. (The issue quoted the verifier as `…-mJ0kEtrvWFFDN06-zw_l5I7Fu8Jh8M`, whose
  // S256 is `6Hc0jpbz…`; the RFC's own verifier is the one below.)
  test('the S256 challenge of the RFC 7636 example verifier is the RFC value', async () => {
    expect(await s256Challenge('dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk')).toBe('E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM');
  });

  test('random verifiers are 43 unreserved characters and never repeat', () => {
    const seen = new Set(Array.from({ length: 50 }, randomVerifier));
    expect(seen.size).toBe(50);
    for (const v of seen) expect(isValidVerifier(v) && v.length === 43).toBe(true);
    expect(isValidVerifier('short')).toBe(false);
  });

  test('the authorize URL goes to www for the official hosts and carries every documented parameter', () => {
    const target = resolveBaseUrl('cn');
    if (!target.ok) throw new Error();
    const url = new URL(authorizeUrl({ target, clientId: PKCE, redirectUri: REDIRECT, state: 's1', codeChallenge: 'c1' }));
    expect(`${url.origin}${url.pathname}`).toBe('https://www.coze.cn/api/permission/oauth2/authorize');
    expect(Object.fromEntries(url.searchParams)).toEqual({
      response_type: 'code',
      client_id: PKCE,
      redirect_uri: REDIRECT,
      state: 's1',
      code_challenge: 'c1',
      code_challenge_method: 'S256',
    });
    const com = resolveBaseUrl('com');
    if (!com.ok) throw new Error();
    expect(authorizeUrl({ target: com, clientId: PKCE, redirectUri: REDIRECT, state: 's', codeChallenge: 'c' })).toMatch(
      /^https:\/\/www\.coze\.com\/api\/permission\/oauth2\/authorize\?/,
    );
  });

  test('the redirect URI is the page address without query or fragment', () => {
    expect(redirectUriFor('http://127.0.0.1:4321/en/tools/oauth-playground/?code=x&state=y#flow=pkce')).toBe(
      'http://127.0.0.1:4321/en/tools/oauth-playground/',
    );
  });
});

describe('exchangeCode against the fake authorize and token endpoints', () => {
  test('a consented code and its verifier give a czu_ token, a refresh token and both expiries', async () => {
    const cn = await fake();
    const { verifier, state, landed } = await authorizeOn(cn);
    if (!(landed instanceof URL)) throw new Error(landed);
    expect(landed.searchParams.get('state')).toBe(state);
    const code = landed.searchParams.get('code')!;
    const result = await exchangeCode(
      { clientId: PKCE, code, codeVerifier: verifier, redirectUri: REDIRECT, host: 'custom', baseUrl: cn.baseUrl },
      signal(),
      FAST,
    );
    expect(result.verdict).toBe('valid');
    expect(result.accessToken).toMatch(/^czu_/);
    expect(result.accessTokenFingerprint).toMatch(/^czu_…/);
    expect(result.refreshToken).toMatch(/^[A-Za-z0-9]{72}$/);
    expect(Math.abs(result.expiresAt!.getTime() - Date.now() - 900_000)).toBeLessThan(5000);
    expect(Math.round((result.refreshExpiresAt!.getTime() - Date.now()) / 86_400_000)).toBe(30);
    const [request] = sent(cn, '/api/permission/oauth2/token');
    expect(request?.headers['authorization']).toBeUndefined();
    expect(JSON.parse(request!.body)).toEqual({ grant_type: 'authorization_code', client_id: PKCE, redirect_uri: REDIRECT, code, code_verifier: verifier });
  });

  test('the same code a second time is refused as a spent code', async () => {
    const cn = await fake();
    const { verifier, landed } = await authorizeOn(cn);
    const input = {
      clientId: PKCE,
      code: (landed as URL).searchParams.get('code')!,
      codeVerifier: verifier,
      redirectUri: REDIRECT,
      host: 'custom' as const,
      baseUrl: cn.baseUrl,
    };
    expect((await exchangeCode(input, signal(), FAST)).verdict).toBe('valid');
    const again = await exchangeCode(input, signal(), FAST);
    expect(again.verdict).toBe('unexpected-response');
    expect([again.errorCode, again.errorMessage]).toEqual(['invalid_request', 'invalid request: code']);
    expect(again.accessToken).toBeNull();
  });

  test('a verifier that does not match the challenge is refused', async () => {
    const cn = await fake();
    const { landed } = await authorizeOn(cn);
    const result = await exchangeCode(
      {
        clientId: PKCE,
        code: (landed as URL).searchParams.get('code')!,
        codeVerifier: randomVerifier(),
        redirectUri: REDIRECT,
        host: 'custom',
        baseUrl: cn.baseUrl,
      },
      signal(),
      FAST,
    );
    expect(result.errorMessage).toBe('invalid request: code_verifier');
  });

  test('another redirect_uri in the exchange is refused', async () => {
    const cn = await fake();
    const { verifier, landed } = await authorizeOn(cn);
    const result = await exchangeCode(
      {
        clientId: PKCE,
        code: (landed as URL).searchParams.get('code')!,
        codeVerifier: verifier,
        redirectUri: 'http://localhost:4321/tools/oauth-playground/',
        host: 'custom',
        baseUrl: cn.baseUrl,
      },
      signal(),
      FAST,
    );
    expect(result.errorMessage).toBe('invalid request: redirect_uri');
  });

  test('a declined consent comes back with access_denied and the state', async () => {
    const cn = await fake();
    const { state, landed } = await authorizeOn(cn, { decision: 'deny' });
    expect((landed as URL).searchParams.get('error')).toBe('access_denied');
    expect((landed as URL).searchParams.get('state')).toBe(state);
  });

  test('a device app at the authorize endpoint comes back with unauthorized_client', async () => {
    const cn = await fake();
    const { landed } = await authorizeOn(cn, { clientId: DEVICE });
    expect(Object.fromEntries((landed as URL).searchParams)).toMatchObject({ error: 'unauthorized_client', error_description: 'invalid app type' });
  });

  test('an unknown client or an unregistered redirect_uri stays on an error page', async () => {
    const cn = await fake();
    expect((await authorizeOn(cn, { clientId: OAUTH_APPS.com.pkce.clientId })).landed).toContain('data-fake-error="invalid_client"');
    expect((await authorizeOn(cn, { redirectUri: 'https://evil.example/cb' })).landed).toContain('data-fake-error="redirect_uri"');
  });
});

describe('secrets in the playground requests', () => {
  test('the exchange preview, its masked command and its evidence show neither the code nor the verifier', async () => {
    const cn = await fake();
    const code = `code_${'C'.repeat(40)}CANARY`;
    const verifier = `${'v'.repeat(40)}VERIFIERCANARY`;
    const input = { clientId: PKCE, code, codeVerifier: verifier, redirectUri: REDIRECT, host: 'custom' as const, baseUrl: cn.baseUrl };
    const described = describeCodeExchange(input);
    if (!described.ok) throw new Error('refused');
    const shown = JSON.stringify(described.request) + toCurl(described.request, { mask: true });
    for (const secret of [code, verifier]) expect(shown).not.toContain(secret);
    expect(shown).toContain('<YOUR_CODE_VERIFIER>');
    const result = await exchangeCode(input, signal(), FAST);
    expect(JSON.stringify(result)).not.toMatch(/CANARY/);
    expect(JSON.parse(sent(cn, '/api/permission/oauth2/token')[0]!.body)).toMatchObject({ code, code_verifier: verifier }); // the real body carries them
  });
});

describe('the device code flow against the fake', () => {
  async function approve(url: string, decision: 'allow' | 'deny') {
    const page = new URL(url);
    page.searchParams.set('decision', decision);
    expect((await fetch(page)).status).toBe(200);
  }

  test('polls pending, slows down when too quick, then gets tokens once the visitor approves', async () => {
    const cn = await fake();
    cn.setDeviceTiming({ intervalSeconds: 1 });
    const code = await requestDeviceCode({ clientId: DEVICE, host: 'custom', baseUrl: cn.baseUrl }, signal(), FAST);
    expect(code.verdict).toBe('valid');
    expect(code.userCode).toMatch(/^[A-Z0-9]{4}-[A-Z0-9]{4}$/);
    expect(code.verificationUrl).toBe(`${cn.baseUrl}/oauth/device?user_code=${code.userCode}`);
    expect(code.intervalSeconds).toBe(1);
    const poll = { clientId: DEVICE, deviceCode: code.deviceCode!, host: 'custom' as const, baseUrl: cn.baseUrl };
    expect(await pollDeviceToken(poll, signal(), FAST)).toEqual({ status: 'pending' });
    expect(await pollDeviceToken(poll, signal(), FAST)).toEqual({ status: 'slow-down' });
    await approve(code.verificationUrl!, 'allow');
    await new Promise((r) => setTimeout(r, 1000));
    const done = await pollDeviceToken(poll, signal(), FAST);
    expect(done.status).toBe('done');
    if (done.status === 'done') expect(done.result.accessToken).toMatch(/^czu_/);
    expect(JSON.parse(sent(cn, '/api/permission/oauth2/token')[0]!.body)).toEqual({
      client_id: DEVICE,
      grant_type: 'urn:ietf:params:oauth:grant-type:device_code',
      device_code: code.deviceCode,
    });
  });

  test('a declined device code ends with access_denied, an expired one with expired_token', async () => {
    const cn = await fake();
    const denied = await requestDeviceCode({ clientId: DEVICE, host: 'custom', baseUrl: cn.baseUrl }, signal(), FAST);
    await approve(denied.verificationUrl!, 'deny');
    const a = await pollDeviceToken({ clientId: DEVICE, deviceCode: denied.deviceCode!, host: 'custom', baseUrl: cn.baseUrl }, signal(), FAST);
    expect(a.status === 'failed' && [a.result.verdict, a.result.errorCode]).toEqual(['unexpected-response', 'access_denied']);
    cn.setDeviceTiming({ expiresInSeconds: -1 });
    const old = await requestDeviceCode({ clientId: DEVICE, host: 'custom', baseUrl: cn.baseUrl }, signal(), FAST);
    const b = await pollDeviceToken({ clientId: DEVICE, deviceCode: old.deviceCode!, host: 'custom', baseUrl: cn.baseUrl }, signal(), FAST);
    expect(b.status === 'failed' && [b.result.verdict, b.result.errorCode]).toEqual(['expired', 'expired_token']);
  });

  test('a PKCE app asking for a device code is refused with access_deny, an unknown one with invalid_client', async () => {
    const cn = await fake();
    const wrongType = await requestDeviceCode({ clientId: PKCE, host: 'custom', baseUrl: cn.baseUrl }, signal(), FAST);
    expect([wrongType.verdict, wrongType.errorCode, wrongType.errorMessage, wrongType.deviceCode]).toEqual([
      'invalid-token',
      'access_deny',
      'invalid app type',
      null,
    ]);
    const unknown = await requestDeviceCode({ clientId: OAUTH_APPS.com.device.clientId, host: 'custom', baseUrl: cn.baseUrl }, signal(), FAST);
    expect([unknown.verdict, unknown.errorCode]).toEqual(['invalid-token', 'invalid_client']);
  });

  test('slow_down adds five seconds every time', () => {
    expect([slowedInterval(5), slowedInterval(30)]).toEqual([10, 35]);
  });
});
