/** The token check behind /tools/token-check/ and the `token-verdict` / `workspace-role` wizard checks. */
import { parseUser, parseWorkspaces } from '~/probes/coze-data';
import { throwIfCancelled } from '~/probes/errors';
import { dataOf, observe, verdictForProblem } from '~/probes/observe';
import { planTokenCheck } from '~/probes/plan';
import type { PlannedRequest } from '~/probes/planned-request';
import { decideRegion } from '~/probes/region-decision';
import type { ProbeOptions, TokenCheckInput, TokenCheckResult } from '~/probes/results';
import type { CheckNote, CozeWorkspace, Evidence, InputProblem, TokenKind } from '~/probes/types';
import { explainVerdict } from '~/probes/verdict-steps';

function refused(problem: InputProblem, kind: TokenKind | null, fingerprint: string | null, notes: readonly CheckNote[]): TokenCheckResult {
  const verdict = verdictForProblem(problem);
  return {
    verdict,
    kind,
    fingerprint,
    region: null,
    user: null,
    workspaces: null,
    evidence: [],
    step: explainVerdict(verdict),
    notes,
    problem,
    uncertain: false,
    suggestOtherRegion: false,
  };
}

/**
 * Checks an access token: normalises it, then `GET /v1/users/me` (identity) and, if that works,
 * `GET /v1/workspaces?page_num=1&page_size=50` (roles and workspace types).
 * The requests come from {@link planTokenCheck}, the same plan the preview shows.
 * `host: 'auto'` asks both Coze hosts at once and reports the region that accepts the token; with
 * `expectRegion`, or an `appHost` of `cn` / `com` (which asks both hosts too), a token that works
 * only on the other region is `wrong-region`.
 * Identity OK but workspaces refused (4101: no `listWorkspace` point) stays `valid`, with the note
 * `workspaces-missing-permission`: the token works, it just may not list workspaces.
 * Resolves with a verdict for every outcome; rejects only with `ProbeCancelledError`.
 */
export async function checkToken(input: TokenCheckInput, signal: AbortSignal, options: ProbeOptions = {}): Promise<TokenCheckResult> {
  throwIfCancelled(signal);
  const plan = planTokenCheck(input, options);
  if (!plan.ok) return refused(plan.problem, plan.kind, plan.fingerprint, plan.notes);
  const { kind, fingerprint } = plan;

  // Both hosts at once when both are asked, with the same signal: one Cancel stops both.
  const identities = await Promise.all(plan.identity.map((request) => observe(request, signal, options)));
  const decision = decideRegion(identities, plan.expectRegion);
  const evidence: Evidence[] = identities.map((o) => o.evidence);
  const notes = new Set<CheckNote>([...plan.notes, ...decision.notes, ...(decision.chosen.classification?.notes ?? [])]);
  const regionSuspect = decision.chosen.classification?.regionSuspect ?? false;
  if (regionSuspect) notes.add('region-suspect');

  let verdict = decision.verdict;
  let workspaces: CozeWorkspace[] | null = null;
  const user = verdict === 'valid' || verdict === 'wrong-region' ? parseUser(dataOf(decision.chosen)) : null;
  if (user) {
    // The planned workspaces request of the host that accepted the token: the preview listed it.
    const index = plan.identity.indexOf(decision.chosen.request);
    const ws = await observe(plan.workspaces[index] as PlannedRequest, signal, options);
    evidence.push(ws.evidence);
    if (ws.verdict === 'valid') workspaces = parseWorkspaces(dataOf(ws));
    else notes.add(ws.verdict === 'missing-permission' ? 'workspaces-missing-permission' : 'workspaces-unavailable');
  }
  // A refresh-token-shaped string that the API refuses was, most likely, a refresh token.
  if (verdict === 'invalid-token' && kind === 'maybe-refresh-token') verdict = 'not-a-token';
  return {
    verdict,
    kind,
    fingerprint,
    region: decision.region,
    user,
    workspaces,
    evidence,
    step: explainVerdict(verdict),
    notes: [...notes],
    problem: null,
    uncertain: decision.chosen.classification?.uncertain ?? false,
    suggestOtherRegion: regionSuspect && !plan.bothHosts && input.host !== 'custom' && verdict === 'invalid-token',
  };
}
