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

export * from '~/probes/types';
export type * from '~/probes/results';
export { ProbeCancelledError, isProbeCancelled } from '~/probes/errors';

// Input handling: nothing is sent for an input these refuse.
export {
  normalizeToken,
  normalizeClientId,
  MAX_TOKEN_LENGTH,
  type NormalizedToken,
} from '~/probes/normalize-token';
export { detectKind, fingerprintOf } from '~/probes/token-shape';
export { resolveBaseUrl, audienceFor } from '~/probes/base-url';

// Reading answers: one classifier for live responses and for responses pasted back by the visitor.
export { classify, type Classification, type ResponseFacts } from '~/probes/classify';
export { classifyPasted, type PastedClassification } from '~/probes/classify-pasted';

// Showing what will be sent, and the same request as a command to run elsewhere.
export { describeRequests, type DescribeInput, type DescribeResult } from '~/probes/plan';
export type { PlannedRequest } from '~/probes/planned-request';
export { toCurl, toPowerShell } from '~/probes/commands';

// Probes.
export { checkToken } from '~/probes/check-token';
export { refreshToken } from '~/probes/refresh-token';
export { exchangeJwt } from '~/probes/jwt-exchange';
export {
  inspectJwt,
  type JwtFinding,
  type JwtFindingCode,
  type JwtInspection,
} from '~/probes/jwt-inspect';
export { signJwt, isJwtSignError } from '~/probes/jwt-sign';
export { lookupError, type LookupResult, type LookupMatch } from '~/probes/lookup-error';

// Explaining verdicts.
export { explainVerdict, VERDICT_STEPS } from '~/probes/verdict-steps';
export { verdictCopy, problemCopy, noteCopy, VERDICT_COPY } from '~/probes/verdict-copy';
export type { CopyTable } from '~/probes/verdict-copy-table';

// The wizard seam.
export { runWizardCheck } from '~/probes/wizard-checks';

// The OAuth playground: PKCE, the code exchange and the device code flow.
export {
  randomVerifier,
  randomState,
  s256Challenge,
  isValidVerifier,
  authorizeUrl,
  redirectUriFor,
} from '~/probes/pkce';
export {
  exchangeCode,
  describeCodeExchange,
  REFRESH_TOKEN_DAYS,
  type CodeExchangeInput,
  type OAuthTokensResult,
} from '~/probes/oauth-exchange';
export {
  requestDeviceCode,
  pollDeviceToken,
  describeDeviceCode,
  slowedInterval,
  type DeviceCodeInput,
  type DeviceCodeResult,
  type DevicePoll,
  type DevicePollInput,
} from '~/probes/device-flow';
