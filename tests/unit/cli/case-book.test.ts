/**
 * The case book's command-line door: real failure cases run through the built `coze-auth-doctor`
 * bundle, which must give the verdict and the wizard step the case expects.
 * Why spawned, and why a subset: `main()` (src/cli/main.ts) takes argv and env but writes to the
 * process's own stdout and wraps the global fetch, so it cannot run in-process cleanly; and `lookup`
 * reads one error text per process. Each child costs a Node start-up, so this door takes one case
 * per distinct verdict and app host for `check`, and one case per distinct expected step for
 * `lookup`; the in-process case book (tests/unit/case-book.test.ts) drives every case.
 */
import { describe, expect, test } from 'vitest';
import { exitCodeFor } from '~/cli/exit-codes.ts';
import { explainVerdict, type Verdict } from '~/probes/index.ts';
import { CASES } from '../../cases/index.ts';
import type { FailureCase } from '../../cases/types.ts';
import { TOKENS } from '../../fake-coze/tokens.ts';
import { CHILD_TIMEOUT, fakeHosts, run } from './helpers.ts';

const SITE = 'https://coze-auth-doctor.example';
const name = (c: FailureCase) => `${c.id} [${c.source}]`;
const tokenOf = (c: FailureCase) => {
  const t = c.has.token;
  return typeof t === 'string' ? TOKENS[t] : (t?.raw ?? '');
};
/** The first case of each group: the representative subset. */
const firstOf = <K>(cases: readonly FailureCase[], key: (c: FailureCase) => K) => {
  const seen = new Set<K>();
  return cases.filter((c) => (seen.has(key(c)) ? false : (seen.add(key(c)), true)));
};
const stepSuffix = (ref: string) => {
  const [wizard, step] = ref.split('#');
  return `/wizards/${wizard}/#${step}`;
};

const checkCases = firstOf(
  CASES.filter((c) => c.has.token !== undefined && c.expect.verdict !== undefined),
  (c) => `${c.expect.verdict}/${c.has.appHost ?? 'unknown'}`,
);

describe.concurrent('case book through coze-auth-doctor check (one case per verdict and app host)', { timeout: CHILD_TIMEOUT }, () => {
  test('takes a case of every verdict the case book expects from a token check', () => {
    const all = new Set(CASES.flatMap((c) => (c.has.token !== undefined && c.expect.verdict ? [c.expect.verdict] : [])));
    expect(new Set(checkCases.map((c) => c.expect.verdict))).toEqual(all);
  });

  test.each(checkCases.map((c) => [name(c), c] as const))('%s', async (_name, c) => {
    const { cn, env } = await fakeHosts();
    const appHost = c.has.appHost;
    const args = appHost === 'custom' ? ['--host', cn.baseUrl] : ['--host', 'auto', ...(appHost === 'cn' || appHost === 'com' ? ['--app-host', appHost] : [])];
    const result = await run(['check', ...args, '--json'], { env, stdin: tokenOf(c) });
    const verdict = c.expect.verdict as Verdict;
    const step = explainVerdict(verdict);
    const out = result.json<{ verdict: string; exitCode: number; step: string | null }>();
    expect([out.verdict, out.exitCode, result.code]).toEqual([verdict, exitCodeFor(verdict), exitCodeFor(verdict)]);
    if (step && 'wizard' in step) expect(out.step?.startsWith(`${SITE}/en/`) && out.step.endsWith(stepSuffix(`${step.wizard}#${step.step}`))).toBe(true);
    else expect(out.step).toBeNull();
  });
});

/** One pasted text per distinct lookup step, alternating the locale of the text (and of --lang). */
const lookupCases = firstOf(
  CASES.filter((c) => c.has.pasted?.en || c.has.pasted?.zh),
  (c) => c.expect.lookup ?? c.expect.step,
).map((c, i) => {
  const zh = c.has.pasted?.zh;
  const en = c.has.pasted?.en;
  const useZh = zh !== undefined && (i % 2 === 0 || en === undefined);
  return { c, lang: useZh ? 'zh-CN' : 'en', text: (useZh ? zh : en) as string };
});

describe.concurrent('case book through coze-auth-doctor lookup (one case per expected step)', { timeout: CHILD_TIMEOUT }, () => {
  test('reads texts in both languages', () => {
    expect(new Set(lookupCases.map((l) => l.lang))).toEqual(new Set(['zh-CN', 'en']));
  });

  test.each(lookupCases.map((l) => [`${name(l.c)} (${l.lang} text)`, l] as const))('%s', async (_name, { c, lang, text }) => {
    // The text goes on stdin: error texts can start with "-" or hold quotes.
    const result = await run(['lookup', '--json', '--lang', lang], { stdin: text });
    const out = result.json<{ matched: boolean; step: string | null }>();
    const prefix = lang === 'en' ? `${SITE}/en/` : `${SITE}/`;
    expect([out.matched, result.code]).toEqual([true, 0]);
    expect(out.step?.startsWith(prefix) && out.step.endsWith(stepSuffix(c.expect.lookup ?? c.expect.step)), `${out.step}`).toBe(true);
  });
});
