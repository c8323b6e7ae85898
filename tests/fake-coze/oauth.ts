/**
 * POST /api/permission/oauth2/token: the refresh grant (single-use, rotating refresh tokens), the
 * JWT bearer grant (kid, signature, aud, exp and single-use jti checked against this region's app),
 * and the authorization-code and device grants of user-grants.ts.
 * What a spent refresh token returns is UNCERTAIN (facts §4): this fake answers the documented
 * `invalid_request` ("invalid request: {parameter}") with 400.
 */
import { randomBytes } from 'node:crypto';
import { decodeProtectedHeader, importSPKI, jwtVerify } from 'jose';
import { JWT_APPS } from './keys.ts';
import { json, oauthError, type Reply } from './respond.ts';
import { initialRefreshToken, OAUTH_APPS, type FakeTokenRecord } from './tokens.ts';
import type { FakeRegion } from './types.ts';
import { DEVICE_GRANT, UserGrants } from './user-grants.ts';

const JWT_GRANT = 'urn:ietf:params:oauth:grant-type:jwt-bearer';

function randomAlnum(length: number): string {
  let out = '';
  while (out.length < length)
    out += randomBytes(length)
      .toString('base64')
      .replace(/[^A-Za-z0-9]/g, '');
  return out.slice(0, length);
}

export class OAuthEndpoint {
  readonly #region: FakeRegion;
  readonly #register: (token: string, record: FakeTokenRecord) => void;
  #refresh = new Map<string, { app: 'web' | 'pkce'; used: boolean }>();
  #usedJti = new Set<string>();
  /** Authorize, consent, code and device grants (user-grants.ts). */
  readonly user: UserGrants;

  constructor(region: FakeRegion, register: (token: string, record: FakeTokenRecord) => void) {
    this.#region = region;
    this.#register = register;
    this.user = new UserGrants(region, register, (app) => this.mint(app));
    this.reset();
  }

  reset(): void {
    this.user.reset();
    this.#refresh.clear();
    this.#usedJti.clear();
    for (const app of ['web', 'pkce'] as const) {
      for (let n = 1; n <= 3; n++) this.#refresh.set(initialRefreshToken(this.#region, app, n), { app, used: false });
    }
  }

  mint(app: 'web' | 'pkce'): string {
    const token = randomAlnum(72);
    this.#refresh.set(token, { app, used: false });
    return token;
  }

  async handle(authorization: string | undefined, rawBody: string): Promise<Reply> {
    let body: Record<string, unknown>;
    try {
      body = JSON.parse(rawBody) as Record<string, unknown>;
    } catch {
      return oauthError(400, 'invalid_request', 'invalid request: body');
    }
    const bearer = /^Bearer (\S+)$/.exec(authorization ?? '')?.[1];
    if (body['grant_type'] === 'refresh_token') return this.#refreshGrant(body, bearer);
    if (body['grant_type'] === JWT_GRANT) return this.#jwtGrant(body, bearer);
    if (body['grant_type'] === 'authorization_code') return this.user.codeGrant(body, bearer);
    if (body['grant_type'] === DEVICE_GRANT) return this.user.deviceGrant(body);
    return oauthError(400, 'unsupported_grant_type', 'unsupported grant type');
  }

  #refreshGrant(body: Record<string, unknown>, bearer: string | undefined): Reply {
    const apps = OAUTH_APPS[this.#region];
    const clientId = body['client_id'];
    // The status for access_deny is not documented; 403 is a guess.
    if (clientId === apps.deactivated.clientId) {
      return oauthError(403, 'access_deny', `app: ${apps.deactivated.name} is currently deactivated by the owner`);
    }
    const app = clientId === apps.web.clientId ? 'web' : clientId === apps.pkce.clientId ? 'pkce' : null;
    if (app === null) return oauthError(401, 'invalid_client', 'invalid client');
    if (app === 'web' && bearer !== apps.web.secret) return oauthError(401, 'invalid_client', 'invalid client secret');
    const token = body['refresh_token'];
    const entry = typeof token === 'string' ? this.#refresh.get(token) : undefined;
    if (!entry || entry.used || entry.app !== app) return oauthError(400, 'invalid_request', 'invalid request: refresh_token');
    entry.used = true; // single use: the rotation below is the only way on
    const accessToken = `czu_${randomAlnum(64)}`;
    this.#register(accessToken, {
      region: this.#region,
      state: 'valid',
      workspaces: [{ type: 'personal', role: 'owner' }],
    });
    return json(200, {
      access_token: accessToken,
      expires_in: Math.floor(Date.now() / 1000) + 900,
      refresh_token: this.mint(app),
    });
  }

  async #jwtGrant(body: Record<string, unknown>, bearer: string | undefined): Promise<Reply> {
    const app = JWT_APPS[this.#region];
    const fail = (reason: string) => oauthError(401, 'invalid_client', `invalid jwt: ${reason}`);
    if (!bearer) return fail('verify jwt empty error');
    let kid: unknown;
    try {
      kid = decodeProtectedHeader(bearer).kid;
    } catch {
      return fail('malformed');
    }
    if (kid !== app.kid) return fail('kid not been registred'); // sic: the real message's spelling
    let jti: unknown;
    try {
      const key = await importSPKI(app.publicKeyPem, 'RS256');
      const { payload } = await jwtVerify(bearer, key, {
        algorithms: ['RS256'],
        issuer: app.appId,
        audience: `api.coze.${this.#region}`,
      });
      jti = payload.jti;
    } catch (error) {
      return fail((error as { code?: string }).code ?? 'verify failed');
    }
    if (typeof jti !== 'string' || jti === '') return fail('jti is required');
    if (this.#usedJti.has(jti)) return fail('jti has been used');
    const duration = body['duration_seconds'] ?? 900;
    if (typeof duration !== 'number' || duration < 1 || duration > 86_399) return oauthError(400, 'invalid_request', 'invalid request: duration_seconds');
    this.#usedJti.add(jti);
    const accessToken = `czs_${randomAlnum(64)}`;
    this.#register(accessToken, {
      region: this.#region,
      state: 'valid',
      workspaces: [{ type: 'team', role: 'admin' }],
    });
    return json(200, { access_token: accessToken, expires_in: Math.floor(Date.now() / 1000) + duration });
  }
}
