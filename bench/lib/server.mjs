// Builds the site (timed) and serves dist/ with `astro preview` on a free loopback port.
import { spawn, spawnSync } from 'node:child_process';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';

const astroBin = (root) => join(root, 'node_modules', 'astro', 'bin', 'astro.mjs');

/** Runs `astro build` once and returns its wall time in seconds; throws with the log on failure. */
export function buildSite(root) {
  const start = performance.now();
  const result = spawnSync(process.execPath, [astroBin(root), 'build'], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
  });
  const seconds = (performance.now() - start) / 1000;
  if (result.status !== 0) throw new Error(`astro build failed:\n${result.stdout}\n${result.stderr}`);
  return seconds;
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/**
 * Starts `astro preview` in its own process group and resolves once it prints its URL.
 * `--ignore-lock` lets the bench run while a test server of the same checkout is up.
 */
export async function startPreview(root, { timeoutMs = 60_000 } = {}) {
  const port = await freePort();
  const child = spawn(process.execPath, [astroBin(root), 'preview', '--ignore-lock', '--host', '127.0.0.1', '--port', String(port)], {
    cwd: root,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
  });
  let log = '';
  const origin = await new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`astro preview did not start in ${timeoutMs} ms:\n${log}`)), timeoutMs);
    const onData = (chunk) => {
      log += chunk;
      // Vite moves to another port when ours was taken in the meantime: trust what it prints.
      // eslint-disable-next-line no-control-regex
      const match = /(http:\/\/127\.0\.0\.1:\d+)\//.exec(log.replace(/\x1b\[[0-9;]*m/g, ''));
      if (match) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`astro preview exited with ${code}:\n${log}`));
    });
  });
  return {
    origin,
    stop() {
      if (child.exitCode !== null) return;
      try {
        process.kill(-child.pid, 'SIGTERM');
      } catch {
        child.kill('SIGTERM');
      }
    },
  };
}
