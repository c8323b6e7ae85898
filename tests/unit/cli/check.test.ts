import { describe, expect, test } from 'vitest';
import { OAUTH_APPS, TOKENS } from '../../fake-coze/tokens.ts';
import { cannedApi, closedPortUrl, fakeHosts, run, sent, CHILD_TIMEOUT } from './helpers.ts';

interface CheckJson {
  command: string;
  verdict: string;
  exitCode: number;
  region: string | null;
  kind: string | null;
  fingerprint: string | null;
  evidence: Array<{ request: string; host: string; httpStatus: number | null; code: number | null; logid: string | null; ms: number | null }>;
  step: string | null;
  fix: string | null;
}

/** Token-check cases: what the user has, where the CLI sends it, and the verdict and exit code it must give. */
const CASES = [
  { name: 'a valid PAT on its host', token: TOKENS.patValidCn, args: ['--host', 'cn'], verdict: 'valid', exit: 0, region: 'cn' },
  { name: 'a valid PAT with auto', token: TOKENS.patValidCn, args: [], verdict: 'valid', exit: 0, region: 'cn' },
  { name: 'a valid coze.com PAT with auto', token: TOKENS.patValidCom, args: ['--host', 'auto'], verdict: 'valid', exit: 0, region: 'com' },
  {
    name: 'an expired PAT',
    token: TOKENS.patExpiredCn,
    args: ['--host', 'cn'],
    verdict: 'invalid-token',
    exit: 1,
    step: '/wizards/token-invalid/#token-unknown',
  },
  {
    name: 'a token without permission (4101)',
    token: TOKENS.patNoPermissionCn,
    args: ['--host', 'cn'],
    verdict: 'missing-permission',
    exit: 1,
    step: '/wizards/token-invalid/#missing-permission',
  },
  { name: 'a rate-limited token (4013)', token: TOKENS.patRateLimitedCn, args: ['--host', 'cn'], verdict: 'rate-limited', exit: 1 },
  {
    name: 'a cn token for an app that calls com',
    token: TOKENS.patValidCn,
    args: ['--app-host', 'com'],
    verdict: 'wrong-region',
    exit: 1,
    region: 'cn',
    step: '/wizards/token-invalid/#wrong-region',
  },
  {
    name: 'a cn token checked on cn for an app that calls com',
    token: TOKENS.patValidCn,
    args: ['--host', 'cn', '--app-host', 'com'],
    verdict: 'wrong-region',
    exit: 1,
    region: 'cn',
  },
  {
    name: 'a com token for an app that calls com',
    token: TOKENS.patValidCom,
    args: ['--host', 'com', '--app-host', 'com'],
    verdict: 'valid',
    exit: 0,
    region: 'com',
  },
  { name: 'a client id', token: OAUTH_APPS.cn.web.clientId, args: ['--host', 'cn'], verdict: 'not-a-token', exit: 1, sendsNothing: true },
  { name: 'a refresh token', token: 'fakeRefreshLooking'.padEnd(72, 'z'), args: ['--host', 'cn'], verdict: 'not-a-token', exit: 1 },
  {
    name: 'a token with a line break in it',
    token: `${TOKENS.patValidCn.slice(0, 9)}\n${TOKENS.patValidCn.slice(9)}`,
    args: ['--host', 'cn'],
    verdict: 'malformed',
    exit: 1,
    sendsNothing: true,
  },
] as const;

