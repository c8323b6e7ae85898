import { describe, expect, test } from 'vitest';
import { checkToken, isProbeCancelled, ProbeCancelledError } from '~/probes/index.ts';
import { TOKENS } from '../../fake-coze/tokens.ts';
import type { Fault } from '../../fake-coze/types.ts';
import { FAST, fake, sent, SHORT_TIMEOUT, signal } from './helpers.ts';

async function checkWith(fault: Fault, options = FAST, token: string = TOKENS.patValidCn) {
  const server = await fake('cn');
  server.setFault(fault);
  const result = await checkToken({ token, host: 'custom', baseUrl: server.baseUrl }, signal(), options);
  return { server, result };
}

describe('checkToken under faults', () => {
  test('says timeout when the host never answers, without retrying', async () => {
    const { result, server } = await checkWith({ kind: 'hang' }, SHORT_TIMEOUT);
    expect(result).toMatchObject({
      verdict: 'timeout',
      step: { wizard: 'token-invalid', step: 'network-unreachable' },
    });
    expect(result.evidence[0]?.attempts).toBe(1);
    // On a loaded machine the client can give up before the server has logged the request at all;
    // either way there must be no second attempt.
    expect(sent(server).length).toBeLessThanOrEqual(1);
  });

  test('waits out latency shorter than the timeout', async () => {
    const { result } = await checkWith({ kind: 'latency', ms: 100 });
    expect(result.verdict).toBe('valid');
  });

  test('says timeout when latency exceeds the timeout', async () => {
    const { result } = await checkWith({ kind: 'latency', ms: 1000 }, SHORT_TIMEOUT);
    expect(result.verdict).toBe('timeout');
  });

  test.each([500, 502, 503, 504])('retries a %i once, then says server-error', async (status) => {
    const { result, server } = await checkWith({ kind: 'status', status });
    expect(result).toMatchObject({ verdict: 'server-error', step: { step: 'server-error' } });
    expect(result.evidence[0]).toMatchObject({ httpStatus: status, code: 5000, attempts: 2 });
    expect(sent(server)).toHaveLength(2);
  });

  test('recovers when the single retry after a 503 succeeds', async () => {
    const { result, server } = await checkWith({ kind: 'status', status: 503, times: 1 });
    expect(result.verdict).toBe('valid');
    expect(result.evidence[0]?.attempts).toBe(2);
    expect(sent(server, '/v1/users/me')).toHaveLength(2);
  });

  test.each([
    [401, TOKENS.patRevokedCn],
    [403, TOKENS.patNoPermissionCn],
    [429, TOKENS.patRateLimitedCn],
  ])('never retries a %i', async (status, token) => {
    const server = await fake('cn');
    const result = await checkToken({ token, host: 'custom', baseUrl: server.baseUrl }, signal(), FAST);
    expect(result.evidence[0]).toMatchObject({ httpStatus: status, attempts: 1 });
    expect(sent(server)).toHaveLength(1);
  });

  test('never retries a 404 and reads it as unexpected-response', async () => {
    const server = await fake('cn');
    const result = await checkToken({ token: TOKENS.patValidCn, host: 'custom', baseUrl: `${server.baseUrl}/wrong-prefix/` }, signal(), FAST);
    expect(result).toMatchObject({ verdict: 'unexpected-response', step: { step: 'other-error' } });
    expect(result.evidence[0]).toMatchObject({ httpStatus: 404, attempts: 1 });
  });

  test('reads an injected 429 as rate-limited without retrying', async () => {
    const { result, server } = await checkWith({ kind: 'rate-limit' });
    expect(result).toMatchObject({ verdict: 'rate-limited' });
    expect(sent(server)).toHaveLength(1);
  });

  test('reads an HTML error page as server-error after one retry', async () => {
    const { result, server } = await checkWith({ kind: 'html' });
    expect(result.verdict).toBe('server-error');
    expect(sent(server)).toHaveLength(2);
  });

  test.each([
    ['malformed JSON', 'malformed-json'],
    ['an empty body', 'empty'],
  ] as const)('reads %s as unexpected-response', async (_name, kind) => {
    const { result, server } = await checkWith({ kind });
    expect(result).toMatchObject({ verdict: 'unexpected-response', user: null });
    expect(sent(server)).toHaveLength(1);
  });

  test('retries a reset connection once, then says network-error', async () => {
    const { result, server } = await checkWith({ kind: 'reset' });
    expect(result.verdict).toBe('network-error');
    expect(result.evidence[0]?.attempts).toBe(2);
    expect(sent(server)).toHaveLength(2);
  });

  test('says cors-blocked in a browser when the host answers but the authorised request fails', async () => {
    const { result, server } = await checkWith({ kind: 'reset-authorized' }, { ...FAST, corsEnforced: true });
    expect(result).toMatchObject({ verdict: 'cors-blocked', step: { guide: 'guides/browser-calls' } });
    // Two authorised attempts, then one reachability request that carries no token.
    const reach = sent(server).filter((r) => r.headers['authorization'] === undefined);
    expect(reach).toHaveLength(1);
    expect(reach[0]?.headers['sec-fetch-mode']).toBe('no-cors');
  });

  test('says network-error, not cors-blocked, outside a browser', async () => {
    const { result } = await checkWith({ kind: 'reset-authorized' }, { ...FAST, corsEnforced: false });
    expect(result.verdict).toBe('network-error');
  });

  test('rejects with ProbeCancelledError when aborted mid-check', async () => {
    const server = await fake('cn');
    server.setFault({ kind: 'hang' });
    const controller = new AbortController();
    const pending = checkToken({ token: TOKENS.canary, host: 'custom', baseUrl: server.baseUrl }, controller.signal, {
      ...FAST,
      timeoutMs: 5000,
    });
    setTimeout(() => controller.abort(), 50);
    const error = await pending.catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ProbeCancelledError);
    expect(isProbeCancelled(error)).toBe(true);
    expect((error as Error).name).toBe('AbortError');
    expect(String((error as Error).message)).not.toContain(TOKENS.canary);
  });

  test('rejects at once, sending nothing, when the signal has already fired', async () => {
    const server = await fake('cn');
    const controller = new AbortController();
    controller.abort();
    await expect(checkToken({ token: TOKENS.patValidCn, host: 'custom', baseUrl: server.baseUrl }, controller.signal, FAST)).rejects.toSatisfy(
      isProbeCancelled,
    );
    expect(server.requests).toHaveLength(0);
  });

  test('rejects with ProbeCancelledError when aborted during the retry pause', async () => {
    const server = await fake('cn');
    server.setFault({ kind: 'status', status: 503 });
    const controller = new AbortController();
    const pending = checkToken({ token: TOKENS.patValidCn, host: 'custom', baseUrl: server.baseUrl }, controller.signal, { ...FAST, retryDelayMs: 2000 });
    // Abort only once the first 503 has been answered, whatever the machine's load.
    while (sent(server).length === 0) await new Promise((r) => setTimeout(r, 10));
    setTimeout(() => controller.abort(), 200);
    await expect(pending).rejects.toSatisfy(isProbeCancelled);
    expect(sent(server)).toHaveLength(1);
  });
});
