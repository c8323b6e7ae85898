import { describe, expect, test } from 'vitest';
import { createActor, fromPromise, waitFor } from 'xstate';
import { wizard } from '~/wizards/token-invalid';
import { tokenInvalidMachine as machine } from '~/wizards/token-invalid/machine';
import { outcomePaths } from '~/wizards/engine/paths';
import { readTree } from '~/wizards/engine/tree';
import { isOutcomeCopy, LOCALES, type ProbeEvidence, type StepCopy } from '~/wizards/engine/types';
import { validateWizard } from '~/wizards/engine/validate';

// The engine validates structure and copy completeness for every wizard; these add what the engine
// cannot know: the contract's step ids, guide slugs and anchors, verdict answers and copy markup.
const tree = readTree(machine);
const stepIds = Object.keys(tree.steps);
const metaOf = (id: string) => tree.steps[id];

const GUIDE_SLUGS = ['auth-methods', 'regions', 'personal-access-tokens', 'oauth', 'oauth-jwt', 'error-codes',
  'workspace-migration', 'enterprise-permissions', 'browser-calls', 'privacy'];
const ERROR_ANCHORS = ['4000', '4013', '4015', '4100', '4101', '4200', '700012006', 'invalid_client', 'invalid_request',
  'access_deny', 'unsupported_grant_type', 'authorization_pending', 'slow_down', 'expired_token', 'invalid-jwt-kid',
  '401', '403', '429'];
const TOOLS = ['token-check', 'refresh-test', 'jwt-inspector', 'error-lookup'];
const VERDICTS = ['valid', 'malformed', 'not-a-token', 'invalid-token', 'expired', 'wrong-region', 'missing-permission',
  'rate-limited'];

function walk(answers: readonly string[]) {
  const actor = createActor(machine).start();
  for (const answer of answers) actor.send({ type: 'user.answer', answer });
  return actor.getSnapshot();
}

