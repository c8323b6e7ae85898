import type { DECISIVE_VERDICTS } from '~/probes/decisive-verdicts';
import type { GuideRef, ProbeKind, StepMeta, WizardTree } from '~/wizards/engine/types';

/**
 * How a wizard author writes a tree. Each wizard exports its tree as plain data
 * (`export const xTree = defineTree({ id, initial, steps: { … } })`); the machine, the outline,
 * the diagram, the catalog, deep links and the validators are all derived from that one object.
 */

const answersOf = (answers: Readonly<Record<string, string>>) => Object.entries(answers).map(([id, target]) => ({ id, target }));

/** A question: answer id -> the step it leads to, in display order. */
export const question = (answers: Readonly<Record<string, string>>, ...guides: GuideRef[]): StepMeta => ({
  kind: 'question',
  answers: answersOf(answers),
  guides,
});

/** What each probe kind can answer; a check step must route every one (validate.ts checks it again at run time). */
export interface ProbeAnswerMap {
  readonly 'token-verdict': Readonly<Record<(typeof DECISIVE_VERDICTS)[number], string>>;
  readonly 'workspace-role': Readonly<Record<'admin' | 'member' | 'personal-only', string>>;
}

/**
 * A step a live probe can answer; the same answers stay available as buttons ("answer by hand").
 * The answer map is typed by probe kind, so a tree that forgets a verdict does not compile.
 */
export function check<P extends ProbeKind>(probe: P, answers: ProbeAnswerMap[P], ...guides: GuideRef[]): StepMeta {
  return { kind: 'check', probe, answers: answersOf(answers), guides };
}

/** A diagnosis: no answers, only the guides it links to (its text lives in the copy). */
export const outcome = (...guides: GuideRef[]): StepMeta => ({ kind: 'outcome', answers: [], guides });

/** Names the tree's type for its author; the tree itself is returned as written. */
export const defineTree = (tree: WizardTree): WizardTree => tree;

/** `Object.hasOwn` for step lookups: a link saying `#constructor` must not find `Object.prototype`. */
export function hasStep(tree: WizardTree, step: string): boolean {
  return Object.prototype.hasOwnProperty.call(tree.steps, step);
}
