import { describe, expect, test } from 'vitest';
import { DEFAULT_SITE_URL, siteUrl } from '~/config/site.mjs';

describe('siteUrl', () => {
  test('names what `npm start` serves when SITE_URL is unset or blank', () => {
    expect(siteUrl({})).toBe(DEFAULT_SITE_URL);
    expect(siteUrl({ SITE_URL: '  ' })).toBe(DEFAULT_SITE_URL);
    expect(DEFAULT_SITE_URL).toBe('http://127.0.0.1:4321');
  });

  test('takes the deploy address from SITE_URL, without a trailing slash', () => {
    expect(siteUrl({ SITE_URL: 'https://auth-doctor.example.com/' })).toBe('https://auth-doctor.example.com');
    expect(siteUrl({ SITE_URL: 'https://example.com/docs/auth/' })).toBe('https://example.com/docs/auth');
  });

  test.each([
    ['a bare host', 'auth-doctor.example.com'],
    ['another scheme', 'ftp://auth-doctor.example.com'],
    ['credentials', 'https://user:pw@auth-doctor.example.com'],
    ['a query', 'https://auth-doctor.example.com/?x=1'],
    ['a fragment', 'https://auth-doctor.example.com/#top'],
  ])('fails the build on %s', (_, value) => {
    expect(() => siteUrl({ SITE_URL: value })).toThrow(/SITE_URL/);
  });
});
