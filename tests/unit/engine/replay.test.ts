import { describe, expect, test } from 'vitest';
import { outcomePaths } from '~/wizards/engine/paths';
import { replay, startAt } from '~/wizards/engine/replay';
import { readTree, stepOf } from '~/wizards/engine/tree';
import { treeOf, wizards } from '~/wizards/registry';
import { sampleMachine, sampleTree } from './fixtures';

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

describe('startAt', () => {
  test('answers check steps by hand without running a probe', () => {
    const actor = startAt(sampleMachine, sampleTree, [
      { step: 'auth-method', answer: 'pat' },
      { step: 'pat-check', answer: 'wrong-region' },
    ]);
    expect(actor.getSnapshot().value).toBe('done-region');
    expect(actor.getSnapshot().status).toBe('done');
  });

  test('ignores answers from the first misfit on', () => {
    const actor = startAt(sampleMachine, sampleTree, [
      { step: 'auth-method', answer: 'nope' },
      { step: 'oauth-kind', answer: 'jwt' },
    ]);
    expect(actor.getSnapshot().value).toBe('auth-method');
    expect(actor.getSnapshot().context.answers).toEqual([]);
  });

  for (const wizard of [{ id: 'sample', machine: sampleMachine }, ...wizards]) {
    test(`reaches every outcome of ${wizard.id} by replaying its shortest path`, () => {
      const tree = readTree(wizard.machine);
      for (const { outcome, path } of outcomePaths(tree)) {
        const actor = startAt(wizard.machine, tree, path);
        expect(stepOf(actor.getSnapshot()), outcome).toBe(outcome);
        expect(actor.getSnapshot().context.answers).toEqual(path);
      }
    });
  }

  test('reads the same tree from the registry as from the machine', () => {
    for (const wizard of wizards) expect(treeOf(wizard)).toEqual(readTree(wizard.machine));
  });
});
