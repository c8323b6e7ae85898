import type { ExplainRef, Verdict } from '~/probes';
import { explainVerdict } from '~/probes/verdict-steps';

/**
 * Where a failed JWT exchange is explained: the JWT branch of the expired-refresh wizard when the
 * answer is specific to JWTs (its step ids are that wizard's public contract), else the shared table.
 */
export function jwtExplain(verdict: Verdict, errorCode: string | null): ExplainRef | null {
  if (verdict === 'wrong-region') return { wizard: 'expired-refresh', step: 'jwt-kid-region' };
  if (errorCode === 'access_deny' || errorCode === 'access_denied') return { wizard: 'expired-refresh', step: 'app-deactivated' };
  if (errorCode === 'invalid_client') return { wizard: 'expired-refresh', step: 'jwt-symptom' };
  return explainVerdict(verdict);
}
