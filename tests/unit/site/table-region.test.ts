import { describe, expect, test } from 'vitest';
import { keepTokensWhole, localeOfFile, regionLabel } from '~/integrations/table-region.mjs';

describe('table regions', () => {
  test('a region is named after its section, in the page language', () => {
    expect(regionLabel('zh-CN', '两个区域', 1)).toBe('表格：两个区域');
    expect(regionLabel('en', 'Two regions', 1)).toBe('Table: Two regions');
  });

  test('a second table under one heading gets a number, and a table without a heading names the page', () => {
    expect(regionLabel('en', 'Claims', 2)).toBe('Table: Claims (2)');
    expect(regionLabel('zh-CN', '', 1)).toBe('表格：本页');
  });

  test('the locale comes from the content folder', () => {
    expect(localeOfFile('/repo/content/docs/en/guides/regions.mdx')).toBe('en');
    expect(localeOfFile('/repo/content/docs/guides/regions.mdx')).toBe('zh-CN');
  });
});

describe('keepTokensWhole', () => {
  test('wraps hyphenated and slashed tokens and leaves the rest as text', () => {
    const nodes = keepTokensWhole('Use authorization-code or coze.cn/coze.com here') as Array<{
      type: string;
      value?: string;
      children?: Array<{ value: string }>;
    }>;
    expect(nodes.filter((n) => n.type === 'element').map((n) => n.children![0]!.value)).toEqual(['authorization-code', 'coze.cn/coze.com']);
    expect(nodes.map((n) => n.value ?? n.children![0]!.value).join('')).toBe('Use authorization-code or coze.cn/coze.com here');
  });

  test('wraps code tokens with inner punctuation and leaves plain words and lone marks alone', () => {
    const nodes = keepTokensWhole('{"code":4100, "msg": x') as Array<{ type: string; children?: Array<{ value: string }> }>;
    expect(nodes.filter((n) => n.type === 'element').map((n) => n.children![0]!.value)).toEqual(['{"code":4100,', '"msg":']);
    expect(keepTokensWhole('令牌 token - 过期 a/')).toBeNull();
  });
});
