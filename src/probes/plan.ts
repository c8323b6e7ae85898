/**
 * Building the requests the probes send, once: the preview, the curl / PowerShell commands and the
 * live call all come from the same PlannedRequest, so "what you see is what is sent" holds by construction.
 */
import { resolveBaseUrl } from '~/probes/base-url';
import { normalizeClientId, normalizeToken } from '~/probes/normalize-token';
import type { PlannedRequest } from '~/probes/planned-request';
import { identityRequest, jwtExchangeRequest, refreshRequest, workspacesRequest, type Target } from '~/probes/requests';
import type { JwtExchangeInput, ProbeOptions, RefreshInput, TokenCheckInput } from '~/probes/results';
import type { CheckNote, HostChoice, InputProblem, TokenKind } from '~/probes/types';

export type DescribeInput =
  | ({ readonly probe: 'token-check' } & TokenCheckInput)
  | ({ readonly probe: 'refresh' } & RefreshInput)
  | ({ readonly probe: 'jwt-exchange' } & JwtExchangeInput);

export type DescribeResult =
  | {
      readonly ok: true;
      readonly kind: TokenKind;
      readonly fingerprint: string;
      readonly requests: readonly PlannedRequest[];
    }
  | { readonly ok: false; readonly problem: InputProblem };

/**
 * Which hosts a token check asks, and which region counts as "the right one". The visitor's app host
 * (`cn` / `com`) turns a single Coze host into both, because only asking the other host can tell
 * "this token belongs to the other region" from "this token is invalid". `custom` stays one host.
 */
function regionPlan(input: TokenCheckInput): { host: HostChoice; expectRegion?: 'cn' | 'com' } {
  if (input.host === 'custom') return { host: 'custom' };
  const app = input.appHost === 'cn' || input.appHost === 'com' ? input.appHost : undefined;
  if (app) return { host: 'auto', expectRegion: app };
  if (input.host === 'auto' && input.expectRegion) return { host: 'auto', expectRegion: input.expectRegion };
  return { host: input.host };
}

/** Everything a token check will do, decided before anything is sent. */
export type TokenCheckPlan =
  | {
      readonly ok: true;
      readonly token: string;
      readonly kind: TokenKind;
      readonly fingerprint: string;
      readonly notes: readonly CheckNote[];
      /** True when both Coze hosts are asked (`auto`, or a Coze app host). */
      readonly bothHosts: boolean;
      readonly expectRegion: 'cn' | 'com' | undefined;
      /** One identity request per host, sent together. */
      readonly identity: readonly PlannedRequest[];
      /** One workspaces request per host; only the one for the host that accepted the token is sent. */
      readonly workspaces: readonly PlannedRequest[];
    }
  | {
      readonly ok: false;
      readonly problem: InputProblem;
      readonly kind: TokenKind | null;
      readonly fingerprint: string | null;
      readonly notes: readonly CheckNote[];
    };

/** The one plan behind both the preview and `checkToken`: what is shown is what is sent. */
export function planTokenCheck(input: TokenCheckInput, options: ProbeOptions = {}): TokenCheckPlan {
  const n = normalizeToken(input.token, 'access-token');
  if (!n.ok) return { ok: false, problem: n.problem, kind: n.kind, fingerprint: n.fingerprint, notes: n.notes };
  const region = regionPlan(input);
  const targets = targetsFor({ host: region.host, baseUrl: input.baseUrl }, options);
  if (!Array.isArray(targets)) return { ok: false, problem: targets, kind: n.kind, fingerprint: n.fingerprint, notes: n.notes };
  const token = { value: n.token, fingerprint: n.fingerprint };
  return {
    ok: true,
    token: n.token,
    kind: n.kind,
    fingerprint: n.fingerprint,
    notes: n.notes,
    bothHosts: targets.length > 1,
    expectRegion: region.expectRegion,
    identity: targets.map((t) => identityRequest(t, token)),
    workspaces: targets.map((t) => workspacesRequest(t, token)),
  };
}

/** Targets for a host choice: both Coze hosts for `auto`, else one. */
function targetsFor(input: { host: TokenCheckInput['host']; baseUrl?: string | undefined }, options: ProbeOptions): Target[] | InputProblem {
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
  if (input.probe === 'token-check') {
    const plan = planTokenCheck(input, options);
    if (!plan.ok) return { ok: false, problem: plan.problem };
    return { ok: true, kind: plan.kind, fingerprint: plan.fingerprint, requests: [...plan.identity, ...plan.workspaces] };
  }
  const targets = targetsFor(input, options);
  if (!Array.isArray(targets)) return { ok: false, problem: targets };
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
    requests: [jwtExchangeRequest(target, { value: n.token, fingerprint: n.fingerprint }, input.durationSeconds, input.scope)],
  };
}
