/** Per-test fake servers and short timings, so failure paths finish in well under a second. */
import { afterEach } from 'vitest';
import { startFakeCoze } from '../../fake-coze/server.ts';
import type { FakeCoze, FakeRegion } from '../../fake-coze/types.ts';
import type { ProbeOptions } from '~/probes/index.ts';

const started: FakeCoze[] = [];

afterEach(async () => {
  await Promise.all(started.splice(0).map((fake) => fake.close()));
});

/** A fake Coze host for this test; closed automatically after it. */
export async function fake(region: FakeRegion = 'cn'): Promise<FakeCoze> {
  const server = await startFakeCoze({ region });
  started.push(server);
  return server;
}

/** Both regions, with probe options that map `cn` / `com` onto them. */
export async function fakeRegions(): Promise<{ cn: FakeCoze; com: FakeCoze; options: ProbeOptions }> {
  const [cn, com] = await Promise.all([fake('cn'), fake('com')]);
  return { cn, com, options: { ...FAST, hostBaseUrls: { cn: cn.baseUrl, com: com.baseUrl } } };
}

/** Generous enough for a loaded CI machine; tests that want a timeout use {@link SHORT_TIMEOUT}. */
export const FAST: ProbeOptions = { timeoutMs: 2000, retryDelayMs: 20, corsEnforced: false };
/** For requests that are meant to time out (a hung host never answers, so this is deterministic). */
export const SHORT_TIMEOUT: ProbeOptions = { ...FAST, timeoutMs: 300 };

/** Requests that reached the fake, without CORS preflights. */
export function sent(server: FakeCoze, path?: string) {
  return server.requests.filter((r) => r.method !== 'OPTIONS' && (path === undefined || r.url.startsWith(path)));
}

export const signal = () => new AbortController().signal;

/** A loopback URL where nothing listens: connection refused. */
export async function closedPortUrl(): Promise<string> {
  const server = await startFakeCoze({ region: 'cn' });
  await server.close();
  return server.baseUrl;
}
