import { describe, expect, test } from 'vitest';
import { CATALOG } from '~/probes/error-catalog.ts';
import { hasStep } from '~/wizards/engine/tree.ts';
import { LOCALES } from '~/wizards/engine/types.ts';
import { getWizard } from '~/wizards/registry.ts';

/** Every string a step shows: title, body, answer labels, problem, fix and verify lines. */
function textOf(wizardId: string, step: string, locale: (typeof LOCALES)[number]): string {
  const copy = getWizard(wizardId)?.copy[locale].steps[step];
  return copy ? JSON.stringify(copy) : '';
}

describe('the error catalog', () => {
  test.each(CATALOG.map((e) => [e.id, e] as const))('entry %s names a step that exists', (_id, entry) => {
    expect('wizard' in entry.step).toBe(true);
    if (!('wizard' in entry.step)) return;
    const wizard = getWizard(entry.step.wizard);
    expect(wizard && hasStep(wizard.tree, entry.step.step)).toBe(true);
  });

  // "Handles it" = the step's own words (or its answers, for a question) name the code or OAuth error,
  // so a visitor who arrives from the lookup sees their error on the step they land on.
  test.each(CATALOG.filter((e) => e.codes || e.oauth).map((e) => [e.id, e] as const))(
    'entry %s lands on a step whose copy names its error in both locales',
    (_id, entry) => {
      if (!('wizard' in entry.step)) throw new Error('no wizard step');
      const names = [...(entry.codes ?? []).map(String), ...(entry.oauth ?? [])];
      for (const locale of LOCALES) {
        const text = textOf(entry.step.wizard, entry.step.step, locale);
        expect(
          names.some((n) => text.includes(n)),
          `${locale}: ${entry.step.wizard}#${entry.step.step} names none of ${names}`,
        ).toBe(true);
      }
    },
  );
});
