/**
 * Every playground failure as a diagnosis: the verdict comes from THE classifier (probes/classify.ts,
 * also for errors that arrive in the redirect's query string), the cause says which OAuth mistake it
 * is, and the step says where the site explains the fix: every cause has a wizard step of its own
 * (the token-invalid `oauth-*` outcomes cover the user-flow failures).
 */
import { classify, explainVerdict, type Evidence, type ExplainRef, type RefreshResult, type Verdict } from '~/probes';
import { refreshExplain } from '~/islands/tools/refresh/explain';

export type Flow = 'pkce' | 'device' | 'web';

export const CAUSES = [
  'redirect-mismatch',
  'client-unknown',
  'wrong-app-type',
  'app-deactivated',
  'state-mismatch',
  'session-lost',
  'code-spent',
  'verifier-mismatch',
  'access-denied',
  'device-expired',
  'refresh-failed',
  'cors-blocked',
  'unreachable',
  'other',
] as const;
export type Cause = (typeof CAUSES)[number];

export interface Diagnosis {
  readonly verdict: Verdict;
  readonly cause: Cause;
  /** The wizard step (or guide section) to go to; null only for `valid`. */
  readonly step: ExplainRef | null;
  /** More places worth a look, e.g. the other-region step next to "unknown client". */
  readonly also: readonly ExplainRef[];
  readonly uncertain: boolean;
  readonly evidence: readonly Evidence[];
  readonly errorCode: string | null;
  readonly errorMessage: string | null;
}

const wizard = (w: 'expired-refresh' | 'choose-auth' | 'token-invalid', step: string): ExplainRef => ({ wizard: w, step });

/** Cause → where it is explained, and why that place when it is only the closest one. */
export function stepsFor(cause: Cause, verdict: Verdict, flow: Flow): Pick<Diagnosis, 'step' | 'also'> {
  switch (cause) {
    case 'redirect-mismatch':
      return { step: wizard('expired-refresh', 'redirect-uri-mismatch'), also: [] };
    case 'client-unknown':
      // Unknown here is also what an app from the other site looks like; the outcome says both.
      return { step: wizard('token-invalid', 'oauth-client-unknown'), also: [wizard('expired-refresh', 'oauth-wrong-region')] };
    case 'wrong-app-type':
      // choose-auth's outcome says which client type each flow needs.
      return { step: wizard('token-invalid', 'oauth-app-type'), also: [wizard('choose-auth', flow === 'device' ? 'use-oauth-device' : 'use-oauth-pkce')] };
    case 'app-deactivated':
      return { step: wizard('expired-refresh', 'app-deactivated'), also: [] };
    case 'state-mismatch':
      return { step: wizard('token-invalid', 'oauth-state-mismatch'), also: [] };
    case 'session-lost':
      return { step: wizard('token-invalid', 'oauth-session-lost'), also: [] };
    case 'verifier-mismatch':
      return { step: wizard('token-invalid', 'oauth-invalid-request'), also: [{ guide: 'guides/oauth#pkce' }] };
    case 'code-spent':
      return { step: wizard('token-invalid', 'oauth-code-spent'), also: [] };
    case 'access-denied':
      // The device flow's refusal arrives while polling and has its own step; PKCE's on the redirect.
      return flow === 'device'
        ? { step: wizard('token-invalid', 'device-access-denied'), also: [] }
        : { step: wizard('token-invalid', 'oauth-consent-declined'), also: [{ guide: 'guides/enterprise-permissions' }] };
    case 'device-expired':
      return { step: wizard('token-invalid', 'device-code-expired'), also: [] };
    default:
      return { step: explainVerdict(verdict), also: [] };
  }
}

function causeOf(verdict: Verdict, errorCode: string | null, message: string | null): Cause {
  if (verdict === 'cors-blocked') return 'cors-blocked';
  if (verdict === 'network-error' || verdict === 'timeout') return 'unreachable';
  const text = message ?? '';
  switch (errorCode) {
    case 'invalid_client':
      return 'client-unknown';
    case 'unauthorized_client':
      return 'wrong-app-type';
    case 'access_deny':
      return /app type/i.test(text) ? 'wrong-app-type' : 'app-deactivated';
    case 'access_denied':
      return 'access-denied';
    case 'expired_token':
      return 'device-expired';
    case 'invalid_grant':
      return 'code-spent';
    case 'invalid_request':
      if (/redirect_uri/i.test(text)) return 'redirect-mismatch';
      if (/code_verifier|code_challenge/i.test(text)) return 'verifier-mismatch';
      if (/\bcode\b|device_code/i.test(text)) return 'code-spent';
      return 'other';
    default:
      return 'other';
  }
}

interface Answer {
  readonly verdict: Verdict;
  readonly uncertain: boolean;
  readonly evidence: readonly Evidence[];
  readonly errorCode: string | null;
  readonly errorMessage: string | null;
}

/** A failed exchange, device-code request or device poll. */
export function diagnoseAnswer(answer: Answer, flow: Flow): Diagnosis {
  const cause = causeOf(answer.verdict, answer.errorCode, answer.errorMessage);
  return { ...answer, cause, ...stepsFor(cause, answer.verdict, flow) };
}

/**
 * `?error=…&error_description=…` on the way back from the authorize page. The same classifier reads
 * it, as a bare OAuth error body (no HTTP status); the shape of these redirects is not documented.
 */
export function diagnoseRedirectError(error: string, description: string | null, flow: Flow): Diagnosis {
  const c = classify({ status: null, body: JSON.stringify({ error, ...(description ? { error_description: description } : {}) }) });
  return diagnoseAnswer({ verdict: c.verdict, uncertain: true, evidence: [], errorCode: c.facts.errorCode, errorMessage: c.facts.errorMessage }, flow);
}

/** The device code ran out on our own clock before the server said `expired_token`. */
export function diagnoseDeviceTimeout(): Diagnosis {
  return diagnoseRedirectError('expired_token', null, 'device');
}

/**
 * The `state` that came back is not the one this tab sent (`state-mismatch`: a possible CSRF, the
 * code is not used), or this tab has no record of sending one (`session-lost`: another tab or a
 * cleared session). Nothing was sent, so the verdict is the contract's word for "not a Coze answer".
 */
export function diagnoseState(cause: 'state-mismatch' | 'session-lost'): Diagnosis {
  return {
    verdict: 'unexpected-response',
    cause,
    ...stepsFor(cause, 'unexpected-response', 'pkce'),
    uncertain: false,
    evidence: [],
    errorCode: null,
    errorMessage: null,
  };
}

/** A refresh that failed: the refresh test's own step choice (expired-refresh wizard). */
export function diagnoseRefresh(result: RefreshResult): Diagnosis {
  const errorCode = result.evidence[0]?.errorCode ?? null;
  const base = diagnoseAnswer(
    { verdict: result.verdict, uncertain: result.uncertain, evidence: result.evidence, errorCode, errorMessage: result.evidence[0]?.errorMessage ?? null },
    'pkce',
  );
  if (base.cause === 'cors-blocked' || base.cause === 'unreachable') return base;
  return { ...base, cause: 'refresh-failed', step: refreshExplain(result.verdict, errorCode), also: [] };
}
