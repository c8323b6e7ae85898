/**
 * A loopback HTTP server that speaks the Coze API as coze-auth-facts.md describes it. Tests start one
 * per region on port 0; a cn-only token fails on the com instance and the other way round.
 * @example
 * ```ts
 * const cn = await startFakeCoze({ region: 'cn' });
 * cn.setFault({ kind: 'status', status: 503, times: 1 });
 * // … point a probe at cn.baseUrl …
 * await cn.close();
 * ```
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { Socket } from 'node:net';
import { control } from './control.ts';
import { FaultBook } from './faults.ts';
import { OAuthEndpoint } from './oauth.ts';
import { openApi } from './open-api.ts';
import { corsHeaders, json, oauthError, openApiError, write, type Reply } from './respond.ts';
import { TOKEN_RECORDS, type FakeTokenRecord } from './tokens.ts';
import type { Fault, FakeCoze, FakeCozeOptions, LoggedRequest } from './types.ts';

export type * from './types.ts';

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', () => resolve(''));
  });
}

function faultReply(fault: Fault): Reply | 'reset' | 'hang' | null {
  switch (fault.kind) {
    case 'status':
      return {
        status: fault.status,
        body: JSON.stringify({ code: 5000, msg: 'internal error', detail: { logid: '__LOGID__' } }),
        contentType: 'application/json',
      };
    case 'html':
      return { status: 502, body: '<html><body><h1>502 Bad Gateway</h1></body></html>', contentType: 'text/html' };
    case 'malformed-json':
      return { status: 200, body: '{"code":0,"msg":"","data":{', contentType: 'application/json' };
    case 'empty':
      return { status: 200, body: '', contentType: 'application/json' };
    case 'rate-limit':
      return openApiError(429, 4013, 'request rate limit exceeded');
    case 'reset':
    case 'hang':
      return fault.kind;
    default:
      return null;
  }
}

export async function startFakeCoze(options: FakeCozeOptions): Promise<FakeCoze> {
  const { region } = options;
  const faults = new FaultBook();
  faults.set(options.faults ?? []);
  const minted = new Map<string, FakeTokenRecord>();
  const oauth = new OAuthEndpoint(region, (token, record) => minted.set(token, record));
  const requests: LoggedRequest[] = [];
  const sockets = new Set<Socket>();

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://fake.invalid');
    const body = await readBody(req);
    const method = req.method ?? 'GET';
    if (url.pathname.startsWith('/__fake/') && options.control) return write(res, control(fake, method, url.pathname, body), true);
    const headers = Object.fromEntries(Object.entries(req.headers).map(([k, v]) => [k, Array.isArray(v) ? v.join(', ') : (v ?? '')]));
    requests.push({ method, url: url.pathname + url.search, headers, body, at: Date.now() });
    const allowOrigin = !faults.dropsCors(url.pathname);
    if (method === 'OPTIONS') {
      res.writeHead(204, corsHeaders(allowOrigin));
      return void res.end();
    }
    const { latencyMs, fault } = faults.take(url.pathname);
    if (latencyMs > 0) await new Promise((r) => setTimeout(r, latencyMs));
    const injected = fault ? faultReply(fault) : null;
    if (injected === 'hang') return; // never answer; the client's timeout must fire
    if (injected === 'reset' || (fault?.kind === 'reset-authorized' && req.headers.authorization)) return void req.socket.destroy();
    if (injected) return write(res, injected, allowOrigin);
    const lookup = (token: string) => TOKEN_RECORDS[token] ?? minted.get(token);
    const reply =
      openApi(method, url.pathname, req.headers.authorization, region, lookup) ??
      (url.pathname === '/api/permission/oauth2/token' && method === 'POST' ? await oauth.handle(req.headers.authorization, body) : null) ??
      userGrantPages(method, url, body) ??
      json(404, { code: 4200, msg: 'resource not found', detail: { logid: '__LOGID__' } });
    write(res, reply, allowOrigin);
  }

  /** The authorize and consent pages (the real ones live on www; here, on the same origin) and device/code. */
  function userGrantPages(method: string, url: URL, body: string): Reply | null {
    const route = `${method} ${url.pathname}`;
    if (route === 'GET /api/permission/oauth2/authorize') return oauth.user.authorize(url);
    if (route === 'GET /oauth/consent') return oauth.user.consent(url);
    if (route === 'GET /oauth/device') return oauth.user.deviceVerify(url);
    if (route === 'POST /api/permission/oauth2/device/code') {
      let parsed: Record<string, unknown> = {};
      try {
        parsed = JSON.parse(body) as Record<string, unknown>;
      } catch {
        return oauthError(400, 'invalid_request', 'invalid request: body');
      }
      return oauth.user.deviceCode(parsed, fake.baseUrl);
    }
    return null;
  }

  const server = createServer((req, res) => void handle(req, res).catch(() => res.destroy()));
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;

  const fake: FakeCoze = {
    baseUrl: `http://127.0.0.1:${port}`,
    region,
    requests,
    setFault: (fault) => faults.set(fault ? [fault] : []),
    setFaults: (list) => faults.set(list),
    mintRefreshToken: (app = 'web') => oauth.mint(app),
    setDeviceTiming: (timing) => Object.assign(oauth.user.timing, timing),
    reset() {
      faults.set([]);
      requests.length = 0;
      minted.clear();
      oauth.reset();
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy(); // hung requests would keep close() waiting
        server.close(() => resolve());
      }),
  };
  return fake;
}
