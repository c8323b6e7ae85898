/**
 * The connectivity test people write by hand, one host at a time: DNS, then TCP, then TLS, then
 * one HTTP request without any credential (`GET /v1/users/me`, which the Coze API answers with a
 * 4100 JSON error). Each step is timed; a failed step ends the chain, except that with a proxy the
 * HTTP step is still tried, since it goes through the proxy and not directly.
 */
import { lookup } from 'node:dns/promises';
import { connect as tcpConnect, type Socket } from 'node:net';
import { connect as tlsConnect } from 'node:tls';

export interface StepResult {
  readonly ok: boolean;
  readonly ms: number | null;
  /** `ENOTFOUND`, `ECONNREFUSED`, `timeout`, a TLS error code…; null when ok. */
  readonly error: string | null;
  readonly detail: string | null;
}

export interface HostReach {
  readonly region: 'cn' | 'com';
  readonly origin: string;
  readonly dns: StepResult;
  readonly tcp: StepResult | null;
  /** Null for a plain-http origin (only the loopback fakes in tests). */
  readonly tls: StepResult | null;
  readonly http: (StepResult & { readonly status: number | null; readonly code: number | null; readonly logid: string | null }) | null;
  /** True when the HTTP step got an answer shaped like the Coze API's. */
  readonly reachable: boolean;
}

/** A short, URL-free name for what went wrong: `ENOTFOUND`, `ECONNREFUSED`, `timeout`… */
function errorCode(error: unknown): string {
  if (!(error instanceof Error)) return 'error';
  if (error.name === 'TimeoutError') return 'timeout';
  const own = (error as NodeJS.ErrnoException).code;
  if (typeof own === 'string') return own;
  const cause = (error as { cause?: { code?: unknown } }).cause?.code;
  return typeof cause === 'string' ? cause : error.name;
}

async function timed<T>(run: () => Promise<T>): Promise<{ value: T; ms: number } | { error: string; ms: number }> {
  const started = performance.now();
  try {
    const value = await run();
    return { value, ms: Math.round(performance.now() - started) };
  } catch (error) {
    return { error: errorCode(error), ms: Math.round(performance.now() - started) };
  }
}

function socketStep(open: (done: (error?: Error) => void) => Socket, timeoutMs: number): Promise<string | null> {
  return new Promise((resolve, reject) => {
    const socket = open((error) => {
      socket.destroy();
      if (error) reject(error);
      else resolve(null);
    });
    socket.setTimeout(timeoutMs, () => {
      socket.destroy();
      reject(Object.assign(new Error('timeout'), { code: 'timeout' }));
    });
    socket.on('error', (error) => reject(error));
  });
}

const step = (r: { value?: unknown; error?: string; ms: number }, detail: string | null = null): StepResult =>
  'error' in r && r.error !== undefined ? { ok: false, ms: r.ms, error: r.error, detail: null } : { ok: true, ms: r.ms, error: null, detail };

export async function probeHost(region: 'cn' | 'com', origin: string, timeoutMs: number, proxied: boolean): Promise<HostReach> {
  const url = new URL(origin);
  const port = Number(url.port || (url.protocol === 'https:' ? 443 : 80));
  const host = url.hostname.replace(/^\[|\]$/g, '');
  const dnsRun = await timed(() => lookup(host, { all: true }));
  const addresses = 'value' in dnsRun ? dnsRun.value.map((a) => a.address) : [];
  const dns = step(dnsRun, addresses.join(', '));
  const address = addresses[0];
  let tcp: StepResult | null = null;
  let tls: StepResult | null = null;
  if (address !== undefined) {
    tcp = step(await timed(() => socketStep((done) => tcpConnect({ host: address, port }, () => done()), timeoutMs)));
    if (tcp.ok && url.protocol === 'https:') {
      let detail: string | null = null;
      const tlsRun = await timed(() =>
        socketStep((done) => {
          const socket = tlsConnect({ host: address, port, servername: host }, () => {
            const cert = socket.getPeerCertificate();
            detail = `${socket.getProtocol() ?? ''} ${cert.subject?.CN ?? ''} (${cert.issuer?.O ?? cert.issuer?.CN ?? ''})`.trim();
            done();
          });
          return socket;
        }, timeoutMs),
      );
      tls = step(tlsRun, detail);
    }
  }
  const directOk = dns.ok && (tcp?.ok ?? false) && (tls?.ok ?? true);
  let http: HostReach['http'] = null;
  if (directOk || proxied) {
    const run = await timed(async () => {
      const response = await fetch(new URL('v1/users/me', `${origin}/`), {
        signal: AbortSignal.timeout(timeoutMs),
        redirect: 'manual',
      });
      const body = await response.text();
      let code: number | null = null;
      try {
        const parsed = JSON.parse(body) as { code?: unknown };
        code = typeof parsed.code === 'number' ? parsed.code : null;
      } catch {
        code = null;
      }
      return { status: response.status, code, logid: response.headers.get('x-tt-logid') };
    });
    http = 'value' in run ? { ...step(run, `HTTP ${run.value.status}`), ...run.value } : { ...step(run), status: null, code: null, logid: null };
  }
  // Any Coze-shaped JSON answer proves the API is reachable; the status without a token is 401.
  const reachable = http !== null && http.ok && http.code !== null;
  return { region, origin, dns, tcp, tls, http, reachable };
}
