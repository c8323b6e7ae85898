import { describe, expect, test } from 'vitest';
import { wizardMachine } from '~/wizards/engine/machine';
import { wizard } from '~/wizards/token-invalid';
import { answerAll, describeWizardTree } from './tree-checks';

const walk = (answers: readonly string[]) => answerAll(wizardMachine(wizard.tree), answers).getSnapshot();

describeWizardTree(wizard, {
  steps: {
    initial: 'error-code',
    questions: ['code-4100', 'code-4101', 'code-700012006', 'http-401', 'http-403', 'code-4013', 'code-4015', 'code-4000', 'other-error'],
    outcomes: [
      'token-expired',
      'token-unknown',
      'wrong-region',
      'missing-permission',
      'workspace-not-granted',
      'wrong-resource-id',
      'bot-not-published',
      'rate-limited',
      'header-format',
      'wrong-token-kind',
      'network-unreachable',
      'server-error',
    ],
  },
  uncertain: {
    title: 'says where the diagnosis rests on an unconfirmed fact',
    outcomes: ['token-expired', 'missing-permission', 'rate-limited', 'self-hosted-session', 'sdk-retrieve-bug', 'websocket-access-gated'],
  },
  probe: {
    before: ['code-4100', 'every-call'],
    evidence: { answer: 'wrong-region', verdict: 'wrong-region' },
    outcome: 'wrong-region',
    token: 'pat_canary',
  },
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
    const expected = {
      valid: 'which-access',
      expired: 'token-expired',
      'invalid-token': 'token-unknown',
      'wrong-region': 'wrong-region',
      'not-a-token': 'wrong-token-kind',
      malformed: 'header-format',
    };
    for (const [verdict, target] of Object.entries(expected)) {
      expect(walk(['code-700012006', 'coze-cloud', verdict]).value, verdict).toBe(target);
    }
  });
});
