/**
 * The playground's three token-endpoint requests, built like requests.ts builds the others: a
 * PlannedRequest that shows fingerprints only, with the real body attached as its wire. None carries
 * an Authorization header: PKCE and device apps have no client secret (facts §3).
 */
import type { PlannedRequest } from '~/probes/planned-request';
import { TOKEN_PATH, type SecretValue, type Target } from '~/probes/requests';
import type { RequestPurpose } from '~/probes/types';
import { attachWire } from '~/probes/wire';

const DEVICE_CODE_PATH = 'api/permission/oauth2/device/code';
const DEVICE_GRANT = 'urn:ietf:params:oauth:grant-type:device_code';

/** What a copied command shows instead of each secret. */
const OAUTH_PLACEHOLDERS = {
  code: '<YOUR_CODE>',
  verifier: '<YOUR_CODE_VERIFIER>',
  deviceCode: '<YOUR_DEVICE_CODE>',
} as const;
type Slot = keyof typeof OAUTH_PLACEHOLDERS;

function postJson(
  purpose: RequestPurpose,
  target: Target,
  path: string,
  secrets: Partial<Record<Slot, SecretValue>>,
  body: (value: (slot: Slot) => string) => Record<string, string>,
): PlannedRequest {
  const render = (value: (slot: Slot) => string) => ({
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(body(value)),
  });
  const pick = (key: 'value' | 'fingerprint') => (slot: Slot) => secrets[slot]?.[key] ?? OAUTH_PLACEHOLDERS[slot];
  const shown = render(pick('fingerprint'));
  const request: PlannedRequest = {
    purpose,
    region: target.region,
    method: 'POST',
    url: new URL(path, target.baseUrl).href,
    headers: shown.headers,
    body: shown.body,
    conditional: false,
  };
  return attachWire(request, {
    baseUrl: target.baseUrl,
    path,
    real: render(pick('value')),
    placeholder: render((slot) => OAUTH_PLACEHOLDERS[slot]),
    secrets: Object.values(secrets).map((s) => s.value),
  });
}

export interface CodeExchangeParts {
  readonly clientId: string;
  readonly redirectUri: string;
  readonly code: SecretValue;
  readonly verifier: SecretValue;
}

/** `grant_type: authorization_code` with `code_verifier` (PKCE exchange). */
export function codeExchangeRequest(target: Target, parts: CodeExchangeParts): PlannedRequest {
  return postJson('code-exchange', target, TOKEN_PATH, { code: parts.code, verifier: parts.verifier }, (v) => ({
    grant_type: 'authorization_code',
    client_id: parts.clientId,
    redirect_uri: parts.redirectUri,
    code: v('code'),
    code_verifier: v('verifier'),
  }));
}

/** `POST device/code` with `{client_id}`: nothing secret goes out. */
export function deviceCodeRequest(target: Target, clientId: string): PlannedRequest {
  return postJson('device-code', target, DEVICE_CODE_PATH, {}, () => ({ client_id: clientId }));
}

/** One poll of the token endpoint with the device code. */
export function deviceTokenRequest(target: Target, clientId: string, deviceCode: SecretValue): PlannedRequest {
  return postJson('device-token', target, TOKEN_PATH, { deviceCode }, (v) => ({
    client_id: clientId,
    grant_type: DEVICE_GRANT,
    device_code: v('deviceCode'),
  }));
}
