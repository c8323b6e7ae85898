import { existsSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';

/** A running fake Coze API on loopback, as the canary and live-check specs use it. */
export interface FakeCoze {
  /** Origin without a trailing slash, e.g. `http://127.0.0.1:41234`. */
  readonly origin: string;
  close(): Promise<void>;
}

const fakeDir = fileURLToPath(new URL('../../fake-coze/', import.meta.url));
const entryCandidates = ['index.ts', 'server.ts', 'index.mjs', 'server.mjs'];
const starterNames = ['startFakeCoze', 'createFakeCoze', 'startServer', 'start', 'default'];

type Started = { url?: unknown; origin?: unknown; baseUrl?: unknown; address?: unknown; close?: unknown };

function originOf(started: Started): string | undefined {
  for (const key of ['origin', 'url', 'baseUrl'] as const) {
    const value = started[key];
    if (typeof value === 'string' || value instanceof URL) return new URL(String(value)).origin;
  }
  // A bare node:http Server.
  if (typeof started.address === 'function') {
    const address = (started.address as () => { port: number } | string | null)();
    if (address && typeof address === 'object') return `http://127.0.0.1:${address.port}`;
  }
  return undefined;
}

/**
 * Starts the fake Coze server from `tests/fake-coze/` (built on another branch) when it is there,
 * and returns `undefined` when it is not, so specs can skip with a reason instead of failing.
 * The module is loaded by path because it may not exist yet; its starter is looked up by the few
 * names it is likely to have, and must resolve to something with a URL and a `close()`.
 */
export async function startFakeCoze(): Promise<FakeCoze | undefined> {
  const entry = entryCandidates.map((name) => `${fakeDir}${name}`).find((file) => existsSync(file));
  if (!entry) return undefined;
  const module: Record<string, unknown> = await import(pathToFileURL(entry).href);
  const starter = starterNames.map((name) => module[name]).find((value) => typeof value === 'function') as
    | ((options?: object) => Promise<Started> | Started)
    | undefined;
  if (!starter) throw new Error(`${entry} exports none of ${starterNames.join(', ')}; update tests/e2e/helpers/fake-coze.ts`);
  const started = await starter({ port: 0, host: '127.0.0.1' });
  const origin = originOf(started);
  if (!origin) throw new Error(`the fake Coze server from ${entry} did not say where it listens`);
  const close = started.close;
  return {
    origin,
    close: () =>
      new Promise<void>((resolve) => {
        if (typeof close !== 'function') return resolve();
        const result: unknown = close.call(started, () => resolve());
        if (result instanceof Promise) void result.then(() => resolve(), () => resolve());
        else if (close.length === 0) resolve();
      }),
  };
}
