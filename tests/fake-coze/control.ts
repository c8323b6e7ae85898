/**
 * `/__fake/*`: lets a test runner in another process (Playwright) steer the fake.
 *   POST   /__fake/fault          body: a Fault, `{ "faults": [Fault…] }`, or `null` to clear
 *   DELETE /__fake/fault          clear faults
 *   GET    /__fake/requests       the request log (JSON array)
 *   DELETE /__fake/requests       clear the log
 *   POST   /__fake/reset          faults, log, spent refresh tokens and JWT ids
 *   POST   /__fake/refresh-token  body `{ "app": "web" | "pkce" }` -> `{ "refresh_token": "…" }`
 *   POST   /__fake/device-timing  body `{ "intervalSeconds"?: n, "expiresInSeconds"?: n }`
 */
import { json, type Reply } from './respond.ts';
import type { Fault, FakeCoze } from './types.ts';

export function control(fake: FakeCoze, method: string, path: string, rawBody: string): Reply {
  let body: unknown = null;
  try {
    body = rawBody.trim() === '' ? null : JSON.parse(rawBody);
  } catch {
    return json(400, { error: 'body must be JSON' });
  }
  const route = `${method} ${path}`;
  switch (route) {
    case 'POST /__fake/fault': {
      const faults = body === null ? [] : Array.isArray((body as { faults?: unknown }).faults) ? (body as { faults: Fault[] }).faults : [body as Fault];
      fake.setFaults(faults);
      return json(200, { faults });
    }
    case 'DELETE /__fake/fault':
      fake.setFaults([]);
      return json(200, { faults: [] });
    case 'GET /__fake/requests':
      return json(200, fake.requests);
    case 'DELETE /__fake/requests':
      fake.requests.length = 0;
      return json(200, { ok: true });
    case 'POST /__fake/reset':
      fake.reset();
      return json(200, { ok: true });
    case 'POST /__fake/refresh-token':
      return json(200, {
        refresh_token: fake.mintRefreshToken((body as { app?: 'web' | 'pkce' } | null)?.app ?? 'web'),
      });
    case 'POST /__fake/device-timing':
      fake.setDeviceTiming((body ?? {}) as { intervalSeconds?: number; expiresInSeconds?: number });
      return json(200, { ok: true });
    default:
      return json(404, { error: `no control route ${route}` });
  }
}
