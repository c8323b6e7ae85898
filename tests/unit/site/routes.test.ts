import { describe, expect, test } from 'vitest';
import { locales } from '~/config/locales.mjs';
import { LOCALES, localeFreePath, localeOfLang, localeOfPath, localePrefix, ROOT_LOCALE } from '~/site/locale';
import { explainHref, guideHref, guidePage, toolHref, wizardHref } from '~/site/routes';

describe('locales', () => {
  test('come from the Starlight config, zh-CN at the root', () => {
    expect(LOCALES).toEqual(Object.values(locales).map((l) => l.lang));
    expect(LOCALES).toEqual(['zh-CN', 'en']);
    expect(ROOT_LOCALE).toBe('zh-CN');
  });

  test('the root locale has no prefix and English lives under /en', () => {
    expect(localePrefix('zh-CN')).toBe('');
    expect(localePrefix('en')).toBe('/en');
  });
});

describe('localeOfPath', () => {
  test('reads the locale from the path prefix', () => {
    expect(localeOfPath('/en/wizards/x/')).toBe('en');
    expect(localeOfPath('/en')).toBe('en');
    expect(localeOfPath('en/guides/regions')).toBe('en');
    expect(localeOfPath('/wizards/x/')).toBe('zh-CN');
    expect(localeOfPath('/english/')).toBe('zh-CN');
  });
});

describe('localeOfLang', () => {
  test('maps a page lang to a locale and anything unknown to the root locale', () => {
    expect(localeOfLang('en')).toBe('en');
    expect(localeOfLang('zh-CN')).toBe('zh-CN');
    expect(localeOfLang(undefined)).toBe('zh-CN');
    expect(localeOfLang('de')).toBe('zh-CN');
  });
});

describe('localeFreePath', () => {
  test('strips the locale prefix and outer slashes of site paths and content ids', () => {
    expect(localeFreePath('/en/guides/regions/', 'en')).toBe('guides/regions');
    expect(localeFreePath('en/guides/regions', 'en')).toBe('guides/regions');
    expect(localeFreePath('/guides/regions/', 'zh-CN')).toBe('guides/regions');
    expect(localeFreePath('guides/regions', 'zh-CN')).toBe('guides/regions');
  });

  test('says null for a path of the other locale', () => {
    expect(localeFreePath('/en/guides/regions/', 'zh-CN')).toBeNull();
    expect(localeFreePath('/guides/regions/', 'en')).toBeNull();
  });
});

describe('guideHref', () => {
  test('puts English under /en/ and keeps zh-CN at the root', () => {
    expect(guideHref('guides/regions', 'zh-CN')).toBe('/guides/regions/');
    expect(guideHref('guides/regions', 'en')).toBe('/en/guides/regions/');
  });

  test('keeps a section anchor after the trailing slash', () => {
    expect(guideHref('guides/error-codes#4101', 'en')).toBe('/en/guides/error-codes/#4101');
    expect(guidePage('guides/error-codes#4101')).toBe('guides/error-codes');
  });
});

describe('wizardHref', () => {
  test('links a wizard page and, optionally, one of its steps', () => {
    expect(wizardHref('token-invalid', 'zh-CN')).toBe('/wizards/token-invalid/');
    expect(wizardHref('token-invalid', 'en', 'start')).toBe('/en/wizards/token-invalid/#start');
  });
});

describe('toolHref', () => {
  test('links a live-check page in each locale', () => {
    expect(toolHref('token-check', 'zh-CN')).toBe('/tools/token-check/');
    expect(toolHref('error-lookup', 'en')).toBe('/en/tools/error-lookup/');
  });
});

describe('explainHref', () => {
  test('links a wizard step or a guide section, locale-prefixed', () => {
    expect(explainHref({ wizard: 'token-invalid', step: 'wrong-region' }, 'zh-CN')).toBe('/wizards/token-invalid/#wrong-region');
    expect(explainHref({ wizard: 'token-invalid', step: 'wrong-region' }, 'en')).toBe('/en/wizards/token-invalid/#wrong-region');
    expect(explainHref({ guide: 'guides/error-codes#4101' }, 'en')).toBe('/en/guides/error-codes/#4101');
    expect(explainHref({ guide: 'guides/browser-calls' }, 'zh-CN')).toBe('/guides/browser-calls/');
  });
});