/** Copy may carry inline `code` and **bold** only: no links, HTML, headings or italics outside code spans. */
function markupProblems(text: string): string | null {
  if ((text.match(/`/g) ?? []).length % 2 !== 0) return 'unbalanced backticks';
  const prose = text.replace(/`[^`]*`/g, '').replaceAll('**', '');
  if (/[*<>[\]]|^#|https?:\/\//.test(prose)) return `markup or bare URL outside code: ${prose}`;
  if (/(pat|sat|czu|czs)_[A-Za-z0-9]{16,}/.test(text)) return 'real-looking token';
  return null;
}

function copyStrings(copy: StepCopy): string[] {
  return isOutcomeCopy(copy)
    ? [copy.title, copy.problem, ...copy.steps, ...copy.verify, ...(copy.uncertain ? [copy.uncertain] : [])]
    : [copy.title, ...(copy.body ? [copy.body] : []), ...Object.values(copy.answers)];
}

describe('token-invalid tree', () => {
  test('has the step ids other tools link to, with the right kinds', () => {
    expect(tree.initial).toBe('error-code');
    const codeSteps = ['code-4100', 'code-4101', 'code-700012006', 'http-401', 'http-403', 'code-4013', 'code-4015',
      'code-4000', 'other-error'];
    for (const id of codeSteps) expect(metaOf(id)?.kind, id).toBe('question');
    const outcomes = ['token-expired', 'token-unknown', 'wrong-region', 'missing-permission', 'workspace-not-granted',
      'wrong-resource-id', 'bot-not-published', 'rate-limited', 'header-format', 'wrong-token-kind',
      'network-unreachable', 'server-error'];
    for (const id of outcomes) expect(metaOf(id)?.kind, id).toBe('outcome');
  });

  test('links only to existing guides, guide anchors and tools', () => {
    for (const id of stepIds) {
      for (const ref of metaOf(id)?.guides ?? []) {
        const [kind, rest = ''] = ref.split('/');
        const [slug = '', anchor] = rest.split('#');
        if (kind === 'tools') expect(TOOLS, ref).toContain(slug);
        else expect(GUIDE_SLUGS, ref).toContain(slug);
        if (anchor !== undefined) expect(slug === 'error-codes' && ERROR_ANCHORS.includes(anchor), ref).toBe(true);
      }
      if (metaOf(id)?.kind === 'outcome') expect(metaOf(id)?.guides.length, id).toBeGreaterThan(0);
    }
  });

  test('passes the engine validation in both locales', () => {
    expect(validateWizard(tree, wizard.copy)).toEqual([]);
  });

  test('offers only contract verdicts as the answers of a token check', () => {
    for (const id of stepIds.filter((s) => metaOf(s)?.probe === 'token-verdict')) {
      for (const answer of metaOf(id)?.answers ?? []) expect(VERDICTS, id).toContain(answer.id);
    }
  });

  test.each(LOCALES)('writes %s copy with inline code and bold only, and no real-looking secrets', (locale) => {
    for (const [id, step] of Object.entries(wizard.copy[locale].steps)) {
      for (const text of copyStrings(step)) expect(markupProblems(text), `${locale} ${id}: ${text}`).toBeNull();
    }
  });

  test('says where the diagnosis rests on an unconfirmed fact', () => {
    for (const locale of LOCALES) {
      const outcomes = wizard.copy[locale].steps;
      for (const id of ['token-expired', 'missing-permission', 'rate-limited', 'self-hosted-session', 'sdk-retrieve-bug']) {
        expect((outcomes[id as keyof typeof outcomes] as { uncertain?: string }).uncertain, `${locale} ${id}`).toBeTruthy();
      }
    }
  });
});

describe('token-invalid machine', () => {
  test('offers a live token check after a 4100 that hits every call', () => {
    const snapshot = walk(['code-4100', 'every-call']);
    expect(snapshot.value).toEqual({ 'token-check': 'idle' });
    expect(snapshot.getMeta()['token-invalid.token-check']).toMatchObject({ kind: 'check', probe: 'token-verdict' });
  });

  test('reads a 4101 that calls the token incorrect as a region mismatch', () => {
    expect(walk(['code-4101', 'token-incorrect']).value).toBe('wrong-region');
  });

  test('sends a 4101 permission message on to the access question', () => {
    expect(walk(['code-4101', 'no-permission', 'workspace']).value).toBe('workspace-not-granted');
  });

  test('blames the coze-js POST bug when only chat.retrieve fails with 4100', () => {
    expect(walk(['code-4100', 'only-chat-retrieve']).value).toBe('sdk-retrieve-bug');
  });

  test('leads an HTTP 429 to the same rate-limit step as 4013', () => {
    const snapshot = walk(['something-else', 'http-429', 'bursts']);
    expect(snapshot.value).toBe('rate-limited');
    expect(snapshot.context.answers.map((a) => a.step)).toEqual(['error-code', 'http-status', 'code-4013']);
  });

  test('maps each token verdict given by hand to its diagnosis', () => {
    const expected = { valid: 'which-access', expired: 'token-expired', 'invalid-token': 'token-unknown',
      'wrong-region': 'wrong-region', 'not-a-token': 'wrong-token-kind', malformed: 'header-format' };
    for (const [verdict, target] of Object.entries(expected)) {
      expect(walk(['code-700012006', 'coze-cloud', verdict]).value, verdict).toBe(target);
    }
  });

  test('reaches every outcome by driving a real actor along its shortest path', () => {
    const paths = outcomePaths(tree);
    expect(paths.map((p) => p.outcome).sort()).toEqual(stepIds.filter((s) => metaOf(s)?.kind === 'outcome').sort());
    for (const { outcome, path } of paths) {
      const snapshot = walk(path.map((p) => p.answer));
      expect(snapshot.value, outcome).toBe(outcome);
      expect(snapshot.status, outcome).toBe('done');
    }
  });

  test('routes a probe verdict exactly like the same answer given by hand', async () => {
    const probed = machine.provide({
      actors: {
        probeCheck: fromPromise(
          async (): Promise<ProbeEvidence> => ({ answer: 'wrong-region', verdict: 'wrong-region', details: {} }),
        ),
      },
    });
    const actor = createActor(probed).start();
    actor.send({ type: 'user.answer', answer: 'code-4100' });
    actor.send({ type: 'user.answer', answer: 'every-call' });
    actor.send({ type: 'probe.run', credentials: { token: 'pat_canary', host: 'auto' } });
    const snapshot = await waitFor(actor, (s) => s.status === 'done');
    const byHand = walk(['code-4100', 'every-call', 'wrong-region']);
    expect(snapshot.value).toBe('wrong-region');
    const plain = snapshot.context.answers.map(({ step, answer }) => ({ step, answer }));
    expect(plain).toEqual(byHand.context.answers);
    expect(snapshot.context.answers.at(-1)?.verdict).toBe('wrong-region');
    expect(JSON.stringify(snapshot.context)).not.toContain('pat_canary');
  });
});
