import { describe, expect, test } from 'vitest';
import { createActor, fromPromise, waitFor } from 'xstate';
import { wizard } from '~/wizards/expired-refresh';
import { expiredRefreshMachine as machine } from '~/wizards/expired-refresh/machine';
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

describe('expired-refresh tree', () => {
  test('has the step ids other tools link to, with the right kinds', () => {
    expect(tree.initial).toBe('auth-method');
    const outcomes = ['refresh-already-used', 'refresh-older-than-30-days', 'client-mismatch', 'oauth-wrong-region',
      'jwt-kid-region', 'jwt-clock-skew', 'pat-cannot-refresh', 'stale-stored-token', 'expires-in-misread',
      'redirect-uri-mismatch', 'app-deactivated'];
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

  test('says where the refresh-token error text is uncertain', () => {
    for (const locale of LOCALES) {
      const outcomes = wizard.copy[locale].steps;
      for (const id of ['refresh-already-used', 'refresh-older-than-30-days', 'stale-stored-token', 'oauth-wrong-region']) {
        expect((outcomes[id as keyof typeof outcomes] as { uncertain?: string }).uncertain, `${locale} ${id}`).toBeTruthy();
      }
    }
  });
});

describe('expired-refresh machine', () => {
  test('leads a reused refresh token to the rotation fix', () => {
    const snapshot = walk(['oauth-user', 'expired', 'refresh-token-rejected', 'used-before']);
    expect(snapshot.value).toBe('refresh-already-used');
    expect(snapshot.status).toBe('done');
    expect(snapshot.context.answers.map((a) => a.step)).toEqual([
      'auth-method', 'oauth-token-verdict', 'refresh-error', 'refresh-token-history',
    ]);
  });

  test('sends a so-called OAuth JWT flow with a redirect URI and refresh token down the user OAuth branch', () => {
    expect(walk(['not-sure', 'refresh-token']).value).toEqual({ 'oauth-token-verdict': 'idle' });
    expect(walk(['not-sure', 'refresh-token', 'expired', 'no-details', 'kept-in-storage']).value).toBe('stale-stored-token');
  });

  test('tells a personal access token holder to create a new token', () => {
    expect(walk(['pat', 'expired']).value).toBe('pat-cannot-refresh');
  });

  test('blames the region when a JWT kid is not registered', () => {
    expect(walk(['jwt', 'kid-not-registered']).value).toBe('jwt-kid-region');
  });

  test('blames the expiry arithmetic when the token still works but the app calls it expired', () => {
    expect(walk(['oauth-user', 'valid', 'compares-expires-in']).value).toBe('expires-in-misread');
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
    actor.send({ type: 'user.answer', answer: 'oauth-user' });
    actor.send({ type: 'probe.run', credentials: { token: 'czu_canary', host: 'auto' } });
    const snapshot = await waitFor(actor, (s) => s.status === 'done');
    const byHand = walk(['oauth-user', 'wrong-region']);
    expect(snapshot.value).toBe('oauth-wrong-region');
    const plain = snapshot.context.answers.map(({ step, answer }) => ({ step, answer }));
    expect(plain).toEqual(byHand.context.answers);
    expect(snapshot.context.answers.at(-1)?.verdict).toBe('wrong-region');
    expect(JSON.stringify(snapshot.context)).not.toContain('czu_canary');
  });
});
