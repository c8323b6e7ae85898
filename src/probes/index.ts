/**
 * Live checks for Coze (扣子) API authentication: pure TypeScript, no DOM, the same in Node and the
 * browser. The tool pages and the wizard island import from here only.
 *
 * Guarantees every function keeps:
 * - A token goes only to the host the visitor picked (`auto` = both Coze hosts, which the visitor chose);
 *   a base URL can only come from the visitor typing it, never from a link.
 * - No result, evidence, note or error message contains the token (only its fingerprint). The one
 *   exception is a *new* token a refresh or JWT exchange returns, which the visitor asked for.
 * - Every probe resolves to a verdict from the contract vocabulary, except cancellation: when the
 *   caller's AbortSignal fires, the promise rejects with `ProbeCancelledError` (`isProbeCancelled`).
 * - Requests carry only `Authorization` (and `Content-Type` on POST); GETs are retried at most once on
 *   a network error or 5xx, never on 4xx; POSTs are never retried (refresh tokens and JWTs are single-use).
 */

export * from './types';
export type * from './results';
export { ProbeCancelledError, isProbeCancelled } from './errors';

// Input handling: nothing is sent for an input these refuse.
export {
  normalizeToken,
  normalizeClientId,
  MAX_TOKEN_LENGTH,
  type NormalizedToken,
  type NormalizedClientId,
} from './normalize-token';
export { detectKind, isAccessTokenKind, fingerprintOf } from './token-shape';
export { resolveBaseUrl, audienceFor, COZE_BASE_URLS, type ResolvedBaseUrl } from './base-url';

// Reading answers: one classifier for live responses and for responses pasted back by the visitor.
export { classify, type RawResponse, type Classification, type ResponseFacts } from './classify';
export { classifyPasted, type PastedClassification } from './classify-pasted';

// Showing what will be sent, and the same request as a command to run elsewhere.
export { describeRequests, type DescribeInput, type DescribeResult } from './plan';
export type { PlannedRequest } from './planned-request';
export { toCurl, toPowerShell, type CommandOptions } from './commands';
export { PLACEHOLDERS } from './wire';

// Probes.
export { checkToken } from './check-token';
export { refreshToken } from './refresh-token';
export { exchangeJwt } from './jwt-exchange';
export {
  inspectJwt,
  type JwtFinding,
  type JwtFindingCode,
  type JwtInspection,
  type InspectOptions,
} from './jwt-inspect';
export { signJwt, JwtSignError, isJwtSignError, type SignJwtInput } from './jwt-sign';
export { lookupError, type LookupResult, type LookupMatch } from './lookup-error';

// Explaining verdicts.
export { explainVerdict, explainHref, VERDICT_STEPS } from './verdict-steps';
export { verdictCopy, problemCopy, noteCopy, VERDICT_COPY } from './verdict-copy';
export type { CopyEntry, CopyTable } from './verdict-copy-table';

// The wizard seam.
export { runWizardCheck } from './wizard-checks';

// The OAuth playground: PKCE, the code exchange and the device code flow.
export {
  randomVerifier,
  randomState,
  s256Challenge,
  isValidVerifier,
  authorizeUrl,
  authorizeBaseFor,
  redirectUriFor,
  base64Url,
} from './pkce';
export {
  exchangeCode,
  describeCodeExchange,
  REFRESH_TOKEN_DAYS,
  type CodeExchangeInput,
  type OAuthHost,
  type OAuthTokensResult,
} from './oauth-exchange';
export {
  requestDeviceCode,
  pollDeviceToken,
  describeDeviceCode,
  slowedInterval,
  DEVICE_DEFAULTS,
  type DeviceCodeInput,
  type DeviceCodeResult,
  type DevicePoll,
  type DevicePollInput,
} from './device-flow';
