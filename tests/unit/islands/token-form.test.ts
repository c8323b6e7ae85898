/** The one token form: what it refuses before sending, and what it says about it, in both locales. */
import { h } from 'preact';
import { renderToString } from 'preact-render-to-string';
import { describe, expect, test } from 'vitest';
import { cspDirectives } from '~/config/csp.mjs';
import { toolLabels } from '~/islands/tools/labels';
import { TokenCheck } from '~/islands/tools/TokenCheck';
import { draftOf, refusalOf, type FormValues } from '~/islands/tools/token-form/draft';
import { VERDICT_COPY } from '~/probes/verdict-copy';
import { LOCALES, type Locale } from '~/site/locale';
import { TOKENS } from '../../fake-coze/tokens.ts';

const PAGE = { policy: cspDirectives({}).join('; '), origin: 'https://doctor.example' };
const values = (over: Partial<FormValues>): FormValues => ({ token: TOKENS.patValidCn, host: 'cn', baseUrl: '', appHost: 'unknown', ...over });

describe('the token form draft', () => {
  test('refuses an empty token without calling it malformed', () => {
    const draft = draftOf(values({ token: '   ' }), PAGE);
    expect(refusalOf(draft)).toBe('empty');
  });

  test.each([
    ['http://coze.example.com', 'base-url-insecure'],
    ['coze.example.com', 'base-url-invalid'],
    ['https://user:pw@coze.example.com', 'base-url-credentials'],
    ['https://127.0.0.1:8888/?x=1', 'base-url-query'],
  ])('blames the base URL, not the token, for %s', (baseUrl, code) => {
    const draft = draftOf(values({ host: 'custom', baseUrl }), PAGE);
    expect(refusalOf(draft)).toBe('base-url');
    expect(draft.baseUrlProblem).toMatchObject({ field: 'base-url', code });
    expect(draft.normalized.ok).toBe(true);
  });

  test('catches a custom host the site CSP would block, before anything is sent', () => {
    const draft = draftOf(values({ host: 'custom', baseUrl: 'https://coze.example.com' }), PAGE);
    expect(refusalOf(draft)).toBe('csp');
    expect(draft.blockedOrigin).toBe('https://coze.example.com');
  });

  test('lets a local Coze Studio through', () => {
    const draft = draftOf(values({ host: 'custom', baseUrl: 'http://127.0.0.1:8888' }), PAGE);
    expect(refusalOf(draft)).toBeNull();
    expect(draft.described.ok && draft.described.requests[0]?.url).toBe('http://127.0.0.1:8888/v1/users/me');
  });

  test('sends a malformed token on: its verdict is the diagnosis', () => {
    expect(refusalOf(draftOf(values({ token: 'pat_a b' }), PAGE))).toBeNull();
  });

  test('says both hosts will be asked when the app host is a Coze host', () => {
    expect(draftOf(values({ appHost: 'com' }), PAGE).bothHosts).toBe(true);
    expect(draftOf(values({ appHost: 'unknown' }), PAGE).bothHosts).toBe(false);
    expect(draftOf(values({ host: 'custom', baseUrl: 'http://127.0.0.1:1', appHost: 'com' }), PAGE).bothHosts).toBe(false);
  });

  test('puts the app host into the input the probe gets', () => {
    expect(draftOf(values({ appHost: 'com' }), PAGE).input).toEqual({ token: TOKENS.patValidCn, host: 'cn', appHost: 'com' });
    expect(draftOf(values({}), PAGE).input).toEqual({ token: TOKENS.patValidCn, host: 'cn' });
  });
});

describe('the token check page', () => {
  const render = (locale: Locale) => {
    const l = toolLabels[locale];
    return renderToString(h(TokenCheck, { locale, common: l.common, labels: l.tokenCheck, form: l.form, copy: VERDICT_COPY[locale], titles: {} }));
  };

  test.each(LOCALES)('renders the shared form with every contract field in %s', (locale) => {
    const html = render(locale);
    expect(html).toMatch(/<textarea[^>]*name="token"/);
    for (const host of ['cn', 'com', 'auto', 'custom']) expect(html).toContain(`name="host" value="${host}"`);
    for (const app of ['cn', 'com', 'custom', 'unknown']) expect(html).toContain(`name="app-host" value="${app}"`);
    expect(html).toContain('name="base-url"');
    expect(html).toContain('data-preview');
    expect(html).toContain('http://127.0.0.1:8888');
  });
});
