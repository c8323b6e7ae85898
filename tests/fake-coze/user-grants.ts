/**
 * The user-facing OAuth grants: the authorize endpoint with a consent page, one-use codes checked
 * against the PKCE challenge, and the device code flow. Pages are plain HTML served by the fake, so a
 * browser test clicks through them like a visitor on www.coze.cn would.
 * Assumptions where the facts are silent (all UNCERTAIN for the real service):
 * - an unknown client, an unregistered redirect_uri or a missing state show an error page and do not
 *   redirect (RFC 6749 §4.1.2.1); the wrong app type, a deactivated app or a refusal redirect back
 *   with `error` (`unauthorized_client`, `access_deny`, `access_denied`) and the state;
 * - a spent, unknown or expired code, a wrong redirect_uri or verifier answer the documented
 *   `invalid_request` ("invalid request: {parameter}") with 400, like a spent refresh token here;
 * - device errors come with HTTP 400, as RFC 8628 has them.
 */
import { createHash, randomBytes } from 'node:crypto';
import { json, oauthError, type Reply } from './respond.ts';
import { OAUTH_APPS, type FakeTokenRecord } from './tokens.ts';
import type { FakeRegion } from './types.ts';

export const DEVICE_GRANT = 'urn:ietf:params:oauth:grant-type:device_code';
const CODE_TTL_MS = 5 * 60_000;
/** Shorter than the documented 5 s / 300 s so browser tests stay quick; tests can change them. */
const DEVICE_TIMING = { intervalSeconds: 1, expiresInSeconds: 120 };

type AppKind = 'web' | 'pkce' | 'device' | 'deactivated';
interface CodeRecord {
  readonly clientId: string;
  readonly redirectUri: string;
  readonly challenge: string | null;
  readonly method: string;
  readonly expiresAt: number;
  used: boolean;
}
interface DeviceRecord {
  readonly clientId: string;
  readonly userCode: string;
  readonly expiresAt: number;
  readonly intervalMs: number;
  lastPoll: number;
  status: 'pending' | 'approved' | 'denied' | 'spent';
}

const alnum = (n: number) =>
  randomBytes(n * 2)
    .toString('base64')
    .replace(/[^A-Za-z0-9]/g, '')
    .slice(0, n);
const escape = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
const s256 = (verifier: string) => createHash('sha256').update(verifier).digest('base64url');

function page(status: number, title: string, body: string): Reply {
  return {
    status,
    contentType: 'text/html; charset=utf-8',
    body: `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${escape(title)}</title></head><body><main><h1>${escape(title)}</h1>${body}</main></body></html>`,
  };
}

function redirect(location: string): Reply {
  return { status: 302, body: '', location };
}

/** Registered redirect URIs of the fake apps: the playground page on loopback, in either locale. */
function isRegisteredRedirect(uri: string): boolean {
  try {
    const url = new URL(uri);
    return (
      url.protocol === 'http:' &&
      ['127.0.0.1', 'localhost'].includes(url.hostname) &&
      /^(\/en)?\/tools\/oauth-playground\/$/.test(url.pathname) &&
      url.search === '' &&
      url.hash === ''
    );
  } catch {
    return false;
  }
}

export class UserGrants {
  readonly #region: FakeRegion;
  readonly #register: (token: string, record: FakeTokenRecord) => void;
  readonly #mintRefresh: (app: 'web' | 'pkce') => string;
  #consents = new Map<string, { clientId: string; redirectUri: string; state: string; challenge: string | null; method: string }>();
  #codes = new Map<string, CodeRecord>();
  #devices = new Map<string, DeviceRecord>();
  timing = { ...DEVICE_TIMING };

  constructor(region: FakeRegion, register: (token: string, record: FakeTokenRecord) => void, mintRefresh: (app: 'web' | 'pkce') => string) {
    this.#region = region;
    this.#register = register;
    this.#mintRefresh = mintRefresh;
  }

  reset(): void {
    this.#consents.clear();
    this.#codes.clear();
    this.#devices.clear();
    this.timing = { ...DEVICE_TIMING };
  }

