import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, test } from 'vitest';
import { glossaryEn } from '~/glossary/en';
import type { GlossaryEntry } from '~/glossary/types';
import { glossaryZh } from '~/glossary/zh-CN';
import { toolLabels } from '~/islands/tools/labels';
import { lookupMeanings } from '~/islands/tools/labels/lookup-meanings';
import { labels as wizardLabels } from '~/islands/wizard/labels';
import { reportLabels } from '~/report/labels';
import { VERDICT_COPY } from '~/probes/verdict-copy';
import type { Locale } from '~/site/locale';
import { wizards } from '~/wizards/registry';

const root = join(__dirname, '../../..');
const docs = join(root, 'content/docs');

const mdxFiles = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? mdxFiles(join(dir, e.name)) : e.name.endsWith('.mdx') ? [join(dir, e.name)] : [],
  );

/** Every string inside a copy or labels object, with the path that leads to it. */
function leaves(value: unknown, path: string): Array<[string, string]> {
  if (typeof value === 'string') return [[path, value]];
  if (typeof value === 'object' && value !== null) return Object.entries(value).flatMap(([k, v]) => leaves(v, `${path}.${k}`));
  return [];
}

/** Text a reader sees as prose: code (fenced and inline), URLs, imports and JSX props with paths dropped. */
function prose(text: string): string {
  return text
    .replace(/^```[\s\S]*?^```/gm, '')
    .replace(/^import .*$/gm, '')
    .replace(/`[^`\n]*`/g, '')
    .replace(/\b[a-z][a-z0-9+.-]*:\/\/[^\s)'"`」）]+/gi, '')
    .replace(/\b(?:href|link|src)=["'][^"']*["']/g, '')
    .replace(/\]\([^)]*\)/g, ']');
}

/** The copy of one locale: its pages, every wizard's copy, and every label and verdict string. */
function sources(locale: Locale): Array<[string, string]> {
  const pages = mdxFiles(docs)
    .filter((f) => (locale === 'en') === relative(docs, f).startsWith('en/'))
    .map((f): [string, string] => [relative(root, f), readFileSync(f, 'utf8')]);
  return [
    ...pages,
    ...wizards.flatMap((w) => leaves(w.copy[locale], `wizard ${w.id}`)),
    ...leaves(wizardLabels[locale], 'wizard labels'),
    ...leaves(toolLabels[locale], 'tool labels'),
    ...leaves(reportLabels[locale], 'report labels'),
    ...leaves(lookupMeanings[locale], 'lookup meanings'),
    ...leaves(VERDICT_COPY[locale], 'verdict copy'),
    ['content/i18n', readFileSync(join(root, `content/i18n/${locale}.json`), 'utf8')],
  ];
}

/** Lines of `text` that use a rejected word of `entry`, outside the phrases it allows. */
function rejectedUses(entry: GlossaryEntry, text: string): string[] {
  const found: string[] = [];
  for (const line of prose(text).split('\n')) {
    let clean = line;
    for (const phrase of entry.allowed ?? []) clean = clean.split(phrase).join('');
    for (const word of entry.rejected) {
      const hit = typeof word === 'string' ? clean.includes(word) : word.test(clean);
      if (hit) found.push(`“${word}” in: ${line.trim().slice(0, 120)}`);
    }
  }
  return found;
}

// A CJK character (or full-width mark), maybe closing bold, then an ASCII colon, comma or question mark.
const HALF_WIDTH_AFTER_CJK = /[\u3400-\u9fff\u3000-\u303f\uff00-\uffef](?:\*\*|\*|_)?[:,?]/;

describe('vocabulary', () => {
  for (const [locale, glossary] of [
    ['zh-CN', glossaryZh],
    ['en', glossaryEn],
  ] as const) {
    test(`the ${locale} copy uses the glossary's term, never a rejected synonym`, () => {
      const found: Record<string, string[]> = {};
      for (const [where, text] of sources(locale)) {
        const uses = glossary.flatMap((entry) => rejectedUses(entry, text).map((u) => `${entry.concept}: ${u}`));
        if (uses.length > 0) found[where] = uses;
      }
      expect(found).toEqual({});
    });
  }

  test('the zh-CN copy never puts an ASCII colon, comma or question mark right after Chinese text', () => {
    const found: Record<string, string[]> = {};
    for (const [where, text] of sources('zh-CN')) {
      const lines = prose(text)
        .split('\n')
        .filter((line) => HALF_WIDTH_AFTER_CJK.test(line));
      if (lines.length > 0) found[where] = lines.map((l) => l.trim().slice(0, 120));
    }
    expect(found).toEqual({});
  });

  test('the glossary has one term per concept in each locale, and no term is also rejected', () => {
    for (const glossary of [glossaryZh, glossaryEn]) {
      expect(new Set(glossary.map((e) => e.concept)).size).toBe(glossary.length);
      for (const e of glossary) expect(e.rejected.some((r) => (typeof r === 'string' ? r === e.term : r.test(e.term)))).toBe(false);
    }
  });
});

describe('rejectedUses', () => {
  test('finds a rejected word and skips it inside an allowed phrase or inline code', () => {
    const region = glossaryZh.find((e) => e.concept === 'region')!;
    expect(rejectedUses(region, '令牌属于另一个地域')).toHaveLength(1);
    expect(rejectedUses(region, '本站是纯静态站点')).toEqual([]);
    expect(rejectedUses(region, '见 `地域`')).toEqual([]);
  });

  test('the punctuation rule catches a half-width colon after Chinese and ignores code and URLs', () => {
    expect(HALF_WIDTH_AFTER_CJK.test(prose('这是 OAuth 客户端 ID: 123'))).toBe(false);
    expect(HALF_WIDTH_AFTER_CJK.test(prose('这是客户端的 ID: 123'))).toBe(false);
    expect(HALF_WIDTH_AFTER_CJK.test(prose('这是客户端编号: 123'))).toBe(true);
    expect(HALF_WIDTH_AFTER_CJK.test(prose('**注意**: 看这里'))).toBe(true);
    expect(HALF_WIDTH_AFTER_CJK.test(prose('运行 `令牌:x` 或打开 https://例子.cn/a,b'))).toBe(false);
  });
});
