/** The fake itself: it must behave like the facts say, or the probe tests prove nothing. */
import { spawn } from 'node:child_process';
import { describe, expect, test } from 'vitest';
import { TOKENS } from '../../fake-coze/tokens.ts';
import { fake } from './helpers.ts';

describe('the fake Coze API', () => {
  test('answers a CORS preflight with the restricted allow-list', async () => {
    const cn = await fake('cn');
    const response = await fetch(`${cn.baseUrl}/v1/users/me`, {
      method: 'OPTIONS',
      headers: {
        origin: 'http://localhost:4321',
        'access-control-request-method': 'GET',
        'access-control-request-headers': 'authorization, cache-control',
      },
    });
    expect(response.status).toBe(204);
    expect(response.headers.get('access-control-allow-origin')).toBe('*');
    const allowed = response.headers.get('access-control-allow-headers')?.split(/,\s*/) ?? [];
    expect(allowed).toEqual(['authorization', 'content-type', 'x-coze-client-user-agent']);
    expect(allowed).not.toContain('cache-control');
  });

  test('drops the CORS headers under the no-cors fault', async () => {
    const cn = await fake('cn');
    cn.setFault({ kind: 'no-cors' });
    const response = await fetch(`${cn.baseUrl}/v1/users/me`, {
      headers: { authorization: `Bearer ${TOKENS.patValidCn}` },
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('access-control-allow-origin')).toBeNull();
  });

  test('sends the logid both as x-tt-logid and as detail.logid', async () => {
    const cn = await fake('cn');
    const response = await fetch(`${cn.baseUrl}/v1/users/me`);
    const body = (await response.json()) as { detail: { logid: string } };
    expect(response.headers.get('x-tt-logid')).toBe(body.detail.logid);
  });

  test('spends a limited fault and then answers normally', async () => {
    const cn = await fake('cn');
    cn.setFault({ kind: 'status', status: 500, times: 1 });
    const auth = { headers: { authorization: `Bearer ${TOKENS.patValidCn}` } };
    expect((await fetch(`${cn.baseUrl}/v1/users/me`, auth)).status).toBe(500);
    expect((await fetch(`${cn.baseUrl}/v1/users/me`, auth)).status).toBe(200);
  });

  test('runs as a standalone process that Playwright can steer over HTTP', async () => {
    const child = spawn(process.execPath, ['tests/fake-coze/cli.ts', '--port', '0'], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    try {
      const urls = await new Promise<Record<string, string>>((resolve, reject) => {
        let out = '';
        child.stdout.on('data', (chunk: Buffer) => {
          out += chunk.toString();
          const found = Object.fromEntries([...out.matchAll(/^(FAKE_COZE(?:_COM)?_URL)=(\S+)$/gm)].map((m) => [m[1], m[2]]));
          if (found['FAKE_COZE_URL'] && found['FAKE_COZE_COM_URL']) resolve(found as Record<string, string>);
        });
        child.on('exit', (code) => reject(new Error(`fake exited with ${code}`)));
      });
      const cn = urls['FAKE_COZE_URL'];
      expect(cn).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
      await fetch(`${cn}/__fake/fault`, { method: 'POST', body: JSON.stringify({ kind: 'status', status: 502 }) });
      expect((await fetch(`${cn}/v1/users/me`)).status).toBe(502);
      await fetch(`${cn}/__fake/fault`, { method: 'DELETE' });
      expect((await fetch(`${cn}/v1/users/me`, { headers: { authorization: `Bearer ${TOKENS.patValidCn}` } })).status).toBe(200);
      const log = (await (await fetch(`${cn}/__fake/requests`)).json()) as unknown[];
      expect(log).toHaveLength(2);
      const minted = (await (await fetch(`${cn}/__fake/refresh-token`, { method: 'POST', body: '{"app":"pkce"}' })).json()) as { refresh_token: string };
      expect(minted.refresh_token).toMatch(/^[A-Za-z0-9]{72}$/);
    } finally {
      child.kill('SIGTERM');
    }
  }, 15_000);
});