  #app(clientId: unknown): AppKind | null {
    const apps = OAUTH_APPS[this.#region];
    for (const kind of ['web', 'pkce', 'device', 'deactivated'] as const) if (apps[kind].clientId === clientId) return kind;
    return null;
  }

  /** GET on www: validates, then 302 to the consent page (as the real one does), or an error. */
  authorize(url: URL): Reply {
    const q = (name: string) => url.searchParams.get(name) ?? '';
    const app = this.#app(q('client_id'));
    if (q('response_type') !== 'code') return page(400, 'OAuth error', '<p>invalid request: response_type</p>');
    if (app === null) return page(400, 'OAuth error', '<p data-fake-error="invalid_client">invalid client_id: this app does not exist here</p>');
    if (!isRegisteredRedirect(q('redirect_uri')))
      return page(400, 'OAuth error', '<p data-fake-error="redirect_uri">redirect_uri is not registered for this app</p>');
    if (q('state') === '') return page(400, 'OAuth error', '<p data-fake-error="state">invalid request: state</p>');
    const back = (error: string, description: string) => {
      const target = new URL(q('redirect_uri'));
      target.search = new URLSearchParams({ error, error_description: description, state: q('state') }).toString();
      return redirect(target.href);
    };
    if (app === 'device') return back('unauthorized_client', 'invalid app type');
    if (app === 'deactivated') return back('access_deny', `app: ${OAUTH_APPS[this.#region].deactivated.name} is currently deactivated by the owner`);
    const challenge = q('code_challenge') || null;
    if (app === 'pkce' && challenge === null) return back('invalid_request', 'invalid request: code_challenge');
    const key = alnum(24);
    this.#consents.set(key, {
      clientId: q('client_id'),
      redirectUri: q('redirect_uri'),
      state: q('state'),
      challenge,
      method: q('code_challenge_method') || 'plain',
    });
    return redirect(`/oauth/consent?authorize_key=${key}`);
  }

  /** The consent page and its two answers. */
  consent(url: URL): Reply {
    const key = url.searchParams.get('authorize_key') ?? '';
    const request = this.#consents.get(key);
    if (!request) return page(400, 'OAuth error', '<p>authorize_key expired</p>');
    const decision = url.searchParams.get('decision');
    if (decision === null) {
      const link = (d: string, label: string) => `<a id="${d}" href="/oauth/consent?authorize_key=${key}&amp;decision=${d}">${label}</a>`;
      return page(
        200,
        'Authorize Fake App',
        `<p>Fake Coze: allow this app to use your account?</p><p>${link('allow', 'Authorize')} ${link('deny', 'Cancel')}</p>`,
      );
    }
    this.#consents.delete(key);
    const target = new URL(request.redirectUri);
    if (decision !== 'allow') {
      target.search = new URLSearchParams({ error: 'access_denied', error_description: 'the user denied the request', state: request.state }).toString();
      return redirect(target.href);
    }
    const code = `code_${alnum(44)}`;
    this.#codes.set(code, {
      clientId: request.clientId,
      redirectUri: request.redirectUri,
      challenge: request.challenge,
      method: request.method,
      expiresAt: Date.now() + CODE_TTL_MS,
      used: false,
    });
    target.search = new URLSearchParams({ code, state: request.state }).toString();
    return redirect(target.href);
  }

  #issue(app: 'web' | 'pkce'): Reply {
    const accessToken = `czu_${alnum(64)}`;
    this.#register(accessToken, { region: this.#region, state: 'valid', workspaces: [{ type: 'personal', role: 'owner' }] });
    return json(200, { access_token: accessToken, expires_in: Math.floor(Date.now() / 1000) + 900, refresh_token: this.#mintRefresh(app) });
  }

  /** `grant_type: authorization_code`. */
  codeGrant(body: Record<string, unknown>, bearer: string | undefined): Reply {
    const app = this.#app(body['client_id']);
    if (app === null) return oauthError(401, 'invalid_client', 'invalid client');
    const record = typeof body['code'] === 'string' ? this.#codes.get(body['code']) : undefined;
    if (!record || record.used || record.expiresAt < Date.now()) return oauthError(400, 'invalid_request', 'invalid request: code');
    if (record.clientId !== body['client_id']) return oauthError(401, 'invalid_client', 'invalid client');
    if (record.redirectUri !== body['redirect_uri']) return oauthError(400, 'invalid_request', 'invalid request: redirect_uri');
    if (app === 'web' && bearer !== OAUTH_APPS[this.#region].web.secret) return oauthError(401, 'invalid_client', 'invalid client secret');
    if (record.challenge !== null) {
      const verifier = body['code_verifier'];
      const transformed = typeof verifier !== 'string' ? null : record.method === 'S256' ? s256(verifier) : verifier;
      if (transformed !== record.challenge) return oauthError(400, 'invalid_request', 'invalid request: code_verifier');
    }
    record.used = true;
    return this.#issue(app === 'web' ? 'web' : 'pkce');
  }

  /** POST device/code. */
  deviceCode(body: Record<string, unknown>, origin: string): Reply {
    const app = this.#app(body['client_id']);
    if (app === null) return oauthError(401, 'invalid_client', 'invalid client');
    if (app === 'deactivated') return oauthError(403, 'access_deny', `app: ${OAUTH_APPS[this.#region].deactivated.name} is currently deactivated by the owner`);
    if (app !== 'device') return oauthError(403, 'access_deny', 'invalid app type');
    const deviceCode = alnum(40);
    const userCode = `${alnum(4)}-${alnum(4)}`.toUpperCase();
    const { intervalSeconds, expiresInSeconds } = this.timing;
    this.#devices.set(deviceCode, {
      clientId: String(body['client_id']),
      userCode,
      expiresAt: Date.now() + expiresInSeconds * 1000,
      intervalMs: intervalSeconds * 1000,
      lastPoll: 0,
      status: 'pending',
    });
    return json(200, {
      device_code: deviceCode,
      user_code: userCode,
      verification_uri: `${origin}/oauth/device`,
      expires_in: expiresInSeconds,
      interval: intervalSeconds,
    });
  }

  /** The page where the visitor enters or confirms the user code, and its two answers. */
  deviceVerify(url: URL): Reply {
    const userCode = url.searchParams.get('user_code') ?? '';
    const record = [...this.#devices.values()].find((d) => d.userCode === userCode);
    if (!record || record.status !== 'pending') return page(400, 'Device authorization', '<p>Unknown or used code.</p>');
    const decision = url.searchParams.get('decision');
    if (decision === null) {
      const link = (d: string, label: string) => `<a id="${d}" href="/oauth/device?user_code=${encodeURIComponent(userCode)}&amp;decision=${d}">${label}</a>`;
      return page(200, 'Authorize Fake Device App', `<p>Code ${escape(userCode)}</p><p>${link('allow', 'Authorize')} ${link('deny', 'Cancel')}</p>`);
    }
    record.status = decision === 'allow' ? 'approved' : 'denied';
    return page(200, 'Device authorization', `<p data-device-decision="${record.status}">You may close this page.</p>`);
  }

  /** `grant_type: …device_code`: pending, slow_down (polled sooner than the interval), expired, denied, or tokens once. */
  deviceGrant(body: Record<string, unknown>): Reply {
    const record = typeof body['device_code'] === 'string' ? this.#devices.get(body['device_code']) : undefined;
    if (!record || record.status === 'spent') return oauthError(400, 'invalid_request', 'invalid request: device_code');
    if (record.clientId !== body['client_id']) return oauthError(401, 'invalid_client', 'invalid client');
    const now = Date.now();
    if (now > record.expiresAt) return oauthError(400, 'expired_token', 'device_code has expired');
    // A little slack: timers and the network can bring two polls a few ms closer than they were sent.
    const tooSoon = record.lastPoll > 0 && now - record.lastPoll < record.intervalMs - 250;
    record.lastPoll = now;
    if (tooSoon) return oauthError(400, 'slow_down', 'polling too frequently');
    if (record.status === 'denied') return oauthError(400, 'access_denied', 'the user denied the request');
    if (record.status === 'pending') return oauthError(400, 'authorization_pending', 'the user has not authorized yet');
    record.status = 'spent';
    return this.#issue('pkce');
  }
}
