/**
 * Combining identity answers from one or two hosts into one verdict and region. With `auto`, the
 * token went to both Coze hosts because the visitor chose that; with one host, nothing else is asked.
 */
import type { Observation } from '~/probes/observe';
import type { CheckNote, Region, Verdict } from '~/probes/types';
import { NO_ANSWER } from '~/site/verdicts';

/** When hosts disagree, the most specific answer wins: it says the most about the token. */
const PRIORITY: readonly Verdict[] = [
  'expired',
  'missing-permission',
  'rate-limited',
  'invalid-token',
  'server-error',
  'unexpected-response',
  'cors-blocked',
  'timeout',
  'network-error',
];

export interface RegionDecision {
  readonly verdict: Verdict;
  readonly region: Region | null;
  /** The identity answer the verdict came from; the workspaces call goes to its host when valid. */
  readonly chosen: Observation;
  readonly notes: readonly CheckNote[];
}

export function decideRegion(identities: readonly Observation[], expectRegion?: 'cn' | 'com'): RegionDecision {
  const single = identities.length === 1;
  const valid = identities.filter((o) => o.verdict === 'valid');
  if (valid.length > 0) {
    const chosen = valid.find((o) => o.request.region === expectRegion) ?? (valid[0] as Observation);
    const wrong = !single && expectRegion !== undefined && chosen.request.region !== expectRegion;
    return { verdict: wrong ? 'wrong-region' : 'valid', region: chosen.request.region, chosen, notes: [] };
  }
  const rank = (o: Observation) => PRIORITY.indexOf(o.verdict);
  const chosen = [...identities].sort((a, b) => rank(a) - rank(b))[0] as Observation;
  const notes: CheckNote[] = [];
  if (!single && !NO_ANSWER.has(chosen.verdict) && identities.some((o) => NO_ANSWER.has(o.verdict))) {
    notes.push('other-host-unreachable');
  }
  // A rejection proves nothing about the region unless the host it came from recognised the token.
  const region = single || chosen.verdict === 'missing-permission' || chosen.verdict === 'expired' ? chosen.request.region : null;
  return { verdict: chosen.verdict, region, chosen, notes };
}
