/**
 * The case book runner: every real failure case in tests/cases/ goes through every door that can take
 * it. Test titles start with the case id and source, so a failing case names itself.
 * Doors: (a) the error lookup, in each locale's text; (b) the token check against the fake, per host and
 * with the app host given; (c) the pasted-response classifier; (d) each wizard walk, as a real actor
 * whose live check is the real runWizardCheck against the fake; (e) copy of the end step in both locales.
 */
import { describe, expect, test } from 'vitest';
import { createActor, fromPromise, waitFor } from 'xstate';
import { checkToken, classifyPasted, lookupError, runWizardCheck } from '~/probes/index.ts';
import type { CheckCredentials, CheckInput, ProbeEvidence, WizardId } from '~/wizards/engine/types.ts';
import { LOCALES, isOutcomeCopy } from '~/wizards/engine/types.ts';
import { wizardMachine } from '~/wizards/engine/machine.ts';
import { checkPhaseOf, stepOf } from '~/wizards/engine/snapshot';
import { getWizard, wizards } from '~/wizards/registry.ts';
import { CASES } from '../cases/index.ts';
import { FACT_CODES, FACT_OAUTH_ERRORS } from '../cases/fact-codes.ts';
import type { CaseWalk, FailureCase } from '../cases/types.ts';
import { TOKENS } from '../fake-coze/tokens.ts';
import { fakeRegions, signal } from './probes/helpers.ts';

const name = (c: FailureCase) => `${c.id} [${c.source}]`;
const tokenOf = (c: FailureCase) => {
  const t = c.has.token;
  if (t === undefined) return undefined;
  return typeof t === 'string' ? TOKENS[t] : t.raw;
};
const refOf = (step: { wizard: string; step: string } | { guide: string } | null) =>
  step && 'wizard' in step ? `${step.wizard}#${step.step}` : step ? step.guide : null;

const pastes = (c: FailureCase) => Object.entries(c.has.pasted ?? {}).filter((e): e is [string, string] => typeof e[1] === 'string');

/** Where the app host sends the check: both Coze hosts for cn/com/unknown, the fake cn for custom. */
function credentialsFor(c: FailureCase, token: string, baseUrl: string): CheckCredentials {
  const appHost = c.has.appHost ?? 'unknown';
  return appHost === 'custom' ? { token, host: 'custom', baseUrl, appHost } : { token, host: 'auto', appHost };
}

async function walk(c: FailureCase, w: CaseWalk) {
  const regions = await fakeRegions();
  const wizard = getWizard(w.wizard);
  if (!wizard) throw new Error(`no wizard ${w.wizard}`);
  const probeCheck = fromPromise<ProbeEvidence, CheckInput>(({ input, signal: s }) => runWizardCheck(input, s, regions.options));
  const actor = createActor(wizardMachine(wizard.tree).provide({ actors: { probeCheck } })).start();
  const visited = [stepOf(actor.getSnapshot())];
  for (const answer of w.answers) {
    const before = stepOf(actor.getSnapshot());
    if (answer === '@check') {
      const token = tokenOf(c);
      if (token === undefined) throw new Error('@check needs a token');
      actor.send({ type: 'probe.run', credentials: credentialsFor(c, token, regions.cn.baseUrl) });
      await waitFor(actor, (s) => stepOf(s) !== before || checkPhaseOf(s) === 'failed', { timeout: 8000 });
      const snap = actor.getSnapshot();
      if (stepOf(snap) === before) throw new Error(`the check on "${before}" decided nothing: ${JSON.stringify(snap.context.evidence)}`);
    } else {
      actor.send({ type: 'user.answer', answer });
      if (stepOf(actor.getSnapshot()) === before) throw new Error(`step "${before}" has no answer "${answer}"`);
    }
    visited.push(stepOf(actor.getSnapshot()));
  }
  actor.stop();
  return visited;
}

const endOf = (c: FailureCase, w: CaseWalk) => w.end ?? c.expect.step.split('#')[1];

