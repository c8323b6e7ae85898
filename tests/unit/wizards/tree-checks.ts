import { describe, expect, test } from 'vitest';
import { currentMeta } from '~/wizards/engine/snapshot';
import { createActor, fromPromise, waitFor } from 'xstate';
import { wizardMachine, type WizardMachine } from '~/wizards/engine/machine';
import { outcomePaths } from '~/wizards/engine/paths';
import { isOutcomeCopy, LOCALES, type CheckInput, type ProbeEvidence } from '~/wizards/engine/types';
import { validateWizard } from '~/wizards/engine/validate';
import type { Wizard } from '~/wizards/registry';

// The engine validates structure and copy completeness for every wizard; these are the rules it cannot
// know, which every wizard on this site must keep: the contract's step ids, guide slugs and anchors,
// answer vocabularies of the live checks, copy markup, and that a probe answers exactly like a visitor.

const GUIDE_SLUGS = [
  'auth-methods',
  'regions',
  'personal-access-tokens',
  'oauth',
  'oauth-jwt',
  'error-codes',
  'workspace-migration',
  'enterprise-permissions',
  'browser-calls',
  'privacy',
  'command-line',
  'coze-studio',
  'websocket',
  'sdk-python',
  'sdk-nodejs',
  'sdk-go',
  'sdk-java',
  'chat-sdk',
  'wrappers',
];
const ERROR_ANCHORS = [
  '4000',
  '4013',
  '4015',
  '4100',
  '4101',
  '4200',
  '700012006',
  'invalid_client',
  'invalid_request',
  'access_deny',
  'unsupported_grant_type',
  'authorization_pending',
  'slow_down',
  'expired_token',
  'invalid-jwt-kid',
  '401',
  '403',
  '429',
];
const TOOLS = ['token-check', 'refresh-test', 'jwt-inspector', 'error-lookup', 'oauth-playground'];
const GUIDE_REF = new RegExp(`^(guides/(${GUIDE_SLUGS.join('|')})|guides/error-codes#(${ERROR_ANCHORS.join('|')})|tools/(${TOOLS.join('|')}))$`);
/** The verdicts a visitor can pick by hand on a token check; the rest of the vocabulary needs a live call. */
const VERDICTS = ['valid', 'malformed', 'not-a-token', 'invalid-token', 'expired', 'wrong-region', 'missing-permission', 'rate-limited'];
const ROLES = ['admin', 'member', 'personal-only'];
const REAL_LOOKING_TOKEN = /(pat|sat|czu|czs)_[A-Za-z0-9]{16,}/;

export interface WizardTreeChecks {
  /** The step ids other tools and support links depend on, by the kind they must stay. */
  readonly steps: {
    readonly initial: string;
    readonly outcomes: readonly string[];
    readonly questions?: readonly string[];
  };
  /** Outcomes whose diagnosis rests on an unconfirmed fact, so their copy must carry `uncertain`. */
  readonly uncertain?: { readonly title: string; readonly outcomes: readonly string[] };
  /**
   * A live check to fake: answer `before` by hand, let the probe answer with `evidence`, then answer
   * `after` by hand; the walk must end on `outcome` exactly as if every answer had been typed.
   */
  readonly probe: {
    readonly before: readonly string[];
    readonly evidence: { readonly answer: string; readonly verdict: string };
    readonly after?: readonly string[];
    readonly outcome: string;
    readonly token?: string;
  };
}

/** Starts the real machine and answers each step in turn, as the island would. */
export function answerAll(machine: WizardMachine, answers: readonly string[]) {
  const actor = createActor(machine).start();
  for (const answer of answers) actor.send({ type: 'user.answer', answer });
  return actor;
}

/** The machine with its live check replaced by one that answers with `evidence` (and no details). */
export function withFakeProbe(machine: WizardMachine, evidence: { readonly answer: string; readonly verdict: string }) {
  return machine.provide({
    actors: { probeCheck: fromPromise<ProbeEvidence, CheckInput>(async () => ({ ...evidence, details: {} })) },
  });
}

