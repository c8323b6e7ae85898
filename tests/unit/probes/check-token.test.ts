import { describe, expect, test, vi } from 'vitest';
import { checkToken } from '~/probes/index.ts';
import { TOKENS } from '../../fake-coze/tokens.ts';
import { FAST, fake, fakeRegions, sent, signal } from './helpers.ts';

describe('checkToken', () => {
  test('reports a valid cn PAT with its user, workspaces and region', async () => {
    const cn = await fake('cn');
    const result = await checkToken({ token: TOKENS.patValidCn, host: 'custom', baseUrl: cn.baseUrl }, signal(), FAST);
    expect(result.verdict).toBe('valid');
    expect(result.kind).toBe('pat');
    expect(result.fingerprint).toBe('pat_…Vc01');
    expect(result.region).toBe('custom');
    expect(result.user?.user_name).toBe('fake_user_cn');
    expect(result.workspaces?.map((w) => [w.workspace_type, w.role_type])).toEqual([
      ['personal', 'owner'],
      ['team', 'admin'],
    ]);
    expect(result.step).toBeNull();
    expect(result.evidence.map((e) => [e.request, e.httpStatus, e.code])).toEqual([
      ['identity', 200, 0],
      ['workspaces', 200, 0],
    ]);
    expect(sent(cn).map((r) => r.url)).toEqual(['/v1/users/me', '/v1/workspaces?page_num=1&page_size=50']);
  });

  test('finds the region of a cn token when asked to detect it', async () => {
    const { cn, com, options } = await fakeRegions();
    const result = await checkToken({ token: TOKENS.patValidCn, host: 'auto' }, signal(), options);
    expect(result).toMatchObject({ verdict: 'valid', region: 'cn' });
    expect(sent(cn, '/v1/users/me')).toHaveLength(1);
    expect(sent(com, '/v1/users/me')).toHaveLength(1);
    expect(sent(com, '/v1/workspaces')).toHaveLength(0);
  });

  test('says wrong-region when the token works only on the region the visitor does not use', async () => {
    const { options } = await fakeRegions();
    const result = await checkToken({ token: TOKENS.patValidCn, host: 'auto', expectRegion: 'com' }, signal(), options);
    expect(result).toMatchObject({
      verdict: 'wrong-region',
      region: 'cn',
      step: { wizard: 'token-invalid', step: 'wrong-region' },
    });
    expect(result.user).not.toBeNull();
  });

  test('never sends the token to the other host when one host is chosen', async () => {
    const { com, options } = await fakeRegions();
    const result = await checkToken({ token: TOKENS.patValidCom, host: 'cn' }, signal(), options);
    expect(result).toMatchObject({ verdict: 'invalid-token', region: 'cn', suggestOtherRegion: true });
    expect(result.notes).toContain('region-suspect');
    expect(com.requests).toHaveLength(0);
  });
});

describe('checkToken with auto-detect', () => {
  test('finds the region of a com token', async () => {
    const { cn, options } = await fakeRegions();
    const result = await checkToken({ token: TOKENS.patValidCom, host: 'auto' }, signal(), options);
    expect(result).toMatchObject({ verdict: 'valid', region: 'com' });
    expect(sent(cn, '/v1/workspaces')).toHaveLength(0);
  });

  test('asks both hosts at the same time', async () => {
    const { cn, com, options } = await fakeRegions();
    // Neither host ever answers: asked one after the other, the second would hear nothing until the
    // first timed out (30 s), so both calls arriving proves they are in flight together.
    cn.setFault({ kind: 'hang' });
    com.setFault({ kind: 'hang' });
    const controller = new AbortController();
    const run = checkToken({ token: TOKENS.patValidCom, host: 'auto' }, controller.signal, { ...options, timeoutMs: 30_000 });
    await vi.waitFor(() => {
      expect(sent(cn, '/v1/users/me')).toHaveLength(1);
      expect(sent(com, '/v1/users/me')).toHaveLength(1);
    }, 5_000);
    controller.abort();
    await run.catch(() => undefined);
  });

  test('says invalid-token with no region when neither host knows the token', async () => {
    const { options } = await fakeRegions();
    const result = await checkToken({ token: TOKENS.patRevokedCn.replace('Rv01', 'Zz99'), host: 'auto' }, signal(), options);
    expect(result).toMatchObject({ verdict: 'invalid-token', region: null, suggestOtherRegion: false });
    expect(result.evidence.map((e) => e.region)).toEqual(['cn', 'com']);
  });

  test('keeps the token answer when the other host is unreachable, and says so', async () => {
    const { com, options } = await fakeRegions();
    com.setFault({ kind: 'reset' });
    const result = await checkToken({ token: TOKENS.patRevokedCn, host: 'auto' }, signal(), options);
    expect(result.verdict).toBe('invalid-token');
    expect(result.notes).toContain('other-host-unreachable');
  });

  test('still reports the working region when the other host is down', async () => {
    const { com, options } = await fakeRegions();
    com.setFault({ kind: 'status', status: 503 });
    const result = await checkToken({ token: TOKENS.patValidCn, host: 'auto', expectRegion: 'cn' }, signal(), options);
    expect(result).toMatchObject({ verdict: 'valid', region: 'cn' });
  });

  test('says missing-permission in the region that recognised the token', async () => {
    const { options } = await fakeRegions();
    const result = await checkToken({ token: TOKENS.patNoPermissionCn, host: 'auto' }, signal(), options);
    expect(result).toMatchObject({ verdict: 'missing-permission', region: 'cn' });
  });
});

describe('checkToken requests', () => {
  test('send only the Authorization header the API allows, plus what the runtime adds itself', async () => {
    const cn = await fake('cn');
    await checkToken({ token: TOKENS.patValidCn, host: 'custom', baseUrl: cn.baseUrl }, signal(), FAST);
    // undici's own defaults; a browser adds its own too. None of them is an author header, so none triggers a preflight.
    const runtime = new Set(['host', 'connection', 'accept', 'accept-language', 'accept-encoding', 'sec-fetch-mode', 'user-agent', 'pragma', 'cache-control']);
    for (const request of sent(cn)) {
      expect(Object.keys(request.headers).filter((h) => !runtime.has(h))).toEqual(['authorization']);
      expect(request.headers['authorization']).toBe(`Bearer ${TOKENS.patValidCn}`);
      // `cache: 'no-store'` is what makes the runtime add these two; an author-set value would differ.
      expect([request.headers['pragma'], request.headers['cache-control']]).toEqual(['no-cache', 'no-cache']);
      expect(request.headers['cookie']).toBeUndefined();
      expect(request.headers['referer']).toBeUndefined();
    }
  });

  test('do not follow a redirect with the token', async () => {
    const cn = await fake('cn');
    const { createServer } = await import('node:http');
    const redirector = createServer((_req, res) => {
      res.writeHead(302, { location: `${cn.baseUrl}/v1/users/me` });
      res.end();
    });
    await new Promise<void>((r) => redirector.listen(0, '127.0.0.1', r));
    const port = (redirector.address() as { port: number }).port;
    const result = await checkToken({ token: TOKENS.patValidCn, host: 'custom', baseUrl: `http://127.0.0.1:${port}` }, signal(), FAST);
    redirector.close();
    expect(result.verdict).toBe('unexpected-response');
    expect(result.notes).toContain('redirect-refused');
    expect(cn.requests).toHaveLength(0);
  });
});
