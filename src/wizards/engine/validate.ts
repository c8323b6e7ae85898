import { isId } from '~/wizards/engine/deep-link';
import { shortestPaths } from '~/wizards/engine/paths';
import { PROBE_ANSWERS } from '~/wizards/engine/probe-answers';
import { hasStep } from '~/wizards/engine/tree';
import { isOutcomeCopy, LOCALES, type Locale, type StepMeta, type WizardCopy, type WizardTree } from '~/wizards/engine/types';

const MIN_ANSWERS = 2;
const MAX_ANSWERS = 6;

/** Structural problems: dangling targets, unreachable steps, answer counts, cycles, id shapes. */
export function validateStructure(tree: WizardTree): string[] {
  const problems: string[] = [];
  if (!hasStep(tree, tree.initial)) problems.push(`initial step "${tree.initial}" does not exist`);
  const reachable = shortestPaths(tree);
  for (const [id, meta] of Object.entries(tree.steps)) {
    if (!isId(id)) problems.push(`step id "${id}" is not kebab-case`);
    if (!reachable.has(id)) problems.push(`step "${id}" cannot be reached from "${tree.initial}"`);
    if (meta.kind === 'outcome') {
      if (meta.answers.length > 0) problems.push(`outcome "${id}" has answers`);
      continue;
    }
    const count = meta.answers.length;
    if (meta.kind === 'check') problems.push(...checkTotality(id, meta));
    else if (count < MIN_ANSWERS || count > MAX_ANSWERS) problems.push(`step "${id}" has ${count} answers (needs 2–6)`);
    for (const { id: answer, target } of meta.answers) {
      if (!isId(answer)) problems.push(`answer "${id}.${answer}" is not kebab-case`);
      if (!hasStep(tree, target)) problems.push(`answer "${id}.${answer}" leads to missing step "${target}"`);
    }
    if (new Set(meta.answers.map((a) => a.id)).size !== count) problems.push(`step "${id}" repeats an answer id`);
  }
  const cycle = findCycle(tree);
  if (cycle) problems.push(`steps loop back on themselves: ${cycle.join(' -> ')}`);
  return problems;
}

/**
 * A check step's answers are exactly what its probe can return: a missing one would leave the visitor
 * on a failed check with only "retry" (and no button to click by hand), an extra one could never be
 * chosen by the probe. Transport failures (network, CORS, timeout, 5xx) are not answers: the step
 * stays, keeping retry, the command-line route and every answer as a button.
 */
function checkTotality(id: string, meta: StepMeta): string[] {
  const expected = PROBE_ANSWERS[meta.probe ?? 'token-verdict'];
  const given = new Set(meta.answers.map((a) => a.id));
  return [
    ...expected.filter((a) => !given.has(a)).map((a) => `check "${id}" has no answer for the ${meta.probe} result "${a}"`),
    ...[...given].filter((a) => !expected.includes(a)).map((a) => `check "${id}" answers "${a}", which its ${meta.probe} probe never returns`),
  ];
}

/** A loop would give a path that never ends in an outcome, and break shortest-path breadcrumbs. */
function findCycle(tree: WizardTree): string[] | null {
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const visit = (step: string): string[] | null => {
    if (state.get(step) === 'done') return null;
    if (state.get(step) === 'open') return [...stack.slice(stack.indexOf(step)), step];
    state.set(step, 'open');
    stack.push(step);
    for (const { target } of tree.steps[step]?.answers ?? []) {
      const found = hasStep(tree, target) ? visit(target) : null;
      if (found) return found;
    }
    stack.pop();
    state.set(step, 'done');
    return null;
  };
  for (const id of Object.keys(tree.steps)) {
    const found = visit(id);
    if (found) return found;
  }
  return null;
}

const blank = (text: unknown) => typeof text !== 'string' || text.trim() === '';

/** Copy problems for one locale: every step has copy of its kind, every answer a label. */
export function validateCopy(tree: WizardTree, copy: WizardCopy | undefined, locale: Locale): string[] {
  if (!copy) return [`no ${locale} copy`];
  const problems: string[] = [];
  const where = (step: string) => `${locale} copy of "${step}"`;
  if (blank(copy.title)) problems.push(`${locale} copy has no title`);
  if (blank(copy.description)) problems.push(`${locale} copy has no description`);
  for (const [id, meta] of Object.entries(tree.steps)) {
    const step = Object.prototype.hasOwnProperty.call(copy.steps, id) ? copy.steps[id] : undefined;
    if (!step) {
      problems.push(`${where(id)} is missing`);
      continue;
    }
    if (blank(step.title)) problems.push(`${where(id)} has no title`);
    if (meta.kind === 'outcome') {
      if (!isOutcomeCopy(step)) {
        problems.push(`${where(id)} is not outcome copy (needs problem, steps, verify)`);
        continue;
      }
      if (blank(step.problem)) problems.push(`${where(id)} has no problem`);
      if (step.steps.length === 0 || step.steps.some(blank)) problems.push(`${where(id)} has no or empty fix steps`);
      if (step.verify.length === 0 || step.verify.some(blank)) problems.push(`${where(id)} has no or empty verify steps`);
      continue;
    }
    if (isOutcomeCopy(step)) {
      problems.push(`${where(id)} is outcome copy but the step is a ${meta.kind}`);
      continue;
    }
    for (const { id: answer } of meta.answers) {
      if (blank(step.answers[answer])) problems.push(`${where(id)} has no label for answer "${answer}"`);
    }
    for (const label of Object.keys(step.answers)) {
      if (!meta.answers.some((a) => a.id === label)) problems.push(`${where(id)} labels unknown answer "${label}"`);
    }
  }
  for (const id of Object.keys(copy.steps)) {
    if (!hasStep(tree, id)) problems.push(`${locale} copy has text for unknown step "${id}"`);
  }
  return problems;
}

/**
 * Everything a wizard author can get wrong, as readable sentences; empty when the tree is sound.
 * Tests run it for every registered wizard, so a broken tree fails with the reason spelled out.
 */
export function validateWizard(tree: WizardTree, copy: Readonly<Partial<Record<Locale, WizardCopy>>>): string[] {
  return [...validateStructure(tree), ...LOCALES.flatMap((locale) => validateCopy(tree, copy[locale], locale))];
}
