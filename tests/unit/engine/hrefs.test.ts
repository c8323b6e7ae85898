import { describe, expect, test } from 'vitest';
import { guideHref, localeOfPath, wizardHref } from '~/lib/hrefs';

describe('guideHref', () => {
  test('puts English under /en/ and keeps zh-CN at the root', () => {
    expect(guideHref('guides/regions', 'zh-CN')).toBe('/guides/regions/');
    expect(guideHref('guides/regions', 'en')).toBe('/en/guides/regions/');
  });

  test('keeps a section anchor after the trailing slash', () => {
    expect(guideHref('guides/error-codes#4101', 'en')).toBe('/en/guides/error-codes/#4101');
  });
});

describe('wizardHref', () => {
  test('links a wizard page and, optionally, one of its steps', () => {
    expect(wizardHref('token-invalid', 'zh-CN')).toBe('/wizards/token-invalid/');
    expect(wizardHref('token-invalid', 'en', 'start')).toBe('/en/wizards/token-invalid/#start');
  });
});

describe('localeOfPath', () => {
  test('reads the locale from the path prefix', () => {
    expect(localeOfPath('/en/wizards/x/')).toBe('en');
    expect(localeOfPath('/wizards/x/')).toBe('zh-CN');
    expect(localeOfPath('/english/')).toBe('zh-CN');
  });
});
