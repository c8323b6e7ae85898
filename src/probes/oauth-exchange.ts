/**
 * The PKCE code exchange (`grant_type: authorization_code` + `code_verifier`, no Authorization
 * header) and the token set every playground grant returns. Sent once, never retried: a code is
 * single-use, like a refresh token.
 */
import { resolveBaseUrl } from '~/probes/base-url';
import { throwIfCancelled } from '~/probes/errors';
import { normalizeClientId } from '~/probes/normalize-token';
import { observe, type Observation } from '~/probes/observe';
import { codeExchangeRequest } from '~/probes/oauth-requests';
import { isValidVerifier } from '~/probes/pkce';
import type { PlannedRequest } from '~/probes/planned-request';
import type { ProbeOptions, TokenEndpointResult } from '~/probes/results';
import { readTokenResponse } from '~/probes/token-response';
import { fingerprintOf } from '~/probes/token-shape';
import type { InputProblem } from '~/probes/types';
import { explainVerdict } from '~/probes/verdict-steps';

/** Refresh tokens last 30 days (facts §2); the API does not say when, so this is counted from issue. */
export const REFRESH_TOKEN_DAYS = 30;

export interface OAuthHost {
  readonly host: 'cn' | 'com' | 'custom';
  /** Required for `custom`; typed by the visitor, never taken from a link. */
  readonly baseUrl?: string;
}

export interface CodeExchangeInput extends OAuthHost {
  readonly clientId: string;
  readonly redirectUri: string;
  readonly code: string;
  readonly codeVerifier: string;
}

/** A token-endpoint answer with the refresh token the visitor asked for (memory only). */
export interface OAuthTokensResult extends TokenEndpointResult {
  readonly refreshToken: string | null;
  readonly refreshTokenFingerprint: string | null;
  /** Issue time + 30 days, per the docs; the API itself does not return it. */
  readonly refreshExpiresAt: Date | null;
  /** OAuth `error_code` / `error` of a refusal, for the playground's cause (null on success). */
  readonly errorCode: string | null;
  readonly errorMessage: string | null;
}

export type DescribedExchange = { readonly ok: true; readonly request: PlannedRequest } | { readonly ok: false; readonly problem: InputProblem };

/** The exact exchange request, shown before the visitor clicks (code and verifier as fingerprints). */
export function describeCodeExchange(input: CodeExchangeInput, options: ProbeOptions = {}): DescribedExchange {
  const target = resolveBaseUrl(input.host, input.baseUrl, options.hostBaseUrls);
  if (!target.ok) return target;
  const id = normalizeClientId(input.clientId);
  if (!id.ok) return id;
  // Both come from the address bar and this tab's storage, not from typing: a bad one means tampering.
  const code = input.code.trim();
  if (code === '') return { ok: false, problem: { field: 'token', code: 'empty' } };
  if (!/^[\x21-\x7e]+$/.test(code) || !isValidVerifier(input.codeVerifier)) return { ok: false, problem: { field: 'token', code: 'non-ascii' } };
  const request = codeExchangeRequest(target, {
    clientId: id.clientId,
    redirectUri: input.redirectUri,
    code: { value: code, fingerprint: fingerprintOf(code) },
    verifier: { value: input.codeVerifier, fingerprint: fingerprintOf(input.codeVerifier, 'unknown') },
  });
  return { ok: true, request };
}

/** Reads a token-endpoint observation into the playground's token set. */
export function tokensFrom(observation: Observation, now: Date = new Date()): OAuthTokensResult {
  const token = observation.verdict === 'valid' ? readTokenResponse(observation) : null;
  const facts = observation.classification?.facts;
  const refreshToken = token?.refreshToken ?? null;
  return {
    verdict: observation.verdict,
    accessToken: token?.accessToken ?? null,
    accessTokenFingerprint: token?.accessTokenFingerprint ?? null,
    expiresAt: token?.expiresAt ?? null,
    region: observation.request.region,
    evidence: [observation.evidence],
    step: explainVerdict(observation.verdict),
    notes: [...(observation.classification?.notes ?? [])],
    problem: null,
    uncertain: observation.classification?.uncertain ?? false,
    refreshToken,
    refreshTokenFingerprint: refreshToken === null ? null : fingerprintOf(refreshToken),
    refreshExpiresAt: refreshToken === null ? null : new Date(now.getTime() + REFRESH_TOKEN_DAYS * 86_400_000),
    errorCode: observation.evidence.errorCode ?? facts?.errorCode ?? null,
    errorMessage: observation.evidence.errorMessage ?? null,
  };
}

/** A result for input refused before anything was sent. */
export function refusedTokens(problem: InputProblem): OAuthTokensResult {
  return {
    verdict: 'malformed',
    accessToken: null,
    accessTokenFingerprint: null,
    expiresAt: null,
    region: null,
    evidence: [],
    step: explainVerdict('malformed'),
    notes: [],
    problem,
    uncertain: false,
    refreshToken: null,
    refreshTokenFingerprint: null,
    refreshExpiresAt: null,
    errorCode: null,
    errorMessage: null,
  };
}

/** Sends the exchange once. Resolves with a verdict for every outcome; rejects only with `ProbeCancelledError`. */
export async function exchangeCode(input: CodeExchangeInput, signal: AbortSignal, options: ProbeOptions = {}): Promise<OAuthTokensResult> {
  throwIfCancelled(signal);
  const described = describeCodeExchange(input, options);
  if (!described.ok) return refusedTokens(described.problem);
  return tokensFrom(await observe(described.request, signal, options));
}
