import { describe, expect, test } from 'vitest';
import { CLI_MESSAGES } from '~/cli/messages/index.ts';
import { COMMANDS, HELP } from '~/cli/help.ts';
import { TOKENS } from '../../fake-coze/tokens.ts';
import { CHILD_TIMEOUT, fakeHosts, run, sent } from './helpers.ts';

describe('command-line copy', () => {
  test('has every message in both locales, none empty', () => {
    const keys = Object.keys(CLI_MESSAGES.en).sort();
    expect(Object.keys(CLI_MESSAGES['zh-CN']).sort()).toEqual(keys);
    for (const locale of ['en', 'zh-CN'] as const) {
      for (const [key, value] of Object.entries(CLI_MESSAGES[locale])) {
        const texts: string[] = typeof value === 'string' ? [value] : Object.values(value as Record<string, string>);
        for (const text of texts) expect(text.trim(), `${locale}.${key}`).not.toBe('');
      }
    }
  });

  test('has a help page with examples for every command in both locales', () => {
    for (const locale of ['en', 'zh-CN'] as const) {
      for (const page of ['main', ...COMMANDS] as const) {
        const help = HELP[locale][page];
        expect(help.examples.length, `${locale} ${page}`).toBeGreaterThan(0);
        expect(help.examples.every(([cmd]) => cmd.includes('coze-auth-doctor'))).toBe(true);
        expect(help.usage).toContain('coze-auth-doctor');
      }
    }
  });
});

describe.concurrent('coze-auth-doctor arguments', { timeout: CHILD_TIMEOUT }, () => {
  test.each(['check', 'refresh', 'jwt', 'lookup', 'reach'])('prints help with examples for %s (exit 0)', async (command) => {
    const result = await run([command, '--help']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(`Usage: coze-auth-doctor ${command}`);
    expect(result.stdout).toContain('Examples');
  });

  test('prints the overview in Chinese with --lang zh-CN', async () => {
    const result = await run(['--help', '--lang', 'zh-CN']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('用法');
    expect(result.stdout).toContain('退出码');
  });

  test.each([
    ['a PAT as an argument', ['check', TOKENS.canary]],
    ['a PAT as an option value', ['check', '--host=cn', `--site=${TOKENS.canary}`]],
    ['a bearer header in lookup text', ['lookup', `Authorization: Bearer ${TOKENS.canary}`]],
    ['a refresh token as an argument', ['refresh', '--client-id', '10000000000000000000000000000002.app.coze', 'r'.repeat(72)]],
  ])('refuses %s with exit 2, says why, and sends nothing', async (_name, args) => {
    const { cn, com, env } = await fakeHosts();
    const result = await run(args, { env });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('shell history');
    expect(result.stderr).toContain('ps');
    expect(result.stderr).not.toContain(TOKENS.canary.slice(4));
    expect([...sent(cn), ...sent(com)]).toEqual([]);
  });

  test.each(['--token', '--refresh-token=abc', '--client-secret'])('refuses the option %s, which does not exist on purpose', async (flag) => {
    const result = await run(['check', flag]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('COZE_API_TOKEN');
  });

  test.each([
    ['an unknown command', ['chek']],
    ['an unknown option', ['check', '--hots', 'cn']],
    ['--host with plain http to a public host', ['check', '--host', 'http://api.example.com']],
    ['--host with a word', ['check', '--host', 'china']],
    ['--app-host with a URL', ['check', '--app-host', 'https://api.coze.cn']],
    ['--lang fr', ['check', '--lang', 'fr']],
    ['--timeout 0', ['check', '--timeout', '0']],
    ['--site with a query', ['check', '--site', 'https://x.example/?a=1']],
  ])('exits 2 for %s', async (_name, args) => {
    const result = await run(args, { env: { COZE_API_TOKEN: TOKENS.patValidCn } });
    expect(result.code).toBe(2);
    expect(result.stderr.length).toBeGreaterThan(0);
  });

  test('exits 2 when there is no token at all, and says where one can come from', async () => {
    const result = await run(['check', '--json']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('COZE_API_TOKEN');
    expect(result.json()).toMatchObject({ command: 'check', verdict: null, exitCode: 2 });
  });

  test('prints the version', async () => {
    const result = await run(['--version']);
    expect(result.code).toBe(0);
    expect(result.stdout.trim()).toMatch(/^\d+\.\d+\.\d+/);
  });
});

describe.concurrent('coze-auth-doctor lookup', { timeout: CHILD_TIMEOUT }, () => {
  test('explains an error with its meaning, first fix, guide and wizard step', async () => {
    const result = await run(['lookup', 'Your token does not have permission to access resource']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Best match: 4101');
    expect(result.stdout).toContain('Meaning: ');
    expect(result.stdout).toContain('First fix: ');
    expect(result.stdout).toContain('Guide: https://coze-auth-doctor.example/en/guides/error-codes/#4101');
    expect(result.stdout).toContain('Wizard step: https://coze-auth-doctor.example/en/wizards/token-invalid/#missing-permission');
  });

  test('names the wizard question for a bare code that needs one more answer', async () => {
    const result = await run(['lookup', '4101']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('`4101`: which message came with it?');
    expect(result.stdout).toContain('Wizard step: https://coze-auth-doctor.example/en/wizards/token-invalid/#code-4101');
  });

  test('reads a response body from standard input, in --json', async () => {
    const body = JSON.stringify({ code: 4101, msg: 'The token you entered is incorrect. Please double-check and try again.', detail: { logid: 'x' } });
    const result = await run(['lookup', '--json'], { stdin: body });
    expect(result.code).toBe(0);
    expect(result.json()).toMatchObject({
      command: 'lookup',
      matched: true,
      best: { id: '4101-incorrect-token', reason: 'message' },
      step: 'https://coze-auth-doctor.example/en/wizards/token-invalid/#wrong-region',
    });
  });

  test('links the zh-CN pages in Chinese', async () => {
    const result = await run(['lookup', '令牌已过期', '--lang', 'zh-CN', '--json']);
    expect(result.json()).toMatchObject({ best: { id: 'token-expired', step: 'https://coze-auth-doctor.example/wizards/token-invalid/#token-expired' } });
  });

  test('exits 1 when nothing is recognised', async () => {
    const result = await run(['lookup', 'the weather is nice']);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('Nothing recognised');
  });
});
