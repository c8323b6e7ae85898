import { h } from 'preact';
import { renderToString } from 'preact-render-to-string';
import { describe, expect, test } from 'vitest';
import { cliCommandFor } from '~/cli/suggest';
import { CommandsPanel } from '~/islands/tools/CommandsPanel';
import { toolLabels } from '~/islands/tools/labels';
import { describeRequests, signJwt, type DescribeInput, type PlannedRequest } from '~/probes';
import { JWT_APPS } from '../../fake-coze/keys.ts';
import { OAUTH_APPS, TOKENS } from '../../fake-coze/tokens.ts';
import { CHILD_TIMEOUT, fakeHosts, run, tempDir } from './helpers.ts';

function plan(input: DescribeInput, options = {}): readonly PlannedRequest[] {
  const planned = describeRequests(input, options);
  if (!planned.ok) throw new Error(planned.problem.code);
  return planned.requests;
}

/** The suggested command as argv for the bundle: `npx coze-auth-doctor` dropped, simple words only. */
const argvOf = (command: string) => command.replace(/^npx coze-auth-doctor /, '').split(' ');

describe('the command-line suggestion', () => {
  test('comes first in the commands panel, before curl and PowerShell', () => {
    const requests = plan({ probe: 'token-check', token: TOKENS.patValidCn, host: 'cn' });
    const html = renderToString(h(CommandsPanel, { idPrefix: 'tc', requests, canUnmask: true, labels: toolLabels.en.common }));
    const order = [...html.matchAll(/data-command="([a-z]+)"/g)].map((m) => m[1]);
    expect(order).toEqual(['cli', 'curl', 'powershell']);
    expect(html).toContain('npx coze-auth-doctor check --host cn');
  });

  test.each([
    ['one host', { host: 'cn' }, 'npx coze-auth-doctor check --host cn'],
    ['both hosts', { host: 'auto' }, 'npx coze-auth-doctor check --host auto'],
    ['a base URL', { host: 'custom', baseUrl: 'https://coze.example.com/api/' }, 'npx coze-auth-doctor check --host https://coze.example.com/api/'],
  ] as const)('names the token check on %s, and never a secret', (_name, host, expected) => {
    const command = cliCommandFor(plan({ probe: 'token-check', token: TOKENS.canary, ...host }));
    expect(command).toBe(expected);
  });

  test('names the refresh with its client id but not the refresh token or secret', () => {
    const web = OAUTH_APPS.cn.web;
    const command = cliCommandFor(plan({ probe: 'refresh', clientId: web.clientId, refreshToken: 'r'.repeat(72), clientSecret: web.secret, host: 'com' }));
    expect(command).toBe(`npx coze-auth-doctor refresh --client-id ${web.clientId} --host com --out new-refresh-token.txt`);
  });
});

describe.concurrent('the suggested commands, run against the fake API', { timeout: CHILD_TIMEOUT }, () => {
  test('the token check gives the same verdict as the probe', async () => {
    const { cn, env } = await fakeHosts();
    const command = cliCommandFor(plan({ probe: 'token-check', token: TOKENS.patNoPermissionCn, host: 'custom', baseUrl: cn.baseUrl }));
    const result = await run([...argvOf(command ?? ''), '--json'], { env, stdin: TOKENS.patNoPermissionCn });
    expect(result.json()).toMatchObject({ verdict: 'missing-permission' });
  });

  test('the refresh keeps the new token in new-refresh-token.txt', async () => {
    const { cn, env } = await fakeHosts();
    const pkce = OAUTH_APPS.cn.pkce;
    const command = cliCommandFor(plan({ probe: 'refresh', clientId: pkce.clientId, refreshToken: 'r'.repeat(72), host: 'custom', baseUrl: cn.baseUrl }));
    const result = await run([...argvOf(command ?? ''), '--yes'], { env, stdin: cn.mintRefreshToken('pkce'), cwd: tempDir() });
    expect(result.code).toBe(0);
    expect(result.stderr).toContain('new-refresh-token.txt');
  });

  test('the JWT exchange inspects and exchanges the JWT from standard input', async () => {
    const { env } = await fakeHosts();
    const app = JWT_APPS.cn;
    const jwt = await signJwt({ privateKeyPem: app.privateKeyPem, kid: app.kid, appId: app.appId, host: 'cn' });
    const command = cliCommandFor(plan({ probe: 'jwt-exchange', jwt, host: 'cn' }));
    expect(command).toBe('npx coze-auth-doctor jwt --host cn --exchange');
    const result = await run([...argvOf(command ?? ''), '--json'], { env, stdin: jwt });
    expect(result.json()).toMatchObject({ verdict: 'valid', kind: 'jwt' });
  });
});
