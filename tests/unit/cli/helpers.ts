/**
 * Runs the bundled `coze-auth-doctor` as a child process, on the machine's own Node (the first
 * `node` on PATH outside node_modules: Node 20 here, which users' servers have), against fake Coze
 * hosts started on port 0 in this process. Every child's argv is recorded for the canary test.
 */
import { spawn } from 'node:child_process';
import { createServer, type Server } from 'node:http';
import { accessSync, constants, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll } from 'vitest';
import { startFakeCoze } from '../../fake-coze/server.ts';
import type { FakeCoze } from '../../fake-coze/types.ts';

export const ROOT = fileURLToPath(new URL('../../..', import.meta.url));
export const BIN = join(ROOT, 'dist-cli', 'coze-auth-doctor.mjs');

/** The machine's own node: skips the Node 24 that npm scripts put first on PATH. */
function systemNode(): string {
  for (const dir of (process.env['PATH'] ?? '').split(delimiter)) {
    if (dir === '' || dir.includes('node_modules')) continue;
    const candidate = join(dir, 'node');
    try {
      accessSync(candidate, constants.X_OK);
      return candidate;
    } catch {
      // not here
    }
  }
  return process.execPath;
}

export const NODE = systemNode();

/** Per-test limit: each test starts Node processes, which takes seconds on a loaded 2-core CI machine. */
export const CHILD_TIMEOUT = 30_000;

export interface CliRun {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
  json<T = Record<string, unknown>>(): T;
}

/** argv of every child process these tests started. */
export const childArgvs: string[][] = [];

export interface RunOptions {
  readonly env?: Readonly<Record<string, string | undefined>>;
  readonly stdin?: string;
  readonly cwd?: string;
}

/** A clean environment: no proxy, no colour, no token unless the test gives one. */
function baseEnv(): Record<string, string> {
  const keep = ['PATH', 'HOME', 'TMPDIR', 'SYSTEMROOT'];
  return Object.fromEntries(keep.flatMap((k) => (process.env[k] ? [[k, process.env[k] as string]] : [])));
}

export function run(args: readonly string[], options: RunOptions = {}): Promise<CliRun> {
  const argv = [BIN, ...args];
  childArgvs.push([NODE, ...argv]);
  // Links in the tests point at one fixed address, whatever SITE_URL the bundle was built with.
  const env: Record<string, string> = { ...baseEnv(), LANG: 'en_US.UTF-8', COZE_AUTH_DOCTOR_SITE: 'https://coze-auth-doctor.example' };
  for (const [k, v] of Object.entries(options.env ?? {})) if (v !== undefined) env[k] = v;
  return new Promise((resolve, reject) => {
    const child = spawn(NODE, argv, { env, cwd: options.cwd ?? ROOT, stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString('utf8')));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString('utf8')));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr, json: <T>() => JSON.parse(stdout) as T }));
    child.stdin.end(options.stdin ?? '');
  });
}

// Closed after the file, not after each test: the tests run concurrently, each with its own fakes.
const fakes: FakeCoze[] = [];
afterAll(async () => {
  await Promise.all(fakes.splice(0).map((f) => f.close()));
});

/** Both fake regions, and the environment that makes `cn` / `com` mean them. */
export async function fakeHosts(): Promise<{ cn: FakeCoze; com: FakeCoze; env: Record<string, string> }> {
  const [cn, com] = await Promise.all([startFakeCoze({ region: 'cn' }), startFakeCoze({ region: 'com' })]);
  fakes.push(cn, com);
  return {
    cn,
    com,
    env: { COZE_AUTH_DOCTOR_CN_BASE_URL: cn.baseUrl, COZE_AUTH_DOCTOR_COM_BASE_URL: com.baseUrl },
  };
}

/** Requests that reached a fake (no CORS preflights). */
export const sent = (fake: FakeCoze) => fake.requests.filter((r) => r.method !== 'OPTIONS');

/**
 * A loopback API that answers every request with one canned JSON body: for answers the fake has no
 * fixture for (an OAuth `invalid_grant`, an Open API message that says "expired").
 */
export async function cannedApi(status: number, body: object): Promise<string> {
  const server = createServer((req, res) => {
    req.resume();
    req.on('end', () =>
      res.writeHead(status, { 'content-type': 'application/json', 'x-tt-logid': '20261129000000CANNED00000000000000' }).end(JSON.stringify(body)),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  servers.push(server);
  const address = server.address();
  return `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
}

const servers: Server[] = [];
afterAll(() => {
  for (const server of servers.splice(0)) server.close();
});

/** A loopback base URL where nothing listens. */
export async function closedPortUrl(): Promise<string> {
  // Started and closed at once: the port was free a moment ago and nothing listens on it now.
  const server = await startFakeCoze({ region: 'cn' });
  await server.close();
  return server.baseUrl;
}

const dirs: string[] = [];
afterAll(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

export function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'cad-cli-'));
  dirs.push(dir);
  return dir;
}
