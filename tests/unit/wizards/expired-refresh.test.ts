import { describe, expect, test } from 'vitest';
import { wizardMachine } from '~/wizards/engine/machine';
import { currentMeta } from '~/wizards/engine/snapshot';
import { wizard } from '~/wizards/expired-refresh';
import { answerAll, describeWizardTree } from './tree-checks';

const walk = (answers: readonly string[]) => answerAll(wizardMachine(wizard.tree), answers).getSnapshot();

describeWizardTree(wizard, {
  steps: {
    initial: 'auth-method',
    outcomes: [
      'refresh-already-used',
      'refresh-older-than-30-days',
      'client-mismatch',
      'oauth-wrong-region',
      'jwt-kid-region',
      'jwt-clock-skew',
      'pat-cannot-refresh',
      'stale-stored-token',
      'expires-in-misread',
      'redirect-uri-mismatch',
      'app-deactivated',
    ],
  },
  uncertain: {
    title: 'says where the refresh-token error text is uncertain',
    outcomes: ['refresh-already-used', 'refresh-older-than-30-days', 'stale-stored-token', 'oauth-wrong-region'],
  },
  probe: {
    before: ['oauth-user'],
    evidence: { answer: 'wrong-region', verdict: 'wrong-region' },
    outcome: 'oauth-wrong-region',
    token: 'czu_canary',
  },
});

describe('expired-refresh machine', () => {
  test('leads a reused refresh token to the rotation fix', () => {
    const snapshot = walk(['oauth-user', 'expired', 'refresh-token-rejected', 'used-before']);
    expect(snapshot.value).toBe('refresh-already-used');
    expect(currentMeta(snapshot)?.kind).toBe('outcome');
    expect(snapshot.context.answers.map((a) => a.step)).toEqual(['auth-method', 'oauth-token-verdict', 'refresh-error', 'refresh-token-history']);
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
});
