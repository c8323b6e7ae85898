import { describe, expect, test } from 'vitest';
import { outcomePaths, shortestPath, stepOrder } from '~/wizards/engine/paths';
import { sampleTree } from './fixtures';

describe('shortestPath', () => {
  test('is empty for the first step', () => {
    expect(shortestPath(sampleTree, 'auth-method')).toEqual([]);
  });

  test('takes the fewest answers when two routes reach a step', () => {
    expect(shortestPath(sampleTree, 'done-expired')).toEqual([
      { step: 'auth-method', answer: 'pat' },
      { step: 'pat-check', answer: 'expired' },
    ]);
  });

  test('prefers earlier answers among equally short routes', () => {
    expect(shortestPath(sampleTree, 'done-pick')).toEqual([{ step: 'auth-method', answer: 'unsure' }]);
    expect(shortestPath(sampleTree, 'done-ok')).toEqual([
      { step: 'auth-method', answer: 'pat' },
      { step: 'pat-check', answer: 'valid' },
    ]);
  });

  test('is undefined for a step that does not exist', () => {
    expect(shortestPath(sampleTree, 'nowhere')).toBeUndefined();
    expect(shortestPath(sampleTree, 'constructor')).toBeUndefined();
  });
});

describe('stepOrder', () => {
  test('lists steps breadth-first from the first step', () => {
    expect(stepOrder(sampleTree)).toEqual(['auth-method', 'pat-check', 'oauth-kind', 'done-pick', 'done-ok', 'done-expired', 'done-region', 'jwt-kid']);
  });
});

describe('outcomePaths', () => {
  test('gives one shortest path per outcome', () => {
    expect(
      outcomePaths(sampleTree)
        .map((p) => p.outcome)
        .sort(),
    ).toEqual(['done-expired', 'done-ok', 'done-pick', 'done-region']);
  });
});
