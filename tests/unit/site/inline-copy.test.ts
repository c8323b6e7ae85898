import { describe, expect, test } from 'vitest';
import { parseInline, plainInline } from '~/site/inline-copy';

describe('parseInline', () => {
  test('splits code and bold from text', () => {
    expect(parseInline('Open **Settings** and copy `pat_xxx`.')).toEqual([
      { kind: 'text', text: 'Open ' },
      { kind: 'bold', text: 'Settings' },
      { kind: 'text', text: ' and copy ' },
      { kind: 'code', text: 'pat_xxx' },
      { kind: 'text', text: '.' },
    ]);
  });

  test('keeps markup-looking text as text', () => {
    expect(parseInline('<img src=x onerror=alert(1)>')).toEqual([{ kind: 'text', text: '<img src=x onerror=alert(1)>' }]);
  });

  test('leaves bold marks inside code alone', () => {
    expect(parseInline('`a**b**c`')).toEqual([{ kind: 'code', text: 'a**b**c' }]);
  });

  test('treats an unclosed mark as plain text', () => {
    expect(parseInline('a `b and **c')).toEqual([{ kind: 'text', text: 'a `b and **c' }]);
  });

  test('handles Chinese text around marks', () => {
    expect(parseInline('在**扣子**控制台')).toEqual([
      { kind: 'text', text: '在' },
      { kind: 'bold', text: '扣子' },
      { kind: 'text', text: '控制台' },
    ]);
  });
});

describe('plainInline', () => {
  test('drops the marks and keeps the words', () => {
    expect(plainInline('Use **PAT** `pat_`')).toBe('Use PAT pat_');
  });
});
