import { describe, expect, test } from 'vitest';
import { replay, sameAnswers } from '~/wizards/engine/replay';
import { sampleTree } from './fixtures';

describe('replay', () => {
  test('follows valid answers to their step', () => {
    const answers = [
      { step: 'auth-method', answer: 'oauth' },
      { step: 'oauth-kind', answer: 'jwt' },
    ];
    expect(replay(sampleTree, answers)).toEqual({ step: 'jwt-kid', answers, valid: true });
  });

  test('keeps the longest valid prefix and reports the rest as invalid', () => {
    const result = replay(sampleTree, [
      { step: 'auth-method', answer: 'oauth' },
      { step: 'pat-check', answer: 'valid' },
      { step: 'oauth-kind', answer: 'jwt' },
    ]);
    expect(result).toEqual({ step: 'oauth-kind', answers: [{ step: 'auth-method', answer: 'oauth' }], valid: false });
  });

  test('rejects an answer the step does not offer', () => {
    expect(replay(sampleTree, [{ step: 'auth-method', answer: 'toString' }]).valid).toBe(false);
  });

  test('drops probe verdicts so a replayed answer is a hand answer', () => {
    const result = replay(sampleTree, [
      { step: 'auth-method', answer: 'pat' },
      { step: 'pat-check', answer: 'valid', verdict: 'valid' },
    ]);
    expect(result.answers[1]).toEqual({ step: 'pat-check', answer: 'valid' });
  });
});

describe('sameAnswers', () => {
  test('compares steps and answers and ignores a probe verdict', () => {
    const a = [{ step: 'auth-method', answer: 'pat' }];
    expect(sameAnswers(a, [{ step: 'auth-method', answer: 'pat', verdict: 'valid' }])).toBe(true);
    expect(sameAnswers(a, [{ step: 'auth-method', answer: 'oauth' }])).toBe(false);
    expect(sameAnswers(a, [])).toBe(false);
  });
});
