/**
 * HTTPS_PROXY / HTTP_PROXY / NO_PROXY: Node's own fetch ignores them, so the command line installs
 * undici's EnvHttpProxyAgent. A tiny CONNECT proxy on port 0 proves requests go through it, that
 * NO_PROXY bypasses it, and that the token stays inside the tunnel.
 */
import { createServer, type Server } from 'node:http';
import { connect } from 'node:net';
import { afterAll, describe, expect, test } from 'vitest';
import { TOKENS } from '../../fake-coze/tokens.ts';
import { CHILD_TIMEOUT, fakeHosts, run, sent } from './helpers.ts';

interface Seen {
  readonly method: string;
  readonly target: string;
  readonly headers: string;
}

const proxies: Server[] = [];
afterAll(() => {
  for (const p of proxies) p.close();
});

/** A CONNECT proxy (and plain forward refusal) that records what it was asked. */
async function startProxy(): Promise<{ url: string; seen: Seen[] }> {
  const seen: Seen[] = [];
  const server = createServer((req, res) => {
    seen.push({ method: req.method ?? '', target: req.url ?? '', headers: JSON.stringify(req.headers) });
    res.writeHead(502).end();
  });
  server.on('connect', (req, socket, head) => {
    seen.push({ method: 'CONNECT', target: req.url ?? '', headers: JSON.stringify(req.headers) });
    const [host, port] = (req.url ?? '').split(':');
    const upstream = connect(Number(port), host, () => {
      socket.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      upstream.write(head);
      upstream.pipe(socket);
      socket.pipe(upstream);
    });
    upstream.on('error', () => socket.destroy());
    socket.on('error', () => upstream.destroy());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  proxies.push(server);
  const address = server.address();
  return { url: `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`, seen };
}

describe.concurrent('proxies from the environment', { timeout: CHILD_TIMEOUT }, () => {
  test('check goes through HTTP_PROXY, and the proxy never sees the token', async () => {
    const { cn, env } = await fakeHosts();
    const proxy = await startProxy();
    const result = await run(['check', '--host', 'cn', '--json'], { env: { ...env, HTTP_PROXY: proxy.url, COZE_API_TOKEN: TOKENS.canary } });
    expect(result.code).toBe(0);
    expect(result.json()).toMatchObject({ verdict: 'valid' });
    const host = new URL(cn.baseUrl).host;
    expect(proxy.seen.map((s) => `${s.method} ${s.target}`)).toContain(`CONNECT ${host}`);
    expect(proxy.seen.some((s) => s.headers.includes('CANARY'))).toBe(false);
    expect(sent(cn).length).toBeGreaterThan(0);
  });

  test('NO_PROXY sends the request directly', async () => {
    const { cn, env } = await fakeHosts();
    const proxy = await startProxy();
    const result = await run(['check', '--host', 'cn', '--json'], {
      env: { ...env, http_proxy: proxy.url, no_proxy: '127.0.0.1', COZE_API_TOKEN: TOKENS.patValidCn },
    });
    expect(result.code).toBe(0);
    expect(proxy.seen).toEqual([]);
    expect(sent(cn).length).toBeGreaterThan(0);
  });

  test('reach names the proxy its HTTP step went through', async () => {
    const { env } = await fakeHosts();
    const proxy = await startProxy();
    const result = await run(['reach', '--host', 'cn'], { env: { ...env, HTTP_PROXY: proxy.url } });
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(`through the proxy ${proxy.url}`);
    expect(proxy.seen.map((s) => s.method)).toContain('CONNECT');
  });
});
