/**
 * network-error vs cors-blocked, decided in this one place.
 *
 * In a browser, a CORS refusal and a dead network look the same to script: fetch rejects with a bare
 * TypeError. The rule, in order:
 * 1. The runtime does not enforce CORS (Node, tests) → `network-error`. CORS only exists in browsers.
 * 2. `navigator.onLine === false` → `network-error`.
 * 3. Ask the same host again without the token and in `no-cors` mode (no preflight, no custom header,
 *    an opaque answer). If *that* gets any answer, the host is reachable and it was our authorised
 *    request that the browser refused → `cors-blocked`. If it fails too → `network-error`.
 * Step 3 is evidence, not a guess from the hostname, and sends nothing secret to the host the visitor
 * already picked. A proxy that resets authorised requests only would also read as `cors-blocked`;
 * both have the same remedy (run the curl / PowerShell command and paste the answer back).
 */
import { ProbeCancelledError } from '~/probes/errors';

export type TransportVerdict = 'network-error' | 'cors-blocked';

/** True in a browser page or worker; false in Node, where fetch has no CORS. */
export function runtimeEnforcesCors(): boolean {
  const g = globalThis as { window?: unknown; WorkerGlobalScope?: unknown };
  return g.window !== undefined || g.WorkerGlobalScope !== undefined;
}

function isOffline(): boolean {
  const nav = (globalThis as { navigator?: { onLine?: unknown } }).navigator;
  return nav?.onLine === false;
}

/** Decides the verdict after fetch failed without any HTTP answer (see the module comment). */
export async function explainNetworkFailure(url: string, signal: AbortSignal, corsEnforced: boolean, timeoutMs: number): Promise<TransportVerdict> {
  if (!corsEnforced || isOffline()) return 'network-error';
  try {
    const response = await fetch(url, {
      method: 'GET',
      mode: 'no-cors',
      credentials: 'omit',
      cache: 'no-store',
      referrerPolicy: 'no-referrer',
      // Fetch turns a cross-origin no-cors redirect into a network error unless the mode is
      // `follow` (whatwg/fetch#663); following is harmless here: this request carries nothing secret.
      redirect: 'follow',
      signal: AbortSignal.any([signal, AbortSignal.timeout(Math.min(timeoutMs, 5000))]),
    });
    void response.body?.cancel().catch(() => undefined);
    return 'cors-blocked';
  } catch {
    if (signal.aborted) throw new ProbeCancelledError();
    return 'network-error';
  }
}
