import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, test } from 'vitest';

const docs = join(import.meta.dirname, '../../content/docs');
const english = join(docs, 'en');

function pages(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return path === english ? [] : pages(path);
    return /\.mdx?$/.test(entry.name) ? [path] : [];
  });
}

const chinese = pages(docs).map((p) => relative(docs, p));
const englishPages = pages(english).map((p) => relative(english, p));

describe('content locales', () => {
  test('every Chinese page has an English twin', () => {
    expect(chinese.filter((p) => !englishPages.includes(p))).toEqual([]);
  });

  test('every English page has a Chinese twin', () => {
    expect(englishPages.filter((p) => !chinese.includes(p))).toEqual([]);
  });

  test('no page is left as a placeholder', () => {
    const placeholders = [...chinese.map((p) => join(docs, p)), ...englishPages.map((p) => join(english, p))]
      .filter((p) => /（建设中）|\(in progress\)|\bTODO\b|lorem ipsum/i.test(readFileSync(p, 'utf8')))
      .map((p) => relative(docs, p));
    expect(placeholders).toEqual([]);
  });
});
