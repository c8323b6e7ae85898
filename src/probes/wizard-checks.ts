/**
 * The seam between wizard check steps and the live probes. The machine's `probeCheck` actor calls
 * this with its own AbortSignal; leaving the step aborts the request, and the promise then rejects
 * with ProbeCancelledError, which XState ignores because the actor is already stopped.
 */
import type { CheckInput, ProbeEvidence } from '~/probes/check-input';
import { checkToken } from '~/probes/check-token';
import { workspaceRole } from '~/probes/coze-data';
import { DECISIVE_VERDICTS } from '~/site/verdicts';
import type { ProbeOptions, TokenCheckResult } from '~/probes/results';
import type { Verdict } from '~/probes/types';

/** Verdicts a `token-verdict` step can branch on; the rest (network, CORS, 5xx…) are not decisive. */
const DECISIVE: ReadonlySet<Verdict> = new Set(DECISIVE_VERDICTS);

/** Token-free facts for the evidence panel: status/code/msg/logid of the deciding request, region, roles. */
function details(result: TokenCheckResult): Record<string, string> {
  const out: Record<string, string> = {};
  const decisive = [...result.evidence].reverse().find((e) => e.verdict !== 'valid') ?? result.evidence.at(-1);
  if (decisive?.httpStatus != null) out['status'] = String(decisive.httpStatus);
  if (decisive?.code != null) out['code'] = String(decisive.code);
  if (decisive?.msg) out['msg'] = decisive.msg;
  if (decisive?.logid) out['logid'] = decisive.logid;
  if (decisive?.errorCode) out['error'] = decisive.errorCode;
  if (result.region) out['region'] = result.region;
  if (result.fingerprint) out['token'] = result.fingerprint;
  if (result.problem) out['problem'] = result.problem.code;
  if (result.workspaces) out['roles'] = result.workspaces.map((w) => `${w.workspace_type}:${w.role_type}`).join(', ');
  if (result.notes.length > 0) out['notes'] = result.notes.join(', ');
  return out;
}

function answerFor(input: CheckInput, result: TokenCheckResult): string | null {
  if (input.probe === 'token-verdict') return DECISIVE.has(result.verdict) ? result.verdict : null;
  // workspace-role needs a working token and a workspace list; anything less is not decisive.
  if (result.verdict !== 'valid' || result.workspaces === null) return null;
  return workspaceRole(result.workspaces);
}

/**
 * Runs the probe named in `input.probe`:
 * - `token-verdict`: answer = the verdict when it is one of valid, malformed, not-a-token,
 *   invalid-token, expired, wrong-region, missing-permission, rate-limited; else null.
 * - `workspace-role`: answer = `admin` (owner/admin of a team workspace), `member` (team workspace,
 *   not admin) or `personal-only`; null when the token fails or workspaces cannot be listed.
 * With an app host of `cn` / `com`, both Coze hosts are asked: a token valid only on the other one
 * answers `wrong-region`.
 * `verdict` is always the token check's verdict; `details` never hold the token, only its fingerprint.
 */
export async function runWizardCheck(input: CheckInput, signal: AbortSignal, options: ProbeOptions = {}): Promise<ProbeEvidence> {
  const { token, host, baseUrl, appHost } = input.credentials;
  const result = await checkToken(
    { token, host, ...(baseUrl === undefined ? {} : { baseUrl }), ...(appHost === undefined ? {} : { appHost }) },
    signal,
    options,
  );
  return { answer: answerFor(input, result), verdict: result.verdict, details: details(result) };
}