/** Copy may carry inline `code` and **bold** only: no links, HTML, headings or italics outside code spans. */
function markupProblems(text: string): string | null {
  if ((text.match(/`/g) ?? []).length % 2 !== 0) return 'unbalanced backticks';
  const prose = text.replace(/`[^`]*`/g, '').replaceAll('**', '');
  if (/[*<>[\]]|^#|https?:\/\//.test(prose)) return `markup or bare URL outside code: ${prose}`;
  const unpaired = text.replace(/`[^`]+`/g, '').replace(/\*\*[^*]+\*\*/g, '');
  if (/[`*]|\]\(|<\/?[a-z]/i.test(unpaired)) return `unpaired code or bold, link or tag: ${unpaired}`;
  if (REAL_LOOKING_TOKEN.test(text)) return 'real-looking token';
  return null;
}

/** Every string in a copy object, keys included, so nothing a page might render escapes the markup rules. */
function stringsIn(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(stringsIn);
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([key, v]) => [key, ...stringsIn(v)]);
  return [];
}

export function describeWizardTree(wizard: Wizard, checks: WizardTreeChecks): void {
  const tree = wizard.tree;
  const stepIds = Object.keys(tree.steps);
  const metaOf = (id: string) => tree.steps[id];

  describe(`${wizard.id} tree`, () => {
    test('passes the engine validator: reachable steps, 2–6 answers, no dead ends, copy in both locales', () => {
      expect(validateWizard(tree, wizard.copy)).toEqual([]);
    });

    test('has the step ids other tools and support links depend on, with the right kinds', () => {
      expect(tree.initial).toBe(checks.steps.initial);
      for (const id of checks.steps.questions ?? []) expect(metaOf(id)?.kind, id).toBe('question');
      for (const id of checks.steps.outcomes) expect(metaOf(id)?.kind, id).toBe('outcome');
    });

    test('links only to existing guides, guide anchors and tools, and every outcome to at least one', () => {
      for (const id of stepIds) {
        for (const ref of metaOf(id)?.guides ?? []) expect(ref, id).toMatch(GUIDE_REF);
        if (metaOf(id)?.kind === 'outcome') expect(metaOf(id)?.guides.length, id).toBeGreaterThan(0);
      }
    });

    test('offers only contract verdicts as the answers of a token check', () => {
      for (const id of stepIds.filter((s) => metaOf(s)?.probe === 'token-verdict')) {
        for (const answer of metaOf(id)?.answers ?? []) expect(VERDICTS, id).toContain(answer.id);
      }
    });

    test('answers only admin, member or personal-only on workspace-role checks', () => {
      for (const id of stepIds.filter((s) => metaOf(s)?.probe === 'workspace-role')) {
        expect(
          metaOf(id)
            ?.answers.map((a) => a.id)
            .sort(),
          id,
        ).toEqual(ROLES);
      }
    });

    test.each(LOCALES)('gives every step a distinct %s title, so outline and breadcrumb tell them apart', (locale) => {
      const titles = Object.values(wizard.copy[locale].steps).map((step) => step.title);
      expect(new Set(titles).size).toBe(titles.length);
    });

    test.each(LOCALES)('writes %s copy with inline code and bold only, and no real-looking secrets', (locale) => {
      for (const text of stringsIn(wizard.copy[locale])) expect(markupProblems(text), `${locale}: ${text}`).toBeNull();
    });

    const { uncertain } = checks;
    if (uncertain) {
      test(uncertain.title, () => {
        for (const locale of LOCALES) {
          for (const id of uncertain.outcomes) {
            const step = wizard.copy[locale].steps[id];
            expect(step !== undefined && isOutcomeCopy(step) && step.uncertain, `${locale} ${id}`).toBeTruthy();
          }
        }
      });
    }

    test('reaches every outcome by driving a real actor along its shortest path', () => {
      const paths = outcomePaths(tree);
      expect(paths.map((p) => p.outcome).sort()).toEqual(stepIds.filter((s) => metaOf(s)?.kind === 'outcome').sort());
      for (const { outcome, path } of paths) {
        const snapshot = answerAll(
          wizardMachine(wizard.tree),
          path.map((p) => p.answer),
        ).getSnapshot();
        expect(snapshot.value, outcome).toBe(outcome);
        expect(currentMeta(snapshot)?.kind, outcome).toBe('outcome');
      }
    });

    test('routes a probe answer exactly like the same answer given by hand, and keeps the token out', async () => {
      const { before, evidence, after = [], outcome, token = 'pat_canary' } = checks.probe;
      const actor = answerAll(withFakeProbe(wizardMachine(wizard.tree), evidence), before);
      actor.send({ type: 'probe.run', credentials: { token, host: 'auto' } });
      await waitFor(actor, (s) => s.context.answers.length > before.length);
      for (const answer of after) actor.send({ type: 'user.answer', answer });
      const snapshot = actor.getSnapshot();
      const byHand = answerAll(wizardMachine(wizard.tree), [...before, evidence.answer, ...after]).getSnapshot();
      expect(snapshot.value).toBe(outcome);
      expect(currentMeta(snapshot)?.kind).toBe('outcome');
      expect(byHand.value).toBe(outcome);
      const plain = snapshot.context.answers.map(({ step, answer }) => ({ step, answer }));
      expect(plain).toEqual(byHand.context.answers);
      expect(snapshot.context.answers[before.length]?.verdict).toBe(evidence.verdict);
      expect(JSON.stringify(snapshot.context)).not.toContain(token);
    });
  });
}
