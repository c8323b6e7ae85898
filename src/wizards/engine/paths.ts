import { hasStep } from '~/wizards/engine/tree';
import type { AnswerRecord, WizardTree } from '~/wizards/engine/types';

/**
 * Breadth-first walk from the first step over the answers in display order. Returns, for every
 * reachable step, the shortest answer path to it; among equally short paths the one using earlier
 * answers wins, so the breadcrumb a deep link shows is stable across builds.
 */
export function shortestPaths(tree: WizardTree): ReadonlyMap<string, readonly AnswerRecord[]> {
  const paths = new Map<string, readonly AnswerRecord[]>();
  if (!hasStep(tree, tree.initial)) return paths;
  paths.set(tree.initial, []);
  const queue = [tree.initial];
  for (let i = 0; i < queue.length; i++) {
    const step = queue[i] as string;
    const path = paths.get(step) ?? [];
    for (const { id, target } of tree.steps[step]?.answers ?? []) {
      if (paths.has(target) || !hasStep(tree, target)) continue;
      paths.set(target, [...path, { step, answer: id }]);
      queue.push(target);
    }
  }
  return paths;
}

/** The shortest answer path from the first step to `step`, or undefined when it cannot be reached. */
export function shortestPath(tree: WizardTree, step: string): readonly AnswerRecord[] | undefined {
  return shortestPaths(tree).get(step);
}

/** Step ids in reading order: breadth-first from the first step, then anything unreachable. */
export function stepOrder(tree: WizardTree): readonly string[] {
  const reachable = [...shortestPaths(tree).keys()];
  const seen = new Set(reachable);
  return [...reachable, ...Object.keys(tree.steps).filter((id) => !seen.has(id))];
}

/** Every outcome step with the shortest answer path that reaches it (unreachable outcomes omitted). */
export function outcomePaths(tree: WizardTree): ReadonlyArray<{ outcome: string; path: readonly AnswerRecord[] }> {
  const paths = shortestPaths(tree);
  return [...paths].filter(([id]) => tree.steps[id]?.kind === 'outcome').map(([outcome, path]) => ({ outcome, path }));
}
