/**
 * The device code flow (facts §3): `POST device/code` → `{device_code, user_code, verification_uri,
 * expires_in (a duration here), interval}`, then one poll of the token endpoint at a time. The
 * caller owns the timing (the playground machine), so each function sends exactly one request.
 */
import { resolveBaseUrl } from '~/probes/base-url';
import { throwIfCancelled } from '~/probes/errors';
import { normalizeClientId } from '~/probes/normalize-token';
import { observe } from '~/probes/observe';
import { refusedTokens, tokensFrom, type OAuthHost, type OAuthTokensResult } from '~/probes/oauth-exchange';
import { deviceCodeRequest, deviceTokenRequest } from '~/probes/oauth-requests';
import type { PlannedRequest } from '~/probes/planned-request';
import type { ProbeOptions } from '~/probes/results';
import { fingerprintOf } from '~/probes/token-shape';
import type { Evidence, ExplainRef, InputProblem, Verdict } from '~/probes/types';
import { explainVerdict } from '~/probes/verdict-steps';

/** Defaults from the docs: codes live 300 s, polls at least 5 s apart. */
const DEVICE_DEFAULTS = { expiresInSeconds: 300, intervalSeconds: 5 } as const;
/**
 * `slow_down` adds 5 s to this and every later poll (RFC 8628 §3.5; coze-js and coze-py add 5 s too,
 * but stop at 30 s, which would keep polling too fast for a server that keeps saying slow_down).
 */
const SLOW_DOWN_STEP_SECONDS = 5;

export interface DeviceCodeInput extends OAuthHost {
  readonly clientId: string;
}

export interface DeviceCodeResult {
  readonly verdict: Verdict;
  /** The device code: a secret for polling, kept in memory only; null unless valid. */
  readonly deviceCode: string | null;
  readonly userCode: string | null;
  readonly verificationUri: string | null;
  /** `verification_uri?user_code=…`, as coze-go and coze-py build it. */
  readonly verificationUrl: string | null;
  readonly expiresAt: Date | null;
  readonly intervalSeconds: number;
  readonly evidence: readonly Evidence[];
  readonly step: ExplainRef | null;
  readonly problem: InputProblem | null;
  readonly uncertain: boolean;
  readonly errorCode: string | null;
  readonly errorMessage: string | null;
}

export type DevicePoll =
  | { readonly status: 'pending' }
  | { readonly status: 'slow-down' }
  | { readonly status: 'done'; readonly result: OAuthTokensResult }
  | { readonly status: 'failed'; readonly result: OAuthTokensResult };

const text = (value: unknown) => (typeof value === 'string' && value !== '' ? value : typeof value === 'number' ? String(value) : null);
const seconds = (value: unknown, fallback: number) => (typeof value === 'number' && Number.isFinite(value) && value > 0 ? value : fallback);

/** Only an http(s) verification page may become a link on the page. */
function safeHttpUrl(value: string | null): string | null {
  if (value === null) return null;
  try {
    const url = new URL(value);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : null;
  } catch {
    return null;
  }
}

export function describeDeviceCode(
  input: DeviceCodeInput,
  options: ProbeOptions = {},
): { ok: true; request: PlannedRequest } | { ok: false; problem: InputProblem } {
  const target = resolveBaseUrl(input.host, input.baseUrl, options.hostBaseUrls);
  if (!target.ok) return target;
  const id = normalizeClientId(input.clientId);
  if (!id.ok) return id;
  return { ok: true, request: deviceCodeRequest(target, id.clientId) };
}

/** Asks for a device code. Resolves with a verdict for every outcome; rejects only with `ProbeCancelledError`. */
export async function requestDeviceCode(
  input: DeviceCodeInput,
  signal: AbortSignal,
  options: ProbeOptions = {},
  now: () => number = Date.now,
): Promise<DeviceCodeResult> {
  throwIfCancelled(signal);
  const empty = {
    deviceCode: null,
    userCode: null,
    verificationUri: null,
    verificationUrl: null,
    expiresAt: null,
    intervalSeconds: DEVICE_DEFAULTS.intervalSeconds,
  };
  const described = describeDeviceCode(input, options);
  if (!described.ok)
    return {
      ...empty,
      verdict: 'malformed',
      evidence: [],
      step: explainVerdict('malformed'),
      problem: described.problem,
      uncertain: false,
      errorCode: null,
      errorMessage: null,
    };
  const observation = await observe(described.request, signal, options);
  const body = observation.classification?.body;
  // The answer has no access_token, so the classifier cannot call it valid: read the documented fields.
  const json = body?.shape === 'other-json' && typeof body.json === 'object' && body.json !== null ? (body.json as Record<string, unknown>) : null;
  const deviceCode = text(json?.['device_code']);
  const userCode = text(json?.['user_code']);
  const verificationUri = safeHttpUrl(text(json?.['verification_uri']));
  const ok =
    observation.evidence.httpStatus !== null && observation.evidence.httpStatus < 300 && deviceCode !== null && userCode !== null && verificationUri !== null;
  const verdict: Verdict = ok ? 'valid' : observation.verdict === 'valid' ? 'unexpected-response' : observation.verdict;
  const evidence: Evidence = { ...observation.evidence, verdict };
  if (!ok)
    return {
      ...empty,
      verdict,
      evidence: [evidence],
      step: explainVerdict(verdict),
      problem: null,
      uncertain: observation.classification?.uncertain ?? false,
      errorCode: evidence.errorCode,
      errorMessage: evidence.errorMessage,
    };
  const url = new URL(verificationUri);
  url.searchParams.set('user_code', userCode);
  // At least 1 s: a server saying 0 must not turn the page into a tight loop.
  const interval = Math.max(1, Math.round(seconds(json?.['interval'], DEVICE_DEFAULTS.intervalSeconds)));
  return {
    verdict,
    deviceCode,
    userCode,
    verificationUri,
    verificationUrl: url.href,
    expiresAt: new Date(now() + seconds(json?.['expires_in'], DEVICE_DEFAULTS.expiresInSeconds) * 1000),
    intervalSeconds: interval,
    evidence: [evidence],
    step: null,
    problem: null,
    uncertain: false,
    errorCode: null,
    errorMessage: null,
  };
}

export interface DevicePollInput extends DeviceCodeInput {
  readonly deviceCode: string;
}

/** One poll. `authorization_pending` and `slow_down` mean "ask again later"; anything else ends the flow. */
export async function pollDeviceToken(input: DevicePollInput, signal: AbortSignal, options: ProbeOptions = {}): Promise<DevicePoll> {
  throwIfCancelled(signal);
  const target = resolveBaseUrl(input.host, input.baseUrl, options.hostBaseUrls);
  const id = normalizeClientId(input.clientId);
  if (!target.ok) return { status: 'failed', result: refusedTokens(target.problem) };
  if (!id.ok) return { status: 'failed', result: refusedTokens(id.problem) };
  const request = deviceTokenRequest(target, id.clientId, { value: input.deviceCode, fingerprint: fingerprintOf(input.deviceCode, 'unknown') });
  const observation = await observe(request, signal, options);
  const errorCode = observation.evidence.errorCode;
  if (errorCode === 'authorization_pending') return { status: 'pending' };
  if (errorCode === 'slow_down') return { status: 'slow-down' };
  const result = tokensFrom(observation);
  return result.verdict === 'valid' && result.accessToken ? { status: 'done', result } : { status: 'failed', result };
}

/** The next interval after `slow_down`. */
export function slowedInterval(current: number): number {
  return current + SLOW_DOWN_STEP_SECONDS;
}
