/**
 * What the token form would send right now, recomputed on every keystroke: the input, the planned
 * requests (the same plan `checkToken` sends) and every reason not to send. Pure, so it is unit-tested.
 */
// Each from its own module, never the `~/probes` barrel: the form hydrates on every wizard page, and
// the barrel would drag ky and the classifiers along (the live check is loaded only on Run).
import type { DescribeResult, HostChoice, InputProblem, NormalizedToken, TokenCheckInput } from '~/probes';
import { resolveBaseUrl } from '~/probes/base-url';
import { normalizeToken } from '~/probes/normalize-token';
import { describeRequests } from '~/probes/plan';
import { connectAllowed } from '~/probes/connect-src';
import { commandPlan, STAND_IN, type CommandPlan } from '~/islands/tools/stand-ins';

export type AppHostChoice = 'cn' | 'com' | 'custom' | 'unknown';
export const APP_HOSTS: readonly AppHostChoice[] = ['cn', 'com', 'custom', 'unknown'];

export interface FormValues {
  readonly token: string;
  readonly host: HostChoice;
  readonly baseUrl: string;
  readonly appHost: AppHostChoice;
}

/** The page's own Content-Security-Policy and origin; null outside a browser (no policy to obey). */
export interface PagePolicy {
  readonly policy: string | null;
  readonly origin: string;
}

export interface TokenDraft {
  readonly input: TokenCheckInput;
  readonly normalized: NormalizedToken;
  readonly described: DescribeResult;
  readonly plan: CommandPlan;
  /** A base URL that cannot be used (checked apart from the token, so each field gets its own message). */
  readonly baseUrlProblem: InputProblem | null;
  readonly baseUrlTyped: boolean;
  /** The origin of a custom host the page's CSP would block; nothing may be sent then. */
  readonly blockedOrigin: string | null;
  /** True when the run would ask both Coze hosts (said before sending). */
  readonly bothHosts: boolean;
}

function inputOf(values: FormValues): TokenCheckInput {
  const { token, host, baseUrl, appHost } = values;
  return { token, host, ...(host === 'custom' ? { baseUrl } : {}), ...(appHost === 'unknown' ? {} : { appHost }) };
}

export function draftOf(values: FormValues, page: PagePolicy | null): TokenDraft {
  const input = inputOf(values);
  const described = describeRequests({ probe: 'token-check', ...input });
  const plan = commandPlan(described, () => describeRequests({ probe: 'token-check', ...input, token: STAND_IN.token }));
  const base = values.host === 'custom' ? resolveBaseUrl('custom', values.baseUrl) : null;
  const blocked = base?.ok && page && !connectAllowed(page.policy, base.baseUrl, page.origin) ? base.origin : null;
  return {
    input,
    normalized: normalizeToken(values.token),
    described,
    plan,
    baseUrlProblem: base && !base.ok ? base.problem : null,
    baseUrlTyped: values.baseUrl.trim() !== '',
    blockedOrigin: blocked,
    bothHosts: values.host === 'auto' || (values.host !== 'custom' && (values.appHost === 'cn' || values.appHost === 'com')),
  };
}

/** Why the form must not send, or null when it may. A malformed token is sent to the probe: its verdict is the answer. */
export type Refusal = 'empty' | 'base-url' | 'csp';

export function refusalOf(draft: TokenDraft): Refusal | null {
  if (!draft.normalized.ok && draft.normalized.problem.code === 'empty') return 'empty';
  if (draft.baseUrlProblem) return 'base-url';
  if (draft.blockedOrigin) return 'csp';
  return null;
}

/** Reads the page's CSP `<meta>` (Astro emits one per page); null outside a browser. */
export function pagePolicy(): PagePolicy | null {
  if (typeof document === 'undefined') return null;
  const meta = document.querySelector('meta[http-equiv="content-security-policy" i]');
  return { policy: meta?.getAttribute('content') ?? null, origin: location.origin };
}
