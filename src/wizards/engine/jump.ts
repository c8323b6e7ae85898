import { shortestPath } from '~/wizards/engine/paths';
import type { AnswerRecord, WizardTree } from '~/wizards/engine/types';

/** Where a jump to `target` (a diagram box, an outline link) leaves the visitor's answers. */
export interface Jump {
  readonly answers: readonly AnswerRecord[];
  /** True when the visitor's own answers lead there; false when a new (shortest) path was started. */
  readonly kept: boolean;
}

/**
 * The answers for a jump to `target`: the visitor's own answers up to that step when they passed
 * through it (or are on it), else the shortest path from the first step. Undefined when the step
 * cannot be reached at all.
 */
export function jumpTo(tree: WizardTree, answers: readonly AnswerRecord[], current: string, target: string): Jump | undefined {
  if (target === current) return { answers, kept: true };
  const at = answers.findIndex((a) => a.step === target);
  if (at >= 0) return { answers: answers.slice(0, at), kept: true };
  const path = shortestPath(tree, target);
  return path ? { answers: path, kept: false } : undefined;
}

/** The steps and answer edges (`step/answer`) on the visitor's path, for highlighting the diagram. */
export function pathOf(answers: readonly AnswerRecord[], current: string): { steps: Set<string>; edges: Set<string> } {
  return {
    steps: new Set([...answers.map((a) => a.step), current]),
    edges: new Set(answers.map((a) => `${a.step}/${a.answer}`)),
  };
}
