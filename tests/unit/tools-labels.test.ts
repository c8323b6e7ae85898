import { describe, expect, test } from 'vitest';
import { toolLabels } from '~/islands/tools/labels';
import { fill } from '~/site/fill';

/** Every leaf of a labels object as `path -> string`, so two locales can be compared key by key. */
function leaves(value: unknown, path = ''): Map<string, unknown> {
  const out = new Map<string, unknown>();
  if (typeof value === 'object' && value !== null) {
    for (const [key, child] of Object.entries(value)) {
      for (const [p, v] of leaves(child, path ? `${path}.${key}` : key)) out.set(p, v);
    }
  } else {
    out.set(path, value);
  }
  return out;
}

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('tool labels', () => {
  const zh = leaves(toolLabels['zh-CN']);
  const en = leaves(toolLabels.en);

  test('has every zh-CN key in English and every English key in zh-CN', () => {
    expect([...en.keys()].filter((k) => !zh.has(k))).toEqual([]);
    expect([...zh.keys()].filter((k) => !en.has(k))).toEqual([]);
  });

  test('has a non-empty string for every key in both locales', () => {
    for (const [locale, map] of [
      ['zh-CN', zh],
      ['en', en],
    ] as const) {
      for (const [key, value] of map) {
        expect(typeof value === 'string' && value.trim() !== '', `${locale}: ${key}`).toBe(true);
      }
    }
  });

  test('uses the same placeholders in both locales', () => {
    for (const [key, value] of zh) {
      expect(placeholders(String(en.get(key))), key).toEqual(placeholders(String(value)));
    }
  });

  test('has different text in the two locales for sentences', () => {
    // Catches a block pasted into the wrong locale; short labels (logid, ID, —) may legitimately match.
    const same = [...zh].filter(([key, value]) => String(value).length > 12 && en.get(key) === value).map(([key]) => key);
    expect(same).toEqual([]);
  });
});

describe('fill', () => {
  test('replaces known placeholders and leaves unknown ones visible', () => {
    expect(fill('{a} and {b}', { a: 1 })).toBe('1 and {b}');
  });
});