describe('case book', () => {
  test('holds at least 60 cases, each with a unique id and a source', () => {
    expect(CASES.length).toBeGreaterThanOrEqual(60);
    expect(new Set(CASES.map((c) => c.id)).size).toBe(CASES.length);
    for (const c of CASES) expect(c.source.trim(), c.id).not.toBe('');
  });

  test('has a case for every error code and OAuth error of the facts file', () => {
    const texts = CASES.flatMap((c) => pastes(c).map(([, t]) => t));
    const missing = [...FACT_CODES.map(String), ...FACT_OAUTH_ERRORS].filter(
      (code) => !texts.some((t) => new RegExp(`(^|[^0-9A-Za-z_])${code}([^0-9A-Za-z_]|$)`).test(t)),
    );
    expect(missing).toEqual([]);
  });

  test('ends at least one walk on every outcome of every wizard', () => {
    const ends = new Set(CASES.flatMap((c) => (c.walks ?? []).map((w) => `${w.wizard}#${endOf(c, w)}`)));
    const outcomes = wizards.flatMap((w) =>
      Object.entries(w.tree.steps)
        .filter(([, m]) => m.kind === 'outcome')
        .map(([id]) => `${w.id}#${id}`),
    );
    expect(outcomes.filter((o) => !ends.has(o))).toEqual([]);
  });

  test('reads errors in both languages', () => {
    expect(CASES.filter((c) => c.has.pasted?.zh).length).toBeGreaterThanOrEqual(20);
    expect(CASES.filter((c) => c.has.pasted?.en).length).toBeGreaterThanOrEqual(20);
  });
});

describe.each(CASES.filter((c) => pastes(c).length > 0).map((c) => [name(c), c] as const))('%s', (_, c) => {
  test.each(pastes(c))('error lookup (%s text) links first to the step that handles it', (_locale, text) => {
    const result = lookupError(text);
    expect(result.matched).toBe(true);
    if (result.matched) expect(refOf(result.best.step)).toBe(c.expect.lookup ?? c.expect.step);
  });

  if (c.expect.pastedVerdict) {
    test('pasted-response classifier gives the verdict', () => {
      const [, text] = pastes(c)[0] as [string, string];
      const result = classifyPasted(text);
      expect(result.ok && result.verdict).toBe(c.expect.pastedVerdict);
    });
  }
});

describe.each(CASES.filter((c) => c.has.token && (c.has.fake || c.expect.verdict)).map((c) => [name(c), c] as const))('%s', (_, c) => {
  if (c.has.fake) {
    test.each(['cn', 'com'] as const)('token check on %s alone gives what the fake answers', async (host) => {
      const regions = await fakeRegions();
      const result = await checkToken({ token: tokenOf(c) as string, host }, signal(), regions.options);
      expect(result.verdict).toBe(c.has.fake?.[host]);
    });
  }
  if (c.expect.verdict) {
    test('token check with the app host gives the verdict', async () => {
      const regions = await fakeRegions();
      const appHost = c.has.appHost;
      const input =
        appHost === 'custom'
          ? { token: tokenOf(c) as string, host: 'custom' as const, baseUrl: regions.cn.baseUrl }
          : { token: tokenOf(c) as string, host: 'auto' as const, ...(appHost === 'cn' || appHost === 'com' ? { expectRegion: appHost } : {}) };
      const result = await checkToken(input, signal(), regions.options);
      expect(result.verdict).toBe(c.expect.verdict);
    });
  }
});

describe.each(CASES.filter((c) => (c.walks ?? []).length > 0).map((c) => [name(c), c] as const))('%s', (_, c) => {
  test.each((c.walks ?? []).map((w) => [`${w.wizard}: ${w.answers.join(' → ')}`, w] as const))(
    'wizard walk %s ends on the expected step',
    async (_label, w) => {
      const visited = await walk(c, w);
      expect(`${w.wizard}#${visited.at(-1)}`).toBe(`${w.wizard}#${endOf(c, w)}`);
      // The lookup's link must be a step this walk goes through: the step it names handles the error.
      const lookup = c.expect.lookup ?? c.expect.step;
      const [wizard, step] = lookup.split('#') as [WizardId, string];
      if (pastes(c).length > 0 && wizard === w.wizard) expect(visited).toContain(step);
    },
  );

  test.each(LOCALES)('end steps have copy in %s', (locale) => {
    for (const w of c.walks ?? []) {
      const copy = getWizard(w.wizard)?.copy[locale].steps[endOf(c, w) as string];
      expect(copy?.title.trim(), `${w.wizard}#${endOf(c, w)}`).toBeTruthy();
      if (copy && getWizard(w.wizard)?.tree.steps[endOf(c, w) as string]?.kind === 'outcome') {
        expect(isOutcomeCopy(copy)).toBe(true);
      }
    }
  });
});
