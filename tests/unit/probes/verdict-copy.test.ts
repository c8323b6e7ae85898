import { describe, expect, test } from 'vitest';
import { explainVerdict, problemCopy, VERDICT_COPY, VERDICT_STEPS, VERDICTS } from '~/probes/index.ts';
import { LOCALES } from '~/wizards/engine/types.ts';

const keysOf = (locale: (typeof LOCALES)[number]) => ({
  verdicts: Object.keys(VERDICT_COPY[locale].verdicts).sort(),
  problems: Object.keys(VERDICT_COPY[locale].problems).sort(),
  notes: Object.keys(VERDICT_COPY[locale].notes).sort(),
});

describe('verdict copy', () => {
  test('has a title and a sentence for every verdict in every locale', () => {
    for (const locale of LOCALES) expect(keysOf(locale).verdicts).toEqual([...VERDICTS].sort());
  });

  test('has the same problem and note keys in every locale', () => {
    const [first, ...rest] = LOCALES.map(keysOf);
    for (const other of rest) expect(other).toEqual(first);
  });

  test('has no empty strings and no untranslated English in the Chinese copy', () => {
    for (const locale of LOCALES) {
      for (const group of ['verdicts', 'problems', 'notes'] as const) {
        for (const [key, entry] of Object.entries(VERDICT_COPY[locale][group])) {
          expect(entry.title.trim(), `${locale} ${group}.${key}.title`).not.toBe('');
          expect(entry.text.trim(), `${locale} ${group}.${key}.text`).not.toBe('');
          if (locale === 'zh-CN') expect(entry.text, `${key} is translated`).toMatch(/[\u4e00-\u9fff]/);
        }
      }
    }
  });

  test('keeps the same placeholders in every translation of a problem', () => {
    for (const code of Object.keys(VERDICT_COPY.en.problems)) {
      const marks = (s: string) => (s.match(/\{\w+\}/g) ?? []).sort();
      const en = VERDICT_COPY.en.problems[code as keyof typeof VERDICT_COPY.en.problems];
      const zh = VERDICT_COPY['zh-CN'].problems[code as keyof typeof VERDICT_COPY.en.problems];
      expect(marks(zh.text), code).toEqual(marks(en.text));
    }
  });

  test('fills the column and the character into a problem message', () => {
    expect(problemCopy({ code: 'full-width', field: 'token', index: 20, column: 21, codePoint: 'U+FF21' }, 'en').text).toContain(
      'Character 21 is a full-width character (U+FF21)',
    );
    expect(problemCopy({ code: 'line-break', field: 'token', index: 4, column: 5 }, 'zh-CN').text).toContain('第 5 个字符');
  });
});

describe('explainVerdict', () => {
  test('maps each verdict to its wizard step, cors-blocked to the browser guide, valid to nothing', () => {
    expect(explainVerdict('valid')).toBeNull();
    expect(explainVerdict('expired')).toEqual({ wizard: 'token-invalid', step: 'token-expired' });
    expect(explainVerdict('cors-blocked')).toEqual({ guide: 'guides/browser-calls' });
    expect(Object.keys(VERDICT_STEPS).sort()).toEqual([...VERDICTS].sort());
  });
});
