/**
 * How long each request took. The probes' evidence has no timing (the site shows none), so the
 * command line measures fetch itself: every call is timed from start to response headers, per
 * origin, and the times are matched to evidence rows in order (a retried request gets the sum).
 * Only timing is observed; nothing about the request or its answer is recorded.
 */
import type { Evidence } from '~/probes';

const done = new Map<string, number[]>();

export function installFetchTiming(): void {
  const original = globalThis.fetch;
  globalThis.fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = input instanceof Request ? input.url : String(input);
    const started = performance.now();
    try {
      return await original(input, init);
    } finally {
      const origin = new URL(url).origin;
      const list = done.get(origin) ?? [];
      list.push(Math.round(performance.now() - started));
      done.set(origin, list);
    }
  };
}

/** Milliseconds per evidence row, in the same order; null for a row that was never timed. */
export function timesFor(evidence: readonly Evidence[]): (number | null)[] {
  const queues = new Map([...done].map(([origin, list]) => [origin, [...list]]));
  return evidence.map((row) => {
    const queue = queues.get(row.origin) ?? [];
    const taken = queue.splice(0, row.attempts);
    return taken.length === 0 ? null : taken.reduce((a, b) => a + b, 0);
  });
}