describe.concurrent('coze-auth-doctor check', { timeout: CHILD_TIMEOUT }, () => {
  test.each(CASES)('gives $verdict (exit $exit) for $name', async (c) => {
    const { cn, com, env } = await fakeHosts();
    const result = await run(['check', ...c.args, '--json'], { env: { ...env, COZE_API_TOKEN: c.token } });
    expect(result.code).toBe(c.exit);
    const json = result.json<CheckJson>();
    expect(json).toMatchObject({ command: 'check', verdict: c.verdict, exitCode: c.exit });
    if ('region' in c) expect(json.region).toBe(c.region);
    if ('step' in c) expect(json.step).toBe(`https://coze-auth-doctor.example/en${c.step}`);
    if (c.verdict === 'valid') expect(json.step).toBeNull();
    else expect(json.step).toMatch(/^https:\/\/coze-auth-doctor\.example\//);
    expect(Array.isArray(json.evidence)).toBe(true);
    if ('sendsNothing' in c) {
      expect(json.evidence).toEqual([]);
      expect([...sent(cn), ...sent(com)]).toEqual([]);
    } else {
      expect(json.evidence.length).toBeGreaterThan(0);
      for (const row of json.evidence) {
        expect(row).toEqual(
          expect.objectContaining({ request: expect.any(String), host: expect.stringMatching(/^http:\/\/127\.0\.0\.1:/), logid: expect.any(String) }),
        );
        expect(typeof row.ms).toBe('number');
      }
    }
  });

  test('gives expired (exit 1) when the API says the token expired', async () => {
    const baseUrl = await cannedApi(401, { code: 4100, msg: 'token expired', detail: { logid: 'x' } });
    const result = await run(['check', '--host', baseUrl, '--json'], { env: { COZE_API_TOKEN: TOKENS.patValidCn } });
    expect(result.code).toBe(1);
    expect(result.json()).toMatchObject({ verdict: 'expired', step: 'https://coze-auth-doctor.example/en/wizards/token-invalid/#token-expired' });
  });

  test('asks only the chosen host, and both for auto', async () => {
    const { cn, com, env } = await fakeHosts();
    await run(['check', '--host', 'cn'], { env: { ...env, COZE_API_TOKEN: TOKENS.patValidCn } });
    expect(sent(cn).length).toBeGreaterThan(0);
    expect(sent(com)).toEqual([]);
    await run(['check'], { env: { ...env, COZE_API_TOKEN: TOKENS.patValidCn } });
    expect(sent(com).length).toBe(1);
  });

  test('reads the token from standard input when COZE_API_TOKEN is unset', async () => {
    const { env } = await fakeHosts();
    const result = await run(['check', '--host', 'cn', '--json'], { env, stdin: `${TOKENS.patValidCn}\n` });
    expect(result.code).toBe(0);
    expect(result.json()).toMatchObject({ verdict: 'valid', fingerprint: 'pat_…Vc01', kind: 'pat' });
  });

  test.each([
    ['nothing listens on the port', 'network-error', undefined],
    ['the API answers 503 twice', 'server-error', { kind: 'status', status: 503 }],
    ['the API answers broken JSON', 'unexpected-response', { kind: 'malformed-json' }],
    ['the API never answers', 'timeout', { kind: 'hang' }],
  ] as const)('exits 3 with %s (%s)', async (_name, verdict, fault) => {
    const { cn } = await fakeHosts();
    const baseUrl = fault === undefined ? await closedPortUrl() : cn.baseUrl;
    if (fault) cn.setFault(fault);
    const result = await run(['check', '--host', baseUrl, '--timeout', '1', '--json'], { env: { COZE_API_TOKEN: TOKENS.patValidCn } });
    expect(result.code).toBe(3);
    expect(result.json()).toMatchObject({ verdict, exitCode: 3 });
  });

  test('prints the verdict, evidence table, first fix and wizard step as text', async () => {
    const { env } = await fakeHosts();
    const result = await run(['check', '--app-host', 'com'], { env: { ...env, COZE_API_TOKEN: TOKENS.patValidCn } });
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('wrong-region');
    expect(result.stdout).toContain('pat_…Vc01');
    expect(result.stdout).toMatch(/Identity \(users\/me\)\s+http:\/\/127\.0\.0\.1:\d+\s+200\s+0\s+\w+\s+\d+ ms/);
    expect(result.stdout).toContain('First fix: ');
    expect(result.stdout).toContain('Wizard step: https://coze-auth-doctor.example/en/wizards/token-invalid/#wrong-region');
    // Progress goes to stderr, so stdout is only the report.
    expect(result.stderr).toContain('Asking http://127.0.0.1:');
    expect(result.stdout).not.toContain('Asking');
    expect(result.stdout).not.toContain('\x1b['); // not a terminal: no colours
  });

  test('speaks Chinese when LANG is zh_CN, and links the zh-CN wizard step', async () => {
    const { env } = await fakeHosts();
    const result = await run(['check', '--app-host', 'com'], { env: { ...env, LANG: 'zh_CN.UTF-8', COZE_API_TOKEN: TOKENS.patValidCn } });
    expect(result.stdout).toContain('令牌属于另一个区域');
    expect(result.stdout).toContain('向导步骤：https://coze-auth-doctor.example/wizards/token-invalid/#wrong-region');
  });

  test('--site moves the wizard-step link to another site address', async () => {
    const { env } = await fakeHosts();
    const result = await run(['check', '--app-host', 'com', '--json', '--lang', 'en', '--site', 'https://doctor.example.org/docs'], {
      env: { ...env, COZE_API_TOKEN: TOKENS.patValidCn },
    });
    expect(result.json()).toMatchObject({ step: 'https://doctor.example.org/docs/en/wizards/token-invalid/#wrong-region' });
  });
});
