/**
 * Where each verdict is explained. Wizard step ids are part of the public contract (stable forever),
 * so the token-invalid wizard must keep a step for every id listed here; its tests can import
 * VERDICT_STEPS to prove it.
 */
import type { ExplainRef, Verdict } from '~/probes/types';

export const VERDICT_STEPS: Readonly<Record<Verdict, ExplainRef | null>> = {
  valid: null,
  malformed: { wizard: 'token-invalid', step: 'header-format' },
  'not-a-token': { wizard: 'token-invalid', step: 'wrong-token-kind' },
  'invalid-token': { wizard: 'token-invalid', step: 'token-unknown' },
  expired: { wizard: 'token-invalid', step: 'token-expired' },
  'wrong-region': { wizard: 'token-invalid', step: 'wrong-region' },
  'missing-permission': { wizard: 'token-invalid', step: 'missing-permission' },
  'rate-limited': { wizard: 'token-invalid', step: 'rate-limited' },
  'network-error': { wizard: 'token-invalid', step: 'network-unreachable' },
  // A CORS refusal is about the browser, not the token: the guide shows the curl / PowerShell route.
  'cors-blocked': { guide: 'guides/browser-calls' },
  timeout: { wizard: 'token-invalid', step: 'network-unreachable' },
  'server-error': { wizard: 'token-invalid', step: 'server-error' },
  'unexpected-response': { wizard: 'token-invalid', step: 'other-error' },
};

/** The step or guide that explains `verdict`; null for `valid`. */
export function explainVerdict(verdict: Verdict): ExplainRef | null {
  return VERDICT_STEPS[verdict];
}
