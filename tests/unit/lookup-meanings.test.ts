import { describe, expect, test } from 'vitest';
import { lookupMeanings } from '~/islands/tools/labels/lookup-meanings';
import { findLogid } from '~/probes/find-logid';
import { CATALOG } from '~/probes/error-catalog';
import { LOCALES } from '~/site/locale';

// A sentence ends at 。！？, or at . ! ? before a space or the end (not inside `api.coze.cn`).
const sentences = (text: string) => text.split(/(?<=[。！？])|(?<=[.!?])(?=\s|$)/).filter((s) => s.trim() !== '').length;

describe('lookup meanings', () => {
  for (const locale of LOCALES) {
    test.each(CATALOG.map((e) => e.id))(`catalog entry %s has a meaning and a first fix of one or two sentences (${locale})`, (id) => {
      const entry = lookupMeanings[locale][id];
      expect(entry, `${id} in ${locale}`).toBeDefined();
      for (const text of [entry!.meaning, entry!.fix]) {
        expect(text.trim()).not.toBe('');
        expect(sentences(text)).toBeLessThanOrEqual(2);
        // Plain text: the lookup shows it as is and reads it out in the status region.
        expect(text).not.toMatch(/[`*]/);
      }
    });
  }

  test('has no entry the catalog does not know', () => {
    const ids = new Set(CATALOG.map((e) => e.id));
    for (const locale of LOCALES) expect(Object.keys(lookupMeanings[locale]).filter((id) => !ids.has(id))).toEqual([]);
  });
});

describe('findLogid', () => {
  test('reads detail.logid from a JSON body', () => {
    expect(findLogid('{"code":4100,"msg":"authentication is invalid","detail":{"logid":"20250101000000ABCDEF"}}')).toBe('20250101000000ABCDEF');
  });

  test('reads the x-tt-logid header line', () => {
    expect(findLogid('HTTP/2 401\nx-tt-logid: 2025ABCDEF0123\ncontent-type: application/json')).toBe('2025ABCDEF0123');
  });

  test('finds nothing in a bare code', () => {
    expect(findLogid('4100')).toBeNull();
  });
});
