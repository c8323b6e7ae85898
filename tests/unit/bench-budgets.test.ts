import { describe, expect, it } from 'vitest';
import { CLICK_MEDIAN_MS, checkBudgets, TOOL_EXTRA_JS_GZIP, WIZARD_EXTRA_JS_GZIP } from '../../bench/lib/budgets.mjs';

const page = (gzip: number) => ({ js: { raw: gzip * 3, gzip, files: [] }, css: { raw: 0, gzip: 0, files: [] } });
const roles = { '/guides/privacy/': 'baseline', '/wizards/token-invalid/': 'wizard', '/tools/token-check/': 'tool' };
const judge = (wizard: number, tool: number) =>
  checkBudgets({
    bytes: { '/guides/privacy/': page(30_000), '/wizards/token-invalid/': page(30_000 + wizard), '/tools/token-check/': page(30_000 + tool) },
    roles,
    lighthouse: {},
    click: {},
  });
const verdictOf = (results: { budget: string; pass: boolean | null; value: unknown }[], budget: string) => results.find((r) => r.budget === budget);

describe('the bench JS budgets over a plain guide', () => {
  it('pass a wizard page and a tool page at their limits', () => {
    const results = judge(WIZARD_EXTRA_JS_GZIP, TOOL_EXTRA_JS_GZIP);
    expect(verdictOf(results, 'wizard JS over baseline')).toMatchObject({ pass: true, value: WIZARD_EXTRA_JS_GZIP });
    expect(verdictOf(results, 'tool JS over baseline')).toMatchObject({ pass: true, value: TOOL_EXTRA_JS_GZIP });
  });

  it('fail a wizard page or a tool page one byte over', () => {
    const results = judge(WIZARD_EXTRA_JS_GZIP + 1, TOOL_EXTRA_JS_GZIP + 1);
    expect(verdictOf(results, 'wizard JS over baseline')?.pass).toBe(false);
    expect(verdictOf(results, 'tool JS over baseline')?.pass).toBe(false);
  });

  it('hold the tool page to 30 KB gz and the wizard page to 20 KB gz', () => {
    expect(TOOL_EXTRA_JS_GZIP).toBe(30 * 1024);
    expect(WIZARD_EXTRA_JS_GZIP).toBe(20 * 1024);
  });
});

describe('the wizard page after the first answer (XState loads on demand)', () => {
  const afterAnswer = (extra: number | null) =>
    checkBudgets({
      bytes: {
        '/guides/privacy/': page(30_000),
        '/wizards/token-invalid/': { ...page(30_000 + 9_000), ...(extra === null ? {} : { afterAnswer: page(30_000 + extra) }) },
      },
      roles,
      lighthouse: {},
      click: {},
    }).find((r) => r.budget === 'wizard JS over baseline after the first answer');

  it('holds everything the wizard loaded, on demand included, to the tool budget', () => {
    expect(afterAnswer(TOOL_EXTRA_JS_GZIP)).toMatchObject({ pass: true, value: TOOL_EXTRA_JS_GZIP });
    expect(afterAnswer(TOOL_EXTRA_JS_GZIP + 1)?.pass).toBe(false);
  });

  it('reports a page that could not be answered as not measured', () => {
    expect(afterAnswer(null)).toMatchObject({ pass: null, value: null });
  });
});

describe('the bench click budget', () => {
  const clickVerdict = (click: Record<string, { median: number } | { na: string }>) =>
    checkBudgets({ bytes: {}, roles: {}, lighthouse: {}, click }).find((r) => r.budget === 'click → step median');

  it('passes a median under the limit and fails one at the limit', () => {
    expect(clickVerdict({ '/wizards/token-invalid/': { median: CLICK_MEDIAN_MS - 0.1 } })?.pass).toBe(true);
    expect(clickVerdict({ '/wizards/token-invalid/': { median: CLICK_MEDIAN_MS } })?.pass).toBe(false);
  });

  it('reports a run without a median as not measured, neither pass nor fail', () => {
    expect(clickVerdict({ '/wizards/token-invalid/': { na: 'no chromium' } })).toMatchObject({ pass: null, value: 'no chromium' });
  });
});
