import { describe, expect, test } from 'vitest';
import { checkToken } from '../../../src/probes/index.ts';
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
    expect(result.workspaces?.map((w) => [w.workspace_type, w.role_type])).toEqual([['personal', 'owner'], ['team', 'admin']]);
    expect(result.step).toBeNull();
    expect(result.evidence.map((e) => [e.request, e.httpStatus, e.code])).toEqual([['identity', 200, 0], ['workspaces', 200, 0]]);
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
    expect(result).toMatchObject({ verdict: 'wrong-region', region: 'cn', step: { wizard: 'token-invalid', step: 'wrong-region' } });
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
