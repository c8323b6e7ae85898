import { describe, expect, test } from 'vitest';
import { playgroundLabels } from '~/islands/tools/oauth-playground/labels';
import { CAUSES } from '~/playground/diagnose';
import { VERDICT_COPY } from '~/probes/verdict-copy';
import { LOCALES } from '~/site/locale';

/** Every leaf string of a labels object, with its path. */
function leaves(value: unknown, path = ''): Array<[string, unknown]> {
  if (typeof value === 'object' && value !== null) return Object.entries(value).flatMap(([k, v]) => leaves(v, `${path}.${k}`));
  return [[path, value]];
}

describe('playground labels', () => {
  const zh = leaves(playgroundLabels['zh-CN']);
  const en = leaves(playgroundLabels.en);

  test('both locales have the same keys, every one a non-empty string', () => {
    expect(zh.map(([k]) => k)).toEqual(en.map(([k]) => k));
    for (const [key, value] of [...zh, ...en]) expect(typeof value === 'string' && value.trim() !== '', key).toBe(true);
  });

  test('every cause the diagnosis can name has copy in both locales', () => {
    for (const cause of CAUSES) {
      expect(playgroundLabels['zh-CN'].causes[cause].title).not.toBe('');
      expect(playgroundLabels.en.causes[cause].title).not.toBe('');
    }
  });

  test('the Chinese copy is written in Chinese, not left in English', () => {
    const sameAsEnglish = zh.filter(([k, v], i) => v === en[i]?.[1] && !/flows\.pkce\.label/.test(k));
    expect(sameAsEnglish).toEqual([]);
  });

  test.each(LOCALES)("a successful exchange or refresh has its own words in %s, not the account check's", (locale) => {
    const shared = VERDICT_COPY[locale].verdicts.valid;
    for (const own of [playgroundLabels[locale].exchangeValid, playgroundLabels[locale].refreshValid]) {
      expect([own.title, own.text]).not.toContain(shared.title);
      expect(own.text).not.toBe(shared.text);
    }
  });
});
