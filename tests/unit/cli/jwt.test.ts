import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { signJwt } from '~/probes/index.ts';
import { JWT_APPS } from '../../fake-coze/keys.ts';
import { CHILD_TIMEOUT, fakeHosts, run, sent, tempDir } from './helpers.ts';

const sign = (host: 'cn' | 'com' = 'cn', app = JWT_APPS[host]) => signJwt({ privateKeyPem: app.privateKeyPem, kid: app.kid, appId: app.appId, host });

/** A JWT whose claims break Coze's rules: no kid, a scheme in aud, already expired. */
function badJwt(): string {
  const b64 = (o: object) => Buffer.from(JSON.stringify(o)).toString('base64url');
  return `${b64({ alg: 'RS256', typ: 'JWT' })}.${b64({ iss: '1000000000001', aud: 'https://api.coze.cn', iat: 1, exp: 2, jti: 'x'.repeat(40) })}.c2ln`;
}

interface JwtJson {
  verdict: string;
  exitCode: number;
  findings: Array<{ code: string; severity: string; text: string }>;
  step: string | null;
  evidence: unknown[];
  accessToken?: string;
}

describe.concurrent('coze-auth-doctor jwt', { timeout: CHILD_TIMEOUT }, () => {
  test('inspects a good JWT offline: valid, exit 0, nothing sent', async () => {
    const { cn, env } = await fakeHosts();
    const result = await run(['jwt', '--host', 'cn', '--json'], { env, stdin: await sign() });
    expect(result.code).toBe(0);
    expect(result.json<JwtJson>()).toMatchObject({ command: 'jwt', verdict: 'valid', findings: [], evidence: [], step: null });
    expect(sent(cn)).toEqual([]);
  });

  test('lists the broken rules of a bad JWT with exit 1, in words', async () => {
    const result = await run(['jwt', '--host', 'cn', '--json'], { stdin: badJwt() });
    expect(result.code).toBe(1);
    const json = result.json<JwtJson>();
    expect(json.verdict).toBe('malformed');
    expect(json.findings.map((f) => f.code)).toEqual(expect.arrayContaining(['kid-missing', 'aud-has-scheme', 'expired']));
    expect(json.findings.every((f) => f.text.length > 10)).toBe(true);
    expect(json.step).toBe('https://coze-auth-doctor.example/en/guides/oauth-jwt/');
  });

  test('says not-a-token for text that is not a JWT', async () => {
    const result = await run(['jwt', '--json'], { stdin: 'hello there' });
    expect(result.code).toBe(1);
    expect(result.json<JwtJson>()).toMatchObject({
      verdict: 'not-a-token',
      step: 'https://coze-auth-doctor.example/en/wizards/token-invalid/#wrong-token-kind',
    });
  });

  test('flags a com JWT inspected for cn as aud-wrong-region, pointing at the kid-region step', async () => {
    const result = await run(['jwt', '--host', 'cn', '--json'], { stdin: await sign('com') });
    expect(result.code).toBe(1);
    const json = result.json<JwtJson>();
    expect(json.findings.map((f) => f.code)).toContain('aud-wrong-region');
    expect(json.step).toBe('https://coze-auth-doctor.example/en/wizards/expired-refresh/#jwt-kid-region');
  });

  test('exchanges a JWT from stdin with --exchange: valid, the czs_ token only in --json', async () => {
    const { cn, env } = await fakeHosts();
    const result = await run(['jwt', '--host', 'cn', '--exchange', '--json'], { env, stdin: await sign() });
    expect(result.code).toBe(0);
    const json = result.json<JwtJson>();
    expect(json).toMatchObject({ verdict: 'valid', region: 'cn', kind: 'jwt' });
    expect(json.accessToken).toMatch(/^czs_/);
    expect(sent(cn)).toHaveLength(1);
  });

  test('gives invalid-token for a JWT exchanged twice (jti used)', async () => {
    const { env } = await fakeHosts();
    const jwt = await sign();
    expect((await run(['jwt', '--host', 'cn', '--exchange', '--json'], { env, stdin: jwt })).code).toBe(0);
    const again = await run(['jwt', '--host', 'cn', '--exchange', '--json'], { env, stdin: jwt });
    expect(again.code).toBe(1);
    expect(again.json()).toMatchObject({
      verdict: 'invalid-token',
      evidence: [{ errorCode: 'invalid_client', errorMessage: 'invalid jwt: jti has been used' }],
      step: 'https://coze-auth-doctor.example/en/wizards/expired-refresh/#jwt-symptom',
    });
  });

  test.each([
    ['server-error', { kind: 'status', status: 502 }, 3],
    ['timeout', { kind: 'hang' }, 3],
    ['rate-limited', { kind: 'rate-limit' }, 1],
  ] as const)('gives %s when the token endpoint answers so', async (verdict, fault, exit) => {
    const { cn, env } = await fakeHosts();
    cn.setFault(fault);
    const result = await run(['jwt', '--host', 'cn', '--exchange', '--json', '--timeout', '1'], { env, stdin: await sign() });
    expect(result.code).toBe(exit);
    expect(result.json()).toMatchObject({ verdict });
  });

  test('does not spend a JWT that has errors', async () => {
    const { cn, env } = await fakeHosts();
    const result = await run(['jwt', '--host', 'cn', '--exchange'], { env, stdin: badJwt() });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('Not exchanged');
    expect(sent(cn)).toEqual([]);
  });

  test('signs with --private-key, exchanges, and writes the access token to --out', async () => {
    const { cn, env } = await fakeHosts();
    const dir = tempDir();
    const key = join(dir, 'private_key.pem');
    writeFileSync(key, JWT_APPS.cn.privateKeyPem, { mode: 0o600 });
    const out = join(dir, 'access.txt');
    const app = JWT_APPS.cn;
    const result = await run(['jwt', '--private-key', key, '--app-id', app.appId, '--kid', app.kid, '--host', 'cn', '--out', out], { env });
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('czs_…');
    expect(result.stderr).toContain('Signed a JWT assertion');
    expect(sent(cn)[0]?.headers['authorization']).toMatch(/^Bearer eyJ/);
  });

  test('signing with the com key for cn reads as wrong-region', async () => {
    const { env } = await fakeHosts();
    const key = join(tempDir(), 'com.pem');
    writeFileSync(key, JWT_APPS.com.privateKeyPem);
    const app = JWT_APPS.com;
    const result = await run(['jwt', '--private-key', key, '--app-id', app.appId, '--kid', app.kid, '--host', 'cn', '--json'], { env });
    expect(result.code).toBe(1);
    expect(result.json()).toMatchObject({ verdict: 'wrong-region', uncertain: true });
  });

  test.each([
    ['--exchange without --host', ['--exchange']],
    ['--private-key without --kid', ['--private-key', 'k.pem', '--app-id', '1000000000001', '--host', 'cn']],
    ['an unreadable key file', ['--private-key', '/nonexistent/k.pem', '--app-id', '1000000000001', '--kid', 'k', '--host', 'cn']],
  ])('is a usage error (exit 2) with %s', async (_name, args) => {
    const result = await run(['jwt', ...args], { stdin: 'x' });
    expect(result.code).toBe(2);
  });
});
