import { describe, expect, test } from 'vitest';
import { readCallback, strippedUrl } from '~/playground/callback';
import { memorySessionStore, parseSession } from '~/playground/session';
import { decodeShare, encodeShare } from '~/playground/share-link';

const PAGE = 'http://127.0.0.1:4321/tools/oauth-playground/';
const ID = '10000000000000000000000000000002.app.coze';

describe('the callback', () => {
  test('reads code and state, and the address without them keeps everything else', () => {
    const url = new URL(`${PAGE}?code=code_abc&state=s1&x=1#flow=pkce`);
    expect(readCallback(url)).toEqual({ code: 'code_abc', state: 's1', error: null, errorDescription: null });
    expect(strippedUrl(url)).toBe('/tools/oauth-playground/?x=1#flow=pkce');
  });

  test('reads an error answer and strips it too', () => {
    const url = new URL(`${PAGE}?error=access_denied&error_description=no&state=s1`);
    expect(readCallback(url)).toMatchObject({ error: 'access_denied', errorDescription: 'no', code: null });
    expect(strippedUrl(url)).toBe('/tools/oauth-playground/');
  });

  test('a page opened normally has no callback', () => {
    expect(readCallback(new URL(PAGE))).toBeNull();
  });
});

describe('the share link', () => {
  test('carries the client id only when asked, and never a base URL, code, verifier or token', () => {
    const shared = { flow: 'pkce', host: 'custom', clientId: ID, step: 'authorize' } as const;
    expect(encodeShare(shared, false)).toBe('#flow=pkce&host=custom&step=authorize');
    expect(encodeShare(shared, true)).toBe(`#flow=pkce&host=custom&client_id=${ID}&step=authorize`);
    expect(decodeShare(encodeShare(shared, true))).toEqual(shared);
  });

  test.each([
    '#flow=pkce&base_url=https://evil.example',
    '#flow=pkce&code=code_x',
    '#flow=pkce&access_token=czu_x',
    '#flow=other',
    '#flow=pkce&client_id=abc',
    '#flow=pkce&step=tokens',
  ])('refuses %s as a link it cannot read', (hash) => expect(decodeShare(hash)).toBe('invalid'));

  test('no fragment is no link', () => expect(decodeShare('')).toBeNull());
});

describe('the stored PKCE session', () => {
  const good = { verifier: 'a'.repeat(43), state: 'stateStateState0001', clientId: ID, host: 'cn' };

  test('round-trips exactly the five allowed fields', () => {
    const store = memorySessionStore();
    store.save({ ...good, host: 'custom', baseUrl: 'http://127.0.0.1:9/' });
    expect(Object.keys(JSON.parse(store.text!)).sort()).toEqual(['baseUrl', 'clientId', 'host', 'state', 'verifier']);
    expect(store.load()).toEqual({ ...good, host: 'custom', baseUrl: 'http://127.0.0.1:9/' });
    store.clear();
    expect(store.load()).toBeNull();
  });

  test.each([
    ['a short verifier', { ...good, verifier: 'short' }],
    ['an odd state', { ...good, state: '<script>' }],
    ['a bad client id', { ...good, clientId: 'x' }],
    ['another host', { ...good, host: 'evil' }],
    ['a custom host with an http base URL off loopback', { ...good, host: 'custom', baseUrl: 'http://evil.example/' }],
  ])('reads %s as nothing stored', (_name, value) => expect(parseSession(JSON.stringify(value))).toBeNull());
});
