import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { OAUTH_APPS, TOKENS } from '../../fake-coze/tokens.ts';
import { cannedApi, closedPortUrl, fakeHosts, run, sent, tempDir, CHILD_TIMEOUT } from './helpers.ts';

const web = OAUTH_APPS.cn.web;
const pkce = OAUTH_APPS.cn.pkce;

describe.concurrent('coze-auth-doctor refresh', { timeout: CHILD_TIMEOUT }, () => {
  test('refreshes, writes the new refresh token to --out with mode 0600, and prints only fingerprints', async () => {
    const { cn, env } = await fakeHosts();
    const old = cn.mintRefreshToken('web');
    const out = join(tempDir(), 'new-refresh.txt');
    const result = await run(['refresh', '--client-id', web.clientId, '--host', 'cn', '--yes', '--out', out], {
      env: { ...env, COZE_REFRESH_TOKEN: old, COZE_CLIENT_SECRET: web.secret },
    });
    expect(result.code).toBe(0);
    const saved = readFileSync(out, 'utf8').trim();
    expect(saved).toMatch(/^[A-Za-z0-9]{72}$/);
    expect(saved).not.toBe(old);
    expect(statSync(out).mode & 0o777).toBe(0o600);
    expect(result.stdout).toContain(`…${saved.slice(-4)}`);
    expect(result.stdout).not.toContain(saved);
    expect(result.stderr).toContain(out);
    // The secret went only in the Authorization header, as the probe sends it.
    expect(sent(cn)[0]?.headers['authorization']).toBe(`Bearer ${web.secret}`);
  });

  test('prints the new tokens in --json when no --out is given', async () => {
    const { cn, env } = await fakeHosts();
    const result = await run(['refresh', '--client-id', pkce.clientId, '--host', 'cn', '--yes', '--json'], {
      env,
      stdin: cn.mintRefreshToken('pkce'),
    });
    expect(result.code).toBe(0);
    const json = result.json<{
      newRefreshToken: string;
      accessToken: string;
      verdict: string;
      region: string;
      evidence: unknown[];
      step: null;
      expiresAt: string;
    }>();
    expect(json).toMatchObject({ command: 'refresh', verdict: 'valid', region: 'cn', step: null, exitCode: 0 });
    expect(json.newRefreshToken).toMatch(/^[A-Za-z0-9]{72}$/);
    expect(json.accessToken).toMatch(/^czu_/);
    expect(new Date(json.expiresAt).getTime()).toBeGreaterThan(Date.now());
    expect(json.evidence).toHaveLength(1);
  });

  test('gives invalid-token (exit 1) for a refresh token that was already used, pointing at the refresh history', async () => {
    const { cn, env } = await fakeHosts();
    const token = cn.mintRefreshToken('pkce');
    const args = ['refresh', '--client-id', pkce.clientId, '--host', 'cn', '--yes', '--json'];
    expect((await run(args, { env: { ...env, COZE_REFRESH_TOKEN: token } })).code).toBe(0);
    const again = await run(args, { env: { ...env, COZE_REFRESH_TOKEN: token } });
    expect(again.code).toBe(1);
    expect(again.json()).toMatchObject({
      verdict: 'invalid-token',
      uncertain: true,
      step: 'https://coze-auth-doctor.example/en/wizards/expired-refresh/#refresh-token-history',
      evidence: [{ httpStatus: 400, errorCode: 'invalid_request' }],
    });
  });

  test('gives expired (exit 1) for an invalid_grant answer', async () => {
    const baseUrl = await cannedApi(400, { error_code: 'invalid_grant', error_message: 'refresh token is expired', error: 'invalid_grant' });
    const result = await run(['refresh', '--client-id', pkce.clientId, '--host', baseUrl, '--yes', '--json'], { env: { COZE_REFRESH_TOKEN: 'r'.repeat(72) } });
    expect(result.code).toBe(1);
    expect(result.json()).toMatchObject({ verdict: 'expired', step: 'https://coze-auth-doctor.example/en/wizards/expired-refresh/#refresh-token-history' });
  });

  test('gives invalid-token for a wrong client secret, pointing at the client-mismatch step', async () => {
    const { cn, env } = await fakeHosts();
    const result = await run(['refresh', '--client-id', web.clientId, '--host', 'cn', '--yes', '--json'], {
      env: { ...env, COZE_REFRESH_TOKEN: cn.mintRefreshToken('web'), COZE_CLIENT_SECRET: 'not-the-secret' },
    });
    expect(result.code).toBe(1);
    expect(result.json()).toMatchObject({ verdict: 'invalid-token', step: 'https://coze-auth-doctor.example/en/wizards/expired-refresh/#client-mismatch' });
  });

  test('gives not-a-token for an access token given as the refresh token, and sends nothing', async () => {
    const { cn, env } = await fakeHosts();
    const result = await run(['refresh', '--client-id', pkce.clientId, '--host', 'cn', '--yes', '--json'], {
      env: { ...env, COZE_REFRESH_TOKEN: TOKENS.patValidCn },
    });
    expect(result.code).toBe(1);
    expect(result.json()).toMatchObject({ verdict: 'not-a-token', evidence: [], problem: { code: 'access-token-in-refresh-box' } });
    expect(sent(cn)).toEqual([]);
  });

  test.each([
    ['server-error', { kind: 'status', status: 503 }, 3],
    ['network-error', { kind: 'reset' }, 3],
    ['unexpected-response', { kind: 'malformed-json' }, 3],
    ['rate-limited', { kind: 'rate-limit' }, 1],
  ] as const)('gives %s and sends once', async (verdict, fault, exit) => {
    const { cn, env } = await fakeHosts();
    cn.setFault(fault);
    const result = await run(['refresh', '--client-id', pkce.clientId, '--host', 'cn', '--yes', '--json'], {
      env: { ...env, COZE_REFRESH_TOKEN: cn.mintRefreshToken('pkce') },
    });
    expect(result.code).toBe(exit);
    expect(result.json()).toMatchObject({ verdict });
    expect(sent(cn)).toHaveLength(1);
  });

  test('gives network-error (exit 3) when nothing listens at the base URL', async () => {
    const result = await run(['refresh', '--client-id', pkce.clientId, '--host', await closedPortUrl(), '--yes', '--json'], {
      env: { COZE_REFRESH_TOKEN: 'r'.repeat(72) },
    });
    expect(result.code).toBe(3);
    expect(result.json()).toMatchObject({ verdict: 'network-error' });
  });

  test('refuses to spend the token without --yes when there is no terminal to ask on', async () => {
    const { cn, env } = await fakeHosts();
    const result = await run(['refresh', '--client-id', pkce.clientId, '--host', 'cn'], {
      env: { ...env, COZE_REFRESH_TOKEN: cn.mintRefreshToken('pkce') },
    });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('--yes');
    expect(sent(cn)).toEqual([]);
  });

  test('refuses an existing --out file before anything is sent, and leaves it untouched', async () => {
    const { cn, env } = await fakeHosts();
    const out = join(tempDir(), 'taken.txt');
    writeFileSync(out, 'keep me');
    const result = await run(['refresh', '--client-id', pkce.clientId, '--host', 'cn', '--yes', '--out', out], {
      env: { ...env, COZE_REFRESH_TOKEN: cn.mintRefreshToken('pkce') },
    });
    expect(result.code).toBe(2);
    expect(readFileSync(out, 'utf8')).toBe('keep me');
    expect(sent(cn)).toEqual([]);
  });

  test('removes the empty --out file when the refresh fails', async () => {
    const { env } = await fakeHosts();
    const out = join(tempDir(), 'never.txt');
    const result = await run(['refresh', '--client-id', pkce.clientId, '--host', 'cn', '--yes', '--out', out], {
      env: { ...env, COZE_REFRESH_TOKEN: 'r'.repeat(72) },
    });
    expect(result.code).toBe(1);
    expect(existsSync(out)).toBe(false);
  });

  test.each([
    ['no --host', ['--client-id', pkce.clientId, '--yes']],
    ['--host auto', ['--client-id', pkce.clientId, '--host', 'auto', '--yes']],
    ['no --client-id', ['--host', 'cn', '--yes']],
    ['an app id as --client-id', ['--client-id', '1127900106117', '--host', 'cn', '--yes']],
  ])('is a usage error (exit 2) with %s', async (_name, args) => {
    const result = await run(['refresh', ...args], { env: { COZE_REFRESH_TOKEN: 'r'.repeat(72) } });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('coze-auth-doctor refresh --help');
  });
});
