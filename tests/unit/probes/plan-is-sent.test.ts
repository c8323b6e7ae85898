/** The request preview and the token check read one plan: every request sent was shown, as shown. */
import { describe, expect, test } from 'vitest';
import { checkToken, describeRequests, type TokenCheckInput } from '~/probes/index.ts';
import type { FakeCoze } from '../../fake-coze/types.ts';
import { TOKENS } from '../../fake-coze/tokens.ts';
import { fake, fakeRegions, sent, signal } from './helpers.ts';

type Case = [string, (cn: FakeCoze) => Omit<TokenCheckInput, 'token'>, string];

const CASES: Case[] = [
  ['one Coze host', () => ({ host: 'cn' }), TOKENS.patValidCn],
  ['auto-detect', () => ({ host: 'auto' }), TOKENS.patValidCom],
  ['an app host on the other region', () => ({ host: 'cn', appHost: 'com' }), TOKENS.patValidCn],
  ['an app host, token refused by both', () => ({ host: 'com', appHost: 'cn' }), TOKENS.patRevokedCn],
  ['a custom base URL', (own) => ({ host: 'custom', baseUrl: own.baseUrl }), TOKENS.patMemberCn],
];

describe('the request preview', () => {
  test.each(CASES)('lists exactly what the token check sends for %s', async (_name, make, token) => {
    const { cn, com, options } = await fakeRegions();
    const own = await fake('cn');
    const input = { ...make(own), token: `  Bearer "${token}"` };
    const preview = describeRequests({ probe: 'token-check', ...input }, options);
    if (!preview.ok) throw new Error('the preview refused a valid input');
    await checkToken(input, signal(), options);

    const received = [cn, com, own].flatMap((server) =>
      sent(server).map((r) => ({ method: r.method, url: new URL(r.url, server.baseUrl).href, auth: r.headers['authorization'] })),
    );
    expect(received.length).toBeGreaterThan(0);
    for (const request of received) {
      const shown = preview.requests.find((p) => p.method === request.method && p.url === request.url);
      expect(shown, `${request.method} ${request.url} was sent but not shown`).toBeDefined();
      expect(shown?.headers['Authorization']).toBe(`Bearer ${preview.fingerprint}`);
      expect(request.auth).toBe(`Bearer ${token}`);
    }
    // Whatever the preview does not mark as conditional goes out.
    for (const shown of preview.requests.filter((p) => !p.conditional)) {
      expect(
        received.some((r) => r.method === shown.method && r.url === shown.url),
        `${shown.url} was shown but not sent`,
      ).toBe(true);
    }
  });

  test('shows both Coze hosts when the app host is a Coze host', () => {
    const preview = describeRequests({ probe: 'token-check', token: TOKENS.patValidCn, host: 'cn', appHost: 'com' });
    expect(preview.ok && preview.requests.filter((r) => !r.conditional).map((r) => r.url)).toEqual([
      'https://api.coze.cn/v1/users/me',
      'https://api.coze.com/v1/users/me',
    ]);
  });

  test('shows one host when the app host is unknown', () => {
    const preview = describeRequests({ probe: 'token-check', token: TOKENS.patValidCn, host: 'cn', appHost: 'unknown' });
    expect(preview.ok && preview.requests.map((r) => r.url)).toEqual([
      'https://api.coze.cn/v1/users/me',
      'https://api.coze.cn/v1/workspaces?page_num=1&page_size=50',
    ]);
  });
});
