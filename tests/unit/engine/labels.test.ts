import { describe, expect, test } from 'vitest';
import { labels } from '~/islands/wizard/labels';
import { fill } from '~/site/fill';
import { LOCALES } from '~/wizards/engine/types';

describe('wizard labels', () => {
  const keys = new Set(LOCALES.flatMap((locale) => Object.keys(labels[locale])));

  for (const locale of LOCALES) {
    test(`has every key, non-empty, in ${locale}`, () => {
      const own = labels[locale] as unknown as Record<string, unknown>;
      const missing = [...keys].filter((key) => typeof own[key] !== 'string' || (own[key] as string).trim() === '');
      expect(missing).toEqual([]);
    });
  }

  test('uses the same placeholders in both locales', () => {
    const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const key of keys) {
      const [zh, en] = LOCALES.map((l) => (labels[l] as unknown as Record<string, string>)[key] ?? '');
      expect(placeholders(zh ?? ''), key).toEqual(placeholders(en ?? ''));
    }
  });

  test('puts the step number in the step label', () => {
    expect(fill(labels['zh-CN'].stepNumber, { n: 3 })).toBe('第 3 步');
    expect(fill(labels.en.stepNumber, { n: 3 })).toBe('Step 3');
  });
});

describe('fill', () => {
  test('leaves unknown placeholders visible', () => {
    expect(fill('{a} and {b}', { a: 1 })).toBe('1 and {b}');
  });
});
