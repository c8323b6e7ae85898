import { describe, expect, test } from 'vitest';
import { jumpTo, pathOf } from '~/wizards/engine/jump';
import { shortestPath } from '~/wizards/engine/paths';
import { getWizard } from '~/wizards/registry';

const tree = getWizard('token-invalid')!.tree;
const walked = [
  { step: 'error-code', answer: 'code-4100' },
  { step: 'code-4100', answer: 'every-call' },
];

describe('jumpTo', () => {
  test('keeps the answers up to a step the visitor passed through', () => {
    expect(jumpTo(tree, walked, 'token-check', 'code-4100')).toEqual({ answers: walked.slice(0, 1), kept: true });
    expect(jumpTo(tree, walked, 'token-check', 'error-code')).toEqual({ answers: [], kept: true });
  });

  test('keeps every answer for the step the visitor is on', () => {
    expect(jumpTo(tree, walked, 'token-check', 'token-check')).toEqual({ answers: walked, kept: true });
  });

  test('starts the shortest path, and says so, for a step off the path', () => {
    expect(jumpTo(tree, walked, 'token-check', 'code-4101')).toEqual({ answers: shortestPath(tree, 'code-4101'), kept: false });
  });

  test('gives nothing for a step the tree does not have', () => {
    expect(jumpTo(tree, walked, 'token-check', 'no-such-step')).toBeUndefined();
  });
});

describe('pathOf', () => {
  test('lists the steps passed, the current one, and the arrows taken', () => {
    const { steps, edges } = pathOf(walked, 'token-check');
    expect([...steps]).toEqual(['error-code', 'code-4100', 'token-check']);
    expect([...edges]).toEqual(['error-code/code-4100', 'code-4100/every-call']);
  });
});
