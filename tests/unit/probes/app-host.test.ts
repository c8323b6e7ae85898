/** The wizard check form's app host: a token that works only on the other Coze host is `wrong-region`. */
import { describe, expect, test } from 'vitest';
import { checkToken, runWizardCheck } from '~/probes/index.ts';
import type { AppHost } from '~/wizards/engine/types.ts';
import { TOKENS } from '../../fake-coze/tokens.ts';
import { fake, fakeRegions, sent, signal } from './helpers.ts';

describe('a token check that knows where the app sends its calls', () => {
  test.each([
    // [token, host picked, app host, verdict, region that accepted it]
    [TOKENS.patValidCn, 'com', 'com', 'wrong-region', 'cn'],
    [TOKENS.patValidCn, 'cn', 'com', 'wrong-region', 'cn'],
    [TOKENS.patValidCn, 'auto', 'com', 'wrong-region', 'cn'],
    [TOKENS.patValidCom, 'cn', 'cn', 'wrong-region', 'com'],
    [TOKENS.patValidCom, 'auto', 'cn', 'wrong-region', 'com'],
    [TOKENS.patValidCn, 'cn', 'cn', 'valid', 'cn'],
    [TOKENS.patValidCom, 'com', 'com', 'valid', 'com'],
    [TOKENS.patValidCn, 'auto', 'unknown', 'valid', 'cn'],
  ] as const)('says %s on host %s with app host %s is %s', async (token, host, appHost, verdict, region) => {
    const { options } = await fakeRegions();
    const result = await checkToken({ token, host, appHost }, signal(), options);
    expect(result).toMatchObject({ verdict, region });
  });

  test('asks both Coze hosts when the app host is a Coze host', async () => {
    const { cn, com, options } = await fakeRegions();
    await checkToken({ token: TOKENS.patValidCom, host: 'cn', appHost: 'cn' }, signal(), options);
    expect(sent(cn, '/v1/users/me')).toHaveLength(1);
    expect(sent(com, '/v1/users/me')).toHaveLength(1);
  });

  test.each(['unknown', 'custom'] as const)('asks only the picked host when the app host is %s', async (appHost) => {
    const { com, options } = await fakeRegions();
    const result = await checkToken({ token: TOKENS.patValidCom, host: 'cn', appHost }, signal(), options);
    expect(result).toMatchObject({ verdict: 'invalid-token', suggestOtherRegion: true });
    expect(com.requests).toHaveLength(0);
  });

  test('keeps a custom host to itself whatever the app host', async () => {
    const { cn, com, options } = await fakeRegions();
    const own = await fake('cn');
    const result = await checkToken({ token: TOKENS.patValidCn, host: 'custom', baseUrl: own.baseUrl, appHost: 'com' }, signal(), options);
    expect(result).toMatchObject({ verdict: 'valid', region: 'custom' });
    expect(cn.requests.length + com.requests.length).toBe(0);
  });

  test('still reports a token refused by both hosts as invalid, not as the wrong region', async () => {
    const { options } = await fakeRegions();
    const result = await checkToken({ token: TOKENS.patRevokedCn, host: 'cn', appHost: 'cn' }, signal(), options);
    expect(result.verdict).toBe('invalid-token');
  });
});

describe('runWizardCheck with an app host', () => {
  const run = async (token: string, host: 'cn' | 'com' | 'auto', appHost: AppHost) => {
    const { options } = await fakeRegions();
    return runWizardCheck({ probe: 'token-verdict', credentials: { token, host, appHost } }, signal(), options);
  };

  test('answers wrong-region for a cn token when the app calls api.coze.com', async () => {
    expect(await run(TOKENS.patValidCn, 'cn', 'com')).toMatchObject({ answer: 'wrong-region', verdict: 'wrong-region' });
  });

  test('answers wrong-region for a com token when the app calls api.coze.cn', async () => {
    const evidence = await run(TOKENS.patValidCom, 'com', 'cn');
    expect(evidence).toMatchObject({ answer: 'wrong-region', details: { region: 'com' } });
    expect(JSON.stringify(evidence)).not.toContain(TOKENS.patValidCom);
  });

  test('answers valid when the token works where the app calls', async () => {
    expect(await run(TOKENS.patValidCn, 'auto', 'cn')).toMatchObject({ answer: 'valid' });
  });

  test('answers invalid-token when neither host knows the token', async () => {
    expect(await run(TOKENS.patExpiredCn, 'cn', 'com')).toMatchObject({ answer: 'invalid-token' });
  });
});
