/**
 * The case book's command-line door: every real failure case with a token and an expected verdict
 * is run through `coze-auth-doctor check` against the fake API, with the app host the case names,
 * and must give the same verdict, exit code and wizard-step link as the site's token check.
 */
import { describe, expect, test } from 'vitest';
import { exitCodeFor } from '../../../src/cli/exit-codes.ts';
import { explainVerdict, type Verdict } from '../../../src/probes/index.ts';
import { CASES } from '../../cases/index.ts';
import type { FailureCase } from '../../cases/types.ts';
import { TOKENS } from '../../fake-coze/tokens.ts';
import { CHILD_TIMEOUT, fakeHosts, run } from './helpers.ts';

const tokenOf = (c: FailureCase) => {
  const t = c.has.token;
  return typeof t === 'string' ? TOKENS[t] : (t?.raw ?? '');
};

const cases = CASES.filter((c) => c.has.token !== undefined && c.expect.verdict !== undefined);

describe.concurrent('case book through coze-auth-doctor check', { timeout: CHILD_TIMEOUT }, () => {
  test.each(cases.map((c) => [`${c.id} [${c.source}]`, c] as const))('%s', async (_name, c) => {
    const { cn, env } = await fakeHosts();
    const appHost = c.has.appHost;
    const args =
      appHost === 'custom'
        ? ['--host', cn.baseUrl]
        : ['--host', 'auto', ...(appHost === 'cn' || appHost === 'com' ? ['--app-host', appHost] : [])];
    const result = await run(['check', ...args, '--json'], { env, stdin: tokenOf(c) });
    const verdict = c.expect.verdict as Verdict;
    const step = explainVerdict(verdict);
    expect(result.json()).toMatchObject({
      verdict,
      exitCode: exitCodeFor(verdict),
      step: step && 'wizard' in step ? `https://coze-auth-doctor.example/en/wizards/${step.wizard}/#${step.step}` : null,
    });
    expect(result.code).toBe(exitCodeFor(verdict));
  });
});
