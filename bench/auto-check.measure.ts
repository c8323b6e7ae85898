/**
 * `npm run bench:auto-check`: how long an `auto` check (both hosts at once) takes against the fake
 * Coze API with added latency, next to a check of one host alone, in the same run. Run by vitest
 * only because it loads the TypeScript probes as they are; it asserts nothing.
 */
import { test } from 'vitest';
import { checkToken } from '../src/probes/index.ts';
import { startFakeCoze } from '../tests/fake-coze/server.ts';
import { TOKENS } from '../tests/fake-coze/tokens.ts';

const LATENCY_MS = 300;
const ROUNDS = 15;

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

test('auto check vs one host, with added latency', async () => {
  const faults = [{ kind: 'latency', ms: LATENCY_MS }] as const;
  const [cn, com] = await Promise.all([startFakeCoze({ region: 'cn', faults: [...faults] }), startFakeCoze({ region: 'com', faults: [...faults] })]);
  const options = { timeoutMs: 5000, retryDelayMs: 20, corsEnforced: false, hostBaseUrls: { cn: cn.baseUrl, com: com.baseUrl } };
  const times: Record<'cn' | 'auto', number[]> = { cn: [], auto: [] };
  try {
    for (let i = 0; i < ROUNDS; i++) {
      // Interleaved, so any drift in machine load touches both the same way.
      for (const host of ['cn', 'auto'] as const) {
        const start = performance.now();
        const result = await checkToken({ token: TOKENS.patValidCn, host }, new AbortController().signal, options);
        times[host].push(performance.now() - start);
        if (result.verdict !== 'valid') throw new Error(`unexpected verdict ${result.verdict} for ${host}`);
      }
    }
  } finally {
    await Promise.all([cn.close(), com.close()]);
  }
  const line = (host: 'cn' | 'auto') =>
    `${host.padEnd(5)} median ${median(times[host]).toFixed(0)} ms  (min ${Math.min(...times[host]).toFixed(0)}, max ${Math.max(...times[host]).toFixed(0)})`;
  console.log(`\nchecks of a valid cn PAT, ${LATENCY_MS} ms added latency per request, ${ROUNDS} rounds each:\n${line('cn')}\n${line('auto')}\n`);
});
