/** Choosing and spending injected faults for one request. */
import type { Fault } from './types.ts';

export class FaultBook {
  #faults: Array<{ fault: Fault; left: number }> = [];

  set(faults: readonly Fault[]): void {
    this.#faults = faults.map((fault) => ({ fault, left: fault.times ?? Number.POSITIVE_INFINITY }));
  }

  /** Whether a `no-cors` fault applies; does not spend it (it shapes every answer, preflights too). */
  dropsCors(path: string): boolean {
    return this.#faults.some(({ fault, left }) => fault.kind === 'no-cors' && left > 0 && matches(fault, path));
  }

  /** Total latency and the first answer-changing fault for this request; spends what it returns. */
  take(path: string): { latencyMs: number; fault: Fault | null } {
    let latencyMs = 0;
    let chosen: Fault | null = null;
    for (const entry of this.#faults) {
      if (entry.left <= 0 || !matches(entry.fault, path)) continue;
      if (entry.fault.kind === 'latency') {
        latencyMs += entry.fault.ms;
        entry.left -= 1;
      } else if (entry.fault.kind !== 'no-cors' && chosen === null) {
        chosen = entry.fault;
        entry.left -= 1;
      }
    }
    return { latencyMs, fault: chosen };
  }
}

function matches(fault: Fault, path: string): boolean {
  return fault.path === undefined || path.startsWith(fault.path);
}
