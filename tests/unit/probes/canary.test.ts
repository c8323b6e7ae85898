/** The canary token must never leave the host the visitor picked, nor appear in anything we return or throw. */
import { describe, expect, test } from 'vitest';
import { checkToken, classifyPasted, describeRequests, lookupError, refreshToken, runWizardCheck, type ProbeOptions } from '~/probes/index.ts';
import { OAUTH_APPS, TOKENS } from '../../fake-coze/tokens.ts';
import type { Fault } from '../../fake-coze/types.ts';
import { closedPortUrl, FAST, fakeRegions, SHORT_TIMEOUT, signal } from './helpers.ts';

const CANARY = TOKENS.canary;
const leaks = (value: unknown) => JSON.stringify(value, (_k, v: unknown) => (v instanceof Error ? `${v.name}: ${v.message} ${v.stack}` : v)).includes(CANARY);

describe('the canary token', () => {
  test.each<[string, Fault | null]>([
    ['a valid check', null],
    ['a 5xx', { kind: 'status', status: 500 }],
    ['a reset', { kind: 'reset' }],
    ['a timeout', { kind: 'hang' }],
    ['an HTML page', { kind: 'html' }],
  ])('appears in no result and in no request to the other host after %s', async (_name, fault) => {
    const { cn, com, options } = await fakeRegions();
    if (fault) cn.setFault(fault);
    const result = await checkToken({ token: `Bearer ${CANARY}`, host: 'cn' }, signal(), {
      ...options,
      timeoutMs: SHORT_TIMEOUT.timeoutMs ?? 300,
    });
    expect(leaks(result)).toBe(false);
    expect(com.requests).toHaveLength(0);
    const evidence = await runWizardCheck({ probe: 'workspace-role', credentials: { token: CANARY, host: 'cn' } }, signal(), options);
    expect(leaks(evidence)).toBe(false);
  });

  test('appears in no result when the host cannot be reached at all', async () => {
    const baseUrl = await closedPortUrl();
    const options: ProbeOptions = { ...FAST, corsEnforced: true };
    expect(leaks(await checkToken({ token: CANARY, host: 'custom', baseUrl }, signal(), options))).toBe(false);
  });

  test('appears in no result when it is pasted as a refresh token', async () => {
    const { options } = await fakeRegions();
    const result = await refreshToken({ clientId: OAUTH_APPS.cn.pkce.clientId, refreshToken: CANARY, host: 'cn' }, signal(), options);
    expect(result.verdict).toBe('not-a-token');
    expect(leaks(result)).toBe(false);
  });

  test('appears in no error when a check is cancelled', async () => {
    const { cn, options } = await fakeRegions();
    cn.setFault({ kind: 'hang' });
    const controller = new AbortController();
    const pending = checkToken({ token: CANARY, host: 'cn' }, controller.signal, { ...options, timeoutMs: 5000 });
    setTimeout(() => controller.abort(), 30);
    const error = await pending.catch((e: unknown) => e);
    expect(leaks(error)).toBe(false);
  });

  test('is scrubbed from server text that echoes it', async () => {
    // A misbehaving server (or proxy) that puts the token into its message must not carry it into evidence.
    const { createServer } = await import('node:http');
    const echo = createServer((req, res) => {
      res.writeHead(401, { 'content-type': 'application/json', 'x-tt-logid': 'L1' });
      res.end(JSON.stringify({ code: 4100, msg: `bad token ${req.headers.authorization}` }));
    });
    await new Promise<void>((r) => echo.listen(0, '127.0.0.1', r));
    const baseUrl = `http://127.0.0.1:${(echo.address() as { port: number }).port}`;
    const result = await checkToken({ token: CANARY, host: 'custom', baseUrl }, signal(), FAST);
    echo.close();
    expect(result.evidence[0]?.msg).toBe('bad token Bearer [redacted]');
    expect(leaks(result)).toBe(false);
  });

  test('never ends up in a preview, a pasted reading or a lookup result', () => {
    expect(leaks(describeRequests({ probe: 'token-check', token: CANARY, host: 'auto' }))).toBe(false);
    expect(leaks(classifyPasted(`{"code":4100,"msg":"authentication is invalid"}`))).toBe(false);
    expect(leaks(lookupError(`Authorization: Bearer ${CANARY}\n{"code":4100}`))).toBe(false);
  });
});
