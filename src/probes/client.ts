/**
 * The only place that talks HTTP. One ky instance per base URL (and timing), configured so that:
 * - only the planned headers go out (`Authorization`, and `Content-Type` on POST): the Coze API's
 *   CORS preflight allows a short list, and ky adds no header of its own unless a body shortcut
 *   (`.json()`) is used, which is why bodies are read with `response.text()`;
 * - `credentials: 'omit'`, `referrerPolicy: 'no-referrer'`, `cache: 'no-store'` (the Pragma /
 *   Cache-Control the browser then adds itself are not author headers and trigger no preflight);
 * - `redirect: 'manual'`: a token never follows a redirect to another host;
 * - GETs retry at most once, only on a network error or 5xx (never 4xx, never a timeout: a hung
 *   host would just hang again); POSTs never retry, because refresh tokens and JWTs are single-use;
 * - nothing is logged.
 */
import ky, { isHTTPError, isNetworkError, isTimeoutError, type KyInstance } from 'ky';
import { ProbeCancelledError } from '~/probes/errors';
import type { PlannedRequest } from '~/probes/planned-request';
import type { ProbeOptions } from '~/probes/results';
import { explainNetworkFailure, runtimeEnforcesCors, type TransportVerdict } from '~/probes/transport-failure';
import { wireOf, type Wire } from '~/probes/wire';

const DEFAULT_TIMEOUT_MS = 10_000;
const DEFAULT_RETRY_DELAY_MS = 400;
/** Bodies beyond this are cut before classification; Coze error bodies are a few hundred bytes. */
const MAX_BODY_CHARS = 256 * 1024;

export type Exchange =
  | {
      readonly kind: 'response';
      readonly status: number;
      readonly headers: Headers;
      readonly body: string;
      readonly attempts: number;
    }
  | { readonly kind: 'failure'; readonly verdict: TransportVerdict | 'timeout'; readonly attempts: number };

const instances = new Map<string, KyInstance>();

function clientFor(baseUrl: string, timeoutMs: number, retryDelayMs: number): KyInstance {
  const key = `${baseUrl} ${timeoutMs} ${retryDelayMs}`;
  let client = instances.get(key);
  if (!client) {
    client = ky.create({
      baseUrl,
      timeout: timeoutMs,
      retry: {
        limit: 1,
        methods: ['get'],
        statusCodes: [500, 502, 503, 504],
        afterStatusCodes: [], // ignore Retry-After: a visitor waits at most one short pause
        delay: () => retryDelayMs,
        shouldRetry: ({ error }) => isNetworkError(error) || (isHTTPError(error) && error.response.status >= 500),
      },
      // 4xx are answers to classify, not errors; 5xx throw so that ky can retry them once.
      throwHttpErrors: (status) => status >= 500,
      // Keeps a 5xx body as raw text in HTTPError.data, exactly what the classifier reads.
      parseJson: (text) => text,
      credentials: 'omit',
      referrerPolicy: 'no-referrer',
      cache: 'no-store',
      redirect: 'manual',
      mode: 'cors',
      hooks: {
        beforeRetry: [({ options }) => (options.context['onRetry'] as (() => void) | undefined)?.()],
      },
    });
    instances.set(key, client);
  }
  return client;
}

async function readBody(response: Response, timeoutMs: number, local: AbortController): Promise<string | 'timeout'> {
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    local.abort();
  }, timeoutMs);
  try {
    const text = await response.text();
    return text.length > MAX_BODY_CHARS ? text.slice(0, MAX_BODY_CHARS) : text;
  } catch (error) {
    if (timedOut) return 'timeout';
    throw error;
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Sends a planned request. Resolves with the HTTP answer or a transport verdict; rejects only with
 * ProbeCancelledError. The error text of the runtime is dropped on purpose: it can quote the URL.
 */
export async function send(request: PlannedRequest, signal: AbortSignal, options: ProbeOptions = {}): Promise<Exchange> {
  const wire = wireOf(request) as Wire; // only plan.ts creates requests, and it always attaches a wire
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const client = clientFor(wire.baseUrl, timeoutMs, options.retryDelayMs ?? DEFAULT_RETRY_DELAY_MS);
  const local = new AbortController();
  let attempts = 1;
  if (signal.aborted) throw new ProbeCancelledError();
  try {
    const response = await client(wire.path, {
      method: request.method,
      headers: wire.real.headers,
      ...(wire.real.body === null ? {} : { body: wire.real.body }),
      signal: AbortSignal.any([signal, local.signal]),
      context: { onRetry: () => (attempts += 1) },
    });
    const body = await readBody(response, timeoutMs, local);
    if (body === 'timeout') return { kind: 'failure', verdict: 'timeout', attempts };
    return { kind: 'response', status: response.status, headers: response.headers, body, attempts };
  } catch (error) {
    if (signal.aborted) throw new ProbeCancelledError();
    if (isTimeoutError(error)) return { kind: 'failure', verdict: 'timeout', attempts };
    if (isHTTPError(error)) {
      const data = typeof error.data === 'string' ? error.data : '';
      return { kind: 'response', status: error.response.status, headers: error.response.headers, body: data, attempts };
    }
    // NetworkError, or a TypeError ky's heuristics did not recognise: no HTTP answer either way.
    const corsEnforced = options.corsEnforced ?? runtimeEnforcesCors();
    const verdict = await explainNetworkFailure(new URL(wire.path, wire.baseUrl).href, signal, corsEnforced, timeoutMs);
    return { kind: 'failure', verdict, attempts };
  }
}
