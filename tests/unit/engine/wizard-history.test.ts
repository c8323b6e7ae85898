import { describe, expect, test } from 'vitest';
import { isWizardHistoryState } from '~/islands/wizard/history';

describe('isWizardHistoryState', () => {
  test('accepts an entry this wizard wrote', () => {
    expect(isWizardHistoryState({ wizard: 'choose-auth', answers: [{ step: 'a', answer: 'b' }] }, 'choose-auth')).toBe(true);
  });

  test("rejects another wizard's entry, foreign state and malformed answers", () => {
    for (const state of [
      null,
      'x',
      { wizard: 'token-invalid', answers: [] },
      { wizard: 'choose-auth' },
      { wizard: 'choose-auth', answers: [{ step: '<b>', answer: 'x' }] },
      { wizard: 'choose-auth', answers: [null] },
      { wizard: 'choose-auth', answers: Array.from({ length: 65 }, () => ({ step: 'a', answer: 'b' })) },
    ]) {
      expect(isWizardHistoryState(state, 'choose-auth'), JSON.stringify(state)).toBe(false);
    }
  });
});
