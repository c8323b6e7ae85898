/**
 * Send one planned request and read the answer: transport (client.ts) + classifier (classify.ts)
 * + token-free evidence. Every probe goes through here, so scrubbing happens in one place.
 */
import { classify, type Classification } from '~/probes/classify';
import { send } from '~/probes/client';
import type { PlannedRequest } from '~/probes/planned-request';
import type { ProbeOptions } from '~/probes/results';
import type { Evidence, InputProblem, ProblemCode, Verdict } from '~/probes/types';
import { scrub } from '~/probes/scrub';
import { wireOf } from '~/probes/wire';

export interface Observation {
  readonly request: PlannedRequest;
  readonly verdict: Verdict;
  /** Null when no HTTP answer came back (network, CORS, timeout). */
  readonly classification: Classification | null;
  readonly evidence: Evidence;
}

export async function observe(request: PlannedRequest, signal: AbortSignal, options: ProbeOptions): Promise<Observation> {
  const exchange = await send(request, signal, options);
  const secrets = wireOf(request)?.secrets ?? [];
  const clean = (text: string | null) => (text === null ? null : scrub(text, secrets));
  const base = {
    request: request.purpose,
    region: request.region,
    origin: new URL(request.url).origin,
    attempts: exchange.attempts,
  };
  if (exchange.kind === 'failure') {
    const evidence: Evidence = {
      ...base,
      verdict: exchange.verdict,
      httpStatus: null,
      code: null,
      msg: null,
      logid: null,
      errorCode: null,
      errorMessage: null,
    };
    return { request, verdict: exchange.verdict, classification: null, evidence };
  }
  const classification = classify({ status: exchange.status, headers: exchange.headers, body: exchange.body });
  const f = classification.facts;
  const evidence: Evidence = {
    ...base,
    verdict: classification.verdict,
    httpStatus: f.httpStatus,
    code: f.code,
    msg: clean(f.msg),
    logid: clean(f.logid),
    errorCode: clean(f.errorCode),
    errorMessage: clean(f.errorMessage),
  };
  return { request, verdict: classification.verdict, classification, evidence };
}

const NOT_A_TOKEN: ReadonlySet<ProblemCode> = new Set(['jwt-assertion', 'client-id', 'app-id', 'auth-code', 'access-token-in-refresh-box', 'not-a-jwt']);

/** The verdict for an input refused before sending: the wrong kind of credential, or a broken string. */
export function verdictForProblem(problem: InputProblem): Verdict {
  return NOT_A_TOKEN.has(problem.code) ? 'not-a-token' : 'malformed';
}

/** The `data` object of a successful Open API answer, or null. */
export function dataOf(observation: Observation): Record<string, unknown> | null {
  const body = observation.classification?.body;
  if (body?.shape !== 'open-api') return null;
  const data = body.json['data'];
  return typeof data === 'object' && data !== null && !Array.isArray(data) ? (data as Record<string, unknown>) : null;
}
