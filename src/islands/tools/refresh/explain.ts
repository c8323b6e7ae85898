import type { ExplainRef, Verdict } from '~/probes';
import { explainVerdict } from '~/probes/verdict-steps';

/**
 * Where a refresh failure is explained: the expired-refresh wizard's steps (ids are its public
 * contract), chosen by the OAuth error name when there is one, else by the verdict. Transport
 * problems (network, CORS, timeout) keep the shared table's explanation.
 */
export function refreshExplain(verdict: Verdict, errorCode: string | null): ExplainRef | null {
  if (verdict === 'valid') return null;
  if (errorCode === 'invalid_client') return { wizard: 'expired-refresh', step: 'client-mismatch' };
  if (errorCode === 'access_deny' || errorCode === 'access_denied') return { wizard: 'expired-refresh', step: 'app-deactivated' };
  switch (verdict) {
    case 'expired':
    case 'invalid-token':
      // A spent or too-old refresh token; what the API says for each is not documented.
      return { wizard: 'expired-refresh', step: 'refresh-token-history' };
    case 'wrong-region':
      return { wizard: 'expired-refresh', step: 'oauth-wrong-region' };
    case 'unexpected-response':
      return { wizard: 'expired-refresh', step: 'refresh-error' };
    default:
      return explainVerdict(verdict);
  }
}
