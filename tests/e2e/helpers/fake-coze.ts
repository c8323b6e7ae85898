import { startFakeCoze as startServer, type FakeCoze as FakeCozeServer } from '../../fake-coze/server.ts';

/** A fake Coze API (cn region) on loopback, in the Playwright worker's own process. */
export interface FakeCoze {
  /** Origin without a trailing slash, e.g. `http://127.0.0.1:41234`: what a visitor types as base URL. */
  readonly origin: string;
  /** The server handle: its `requests` log shows what actually arrived. */
  readonly server: FakeCozeServer;
  close(): Promise<void>;
}

/**
 * Starts one fake Coze server on a free port. In-process (not a second `webServer`) so each worker
 * gets its own request log and no fixed port can collide with another checkout's test run.
 */
export async function startFakeCoze(): Promise<FakeCoze> {
  const server = await startServer({ region: 'cn' });
  return { origin: new URL(server.baseUrl).origin, server, close: () => server.close() };
}
