import { describe, expect, test } from 'vitest';
import { validateCopy, validateStructure, validateWizard } from '~/wizards/engine/validate';
import type { StepMeta, WizardTree } from '~/wizards/engine/types';
import { wizards } from '~/wizards/registry';
import { sampleCopy, sampleTree } from './fixtures';

const withSteps = (steps: Record<string, StepMeta>): WizardTree => ({ id: 'choose-auth', initial: 'a', steps });
const q = (...answers: [string, string][]): StepMeta => ({ kind: 'question', answers: answers.map(([id, target]) => ({ id, target })), guides: [] });
const end: StepMeta = { kind: 'outcome', answers: [], guides: [] };

describe('validateWizard', () => {
  // The wizard authors rely on this test: a broken tree fails here with the reason spelled out.
  for (const wizard of wizards) {
    test(`finds nothing wrong with the ${wizard.id} tree and its copy in both locales`, () => {
      expect(validateWizard(wizard.tree, wizard.copy)).toEqual([]);
    });
  }

  test('accepts the sample tree', () => {
    expect(validateWizard(sampleTree, sampleCopy)).toEqual([]);
  });
});

describe('validateStructure', () => {
  test('reports an answer leading to a missing step', () => {
    expect(validateStructure(withSteps({ a: q(['x', 'b'], ['y', 'gone']), b: end }))).toContain('answer "a.y" leads to missing step "gone"');
  });

  test('reports a step that cannot be reached', () => {
    expect(validateStructure(withSteps({ a: q(['x', 'b'], ['y', 'b']), b: end, c: end }))).toContain('step "c" cannot be reached from "a"');
  });

  test('reports a question with too few or too many answers', () => {
    const many = Array.from({ length: 7 }, (_, i): [string, string] => [`x${i}`, 'b']);
    expect(validateStructure(withSteps({ a: q(['x', 'b']), b: end }))).toContain('step "a" has 1 answers (needs 2–6)');
    expect(validateStructure(withSteps({ a: q(...many), b: end }))).toContain('step "a" has 7 answers (needs 2–6)');
  });

  test('reports a loop, since a path through it never ends in an outcome', () => {
    expect(validateStructure(withSteps({ a: q(['x', 'b'], ['y', 'c']), b: q(['back', 'a'], ['on', 'c']), c: end }))).toContain(
      'steps loop back on themselves: a -> b -> a',
    );
  });

  test('reports ids that a link could not carry', () => {
    expect(validateStructure(withSteps({ a: q(['Yes', 'b_c'], ['no', 'b_c']), b_c: end }))).toEqual(
      expect.arrayContaining(['step id "b_c" is not kebab-case', 'answer "a.Yes" is not kebab-case']),
    );
  });

  test('reports a missing first step', () => {
    expect(validateStructure({ id: 'choose-auth', initial: 'nope', steps: { a: end } })).toContain('initial step "nope" does not exist');
  });
});

describe('validateCopy', () => {
  test('reports a step without copy and an answer without a label', () => {
    const { 'jwt-kid': _removed, ...steps } = sampleCopy.en.steps;
    const oauth = { title: 'Which OAuth flow?', answers: { jwt: 'JWT' } };
    expect(validateCopy(sampleTree, { ...sampleCopy.en, steps: { ...steps, 'oauth-kind': oauth } }, 'en')).toEqual([
      'en copy of "oauth-kind" has no label for answer "pkce"',
      'en copy of "jwt-kid" is missing',
    ]);
  });

  test('reports an outcome without its problem, fix or verification', () => {
    const steps = { ...sampleCopy['zh-CN'].steps, 'done-ok': { title: '好', problem: ' ', steps: [], verify: [''] } };
    expect(validateCopy(sampleTree, { ...sampleCopy['zh-CN'], steps }, 'zh-CN')).toEqual([
      'zh-CN copy of "done-ok" has no problem',
      'zh-CN copy of "done-ok" has no or empty fix steps',
      'zh-CN copy of "done-ok" has no or empty verify steps',
    ]);
  });

  test('reports question copy on an outcome and labels for answers that do not exist', () => {
    const steps = { ...sampleCopy.en.steps, 'done-ok': { title: 'x', answers: {} }, 'jwt-kid': { title: 'k', answers: { yes: 'Y', no: 'N', maybe: 'M' } } };
    expect(validateCopy(sampleTree, { ...sampleCopy.en, steps }, 'en')).toEqual([
      'en copy of "jwt-kid" labels unknown answer "maybe"',
      'en copy of "done-ok" is not outcome copy (needs problem, steps, verify)',
    ]);
  });

  test('reports a whole locale missing', () => {
    expect(validateWizard(sampleTree, { en: sampleCopy.en })).toEqual(['no zh-CN copy']);
  });
});
