/**
 * The four requests the probes can send, each built once as a {@link PlannedRequest} (what the
 * visitor sees) with its wire (what is sent) attached. Paths are relative to the base URL.
 */
import type { ResolvedBaseUrl } from '~/probes/base-url';
import type { PlannedRequest } from '~/probes/planned-request';
import type { RequestPurpose } from '~/probes/types';
import { attachWire, PLACEHOLDERS, type Rendering, type SecretSlot } from '~/probes/wire';

export type Target = Extract<ResolvedBaseUrl, { ok: true }>;
/** A secret and how to show it. */
export interface SecretValue {
  readonly value: string;
  readonly fingerprint: string;
}
type Secrets = Partial<Record<SecretSlot, SecretValue>>;
type Render = (value: (slot: SecretSlot) => string) => Rendering;

export const TOKEN_PATH = 'api/permission/oauth2/token';
const JWT_GRANT = 'urn:ietf:params:oauth:grant-type:jwt-bearer';
const MAX_JWT_DURATION = 86_399;

function plan(
  purpose: RequestPurpose,
  target: Target,
  method: 'GET' | 'POST',
  path: string,
  secrets: Secrets,
  render: Render,
  conditional = false,
): PlannedRequest {
  const pick = (key: 'value' | 'fingerprint') => (slot: SecretSlot) => secrets[slot]?.[key] ?? PLACEHOLDERS[slot];
  const shown = render(pick('fingerprint'));
  const request: PlannedRequest = {
    purpose,
    region: target.region,
    method,
    url: new URL(path, target.baseUrl).href,
    headers: shown.headers,
    body: shown.body,
    conditional,
  };
  const real = render(pick('value'));
  const values = Object.values(secrets).map((s) => s.value);
  return attachWire(request, {
    baseUrl: target.baseUrl,
    path,
    real,
    placeholder: render((slot) => PLACEHOLDERS[slot]),
    secrets: values,
  });
}

const bearer =
  (slot: SecretSlot): Render =>
  (v) => ({ headers: { Authorization: `Bearer ${v(slot)}` }, body: null });

export function identityRequest(target: Target, token: SecretValue): PlannedRequest {
  return plan('identity', target, 'GET', 'v1/users/me', { token }, bearer('token'));
}

export function workspacesRequest(target: Target, token: SecretValue, conditional = true): PlannedRequest {
  return plan('workspaces', target, 'GET', 'v1/workspaces?page_num=1&page_size=50', { token }, bearer('token'), conditional);
}

export function refreshRequest(target: Target, clientId: string, refresh: SecretValue, secret?: SecretValue): PlannedRequest {
  return plan('refresh', target, 'POST', TOKEN_PATH, { 'refresh-token': refresh, ...(secret ? { 'client-secret': secret } : {}) }, (v) => ({
    headers: {
      ...(secret ? { Authorization: `Bearer ${v('client-secret')}` } : {}),
      'Content-Type': 'application/json',
    },
    body: JSON.stringify({ grant_type: 'refresh_token', client_id: clientId, refresh_token: v('refresh-token') }),
  }));
}

export function jwtExchangeRequest(target: Target, jwt: SecretValue, durationSeconds?: number, scope?: unknown): PlannedRequest {
  const duration = durationSeconds === undefined ? {} : { duration_seconds: Math.min(Math.max(1, Math.floor(durationSeconds)), MAX_JWT_DURATION) };
  return plan('jwt-exchange', target, 'POST', TOKEN_PATH, { jwt }, (v) => ({
    headers: { Authorization: `Bearer ${v('jwt')}`, 'Content-Type': 'application/json' },
    body: JSON.stringify({ grant_type: JWT_GRANT, ...duration, ...(scope === undefined ? {} : { scope }) }),
  }));
}
