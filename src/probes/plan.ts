/**
 * Building the requests the probes send, once: the preview, the curl / PowerShell commands and the
 * live call all come from the same PlannedRequest, so "what you see is what is sent" holds by construction.
 */
import { resolveBaseUrl } from './base-url';
import { normalizeClientId, normalizeToken } from './normalize-token';
import { identityRequest, jwtExchangeRequest, refreshRequest, workspacesRequest, type Target } from './requests';
import type { JwtExchangeInput, ProbeOptions, RefreshInput, TokenCheckInput } from './results';
import type { InputProblem, Region, RequestPurpose, TokenKind } from './types';

export type DescribeInput =
  | ({ readonly probe: 'token-check' } & TokenCheckInput)
  | ({ readonly probe: 'refresh' } & RefreshInput)
  | ({ readonly probe: 'jwt-exchange' } & JwtExchangeInput);

/**
 * One request exactly as it will be sent, with every secret replaced by its fingerprint. Safe to
 * render and to JSON.stringify. The real values stay in a module-private WeakMap keyed by this object
 * (wire.ts), so `toCurl(request, { mask: false })` can still print them and the probe sends exactly this.
 */
export interface PlannedRequest {
  readonly purpose: RequestPurpose;
  readonly region: Region;
  readonly method: 'GET' | 'POST';
  /** Absolute URL. */
  readonly url: string;
  /** Header name -> value, secrets shown as fingerprints (`Bearer pat_…a1B2`). */
  readonly headers: Readonly<Record<string, string>>;
  /** JSON body text with secrets as fingerprints; null for GET. */
  readonly body: string | null;
  /** True when the request is only sent if an earlier one succeeds (workspaces after identity). */
  readonly conditional: boolean;
}

export type DescribeResult =
  | {
      readonly ok: true;
      readonly kind: TokenKind;
      readonly fingerprint: string;
      readonly requests: readonly PlannedRequest[];
    }
  | { readonly ok: false; readonly problem: InputProblem };

/** Targets for a host choice: both Coze hosts for `auto`, else one. */
export function targetsFor(
  input: { host: TokenCheckInput['host']; baseUrl?: string | undefined },
  options: ProbeOptions,
): Target[] | InputProblem {
  const hosts = input.host === 'auto' ? (['cn', 'com'] as const) : ([input.host] as const);
  const targets: Target[] = [];
  for (const host of hosts) {
    const resolved = resolveBaseUrl(host, input.baseUrl, options.hostBaseUrls);
    if (!resolved.ok) return resolved.problem;
    targets.push(resolved);
  }
  return targets;
}

/** The exact requests a probe WILL send for `input`, for the preview shown before the visitor clicks. */
export function describeRequests(input: DescribeInput, options: ProbeOptions = {}): DescribeResult {
  const targets = targetsFor(input, options);
  if (!Array.isArray(targets)) return { ok: false, problem: targets };
  if (input.probe === 'token-check') {
    const n = normalizeToken(input.token, 'access-token');
    if (!n.ok) return { ok: false, problem: n.problem };
    const token = { value: n.token, fingerprint: n.fingerprint };
    const requests = [
      ...targets.map((t) => identityRequest(t, token)),
      ...targets.map((t) => workspacesRequest(t, token)),
    ];
    return { ok: true, kind: n.kind, fingerprint: n.fingerprint, requests };
  }
  const target = targets[0] as Target;
  if (input.probe === 'refresh') {
    const id = normalizeClientId(input.clientId);
    if (!id.ok) return { ok: false, problem: id.problem };
    const n = normalizeToken(input.refreshToken, 'refresh-token');
    if (!n.ok) return { ok: false, problem: n.problem };
    const secret = input.clientSecret?.trim() ? normalizeToken(input.clientSecret, 'secret') : null;
    if (secret && !secret.ok) return { ok: false, problem: secret.problem };
    const s = secret?.ok ? { value: secret.token, fingerprint: secret.fingerprint } : undefined;
    return {
      ok: true,
      kind: n.kind,
      fingerprint: n.fingerprint,
      requests: [refreshRequest(target, id.clientId, { value: n.token, fingerprint: n.fingerprint }, s)],
    };
  }
  const n = normalizeToken(input.jwt, 'secret');
  if (!n.ok) return { ok: false, problem: { ...n.problem, field: 'jwt' } };
  if (n.kind !== 'jwt') return { ok: false, problem: { field: 'jwt', code: 'not-a-jwt' } };
  return {
    ok: true,
    kind: n.kind,
    fingerprint: n.fingerprint,
    requests: [
      jwtExchangeRequest(target, { value: n.token, fingerprint: n.fingerprint }, input.durationSeconds, input.scope),
    ],
  };
}
