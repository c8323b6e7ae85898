import { expect, type Locator, type Page } from '@playwright/test';
import { outcomePaths, shortestPath } from '~/wizards/engine/paths';
import { isOutcomeCopy, type AnswerRecord, type Locale } from '~/wizards/engine/types';
import { wizards, type Wizard } from '~/wizards/registry';

export { outcomePaths, shortestPath, wizards, type Wizard };
export const LOCALES: readonly Locale[] = ['zh-CN', 'en'];

export const pagePath = (id: string, locale: Locale) => `${locale === 'en' ? '/en' : ''}/wizards/${id}/`;
export const island = (page: Page) => page.locator('[data-wizard]');
export const stepNumber = (locale: Locale, n: number) => (locale === 'en' ? `Step ${n}` : `第 ${n} 步`);

/**
 * Opens a URL in a full page load (never a same-document hash change) and waits for hydration
 * rather than for every subresource: the island is what the tests look at.
 */
export async function open(page: Page, url: string): Promise<Locator> {
  await page.goto('about:blank', { waitUntil: 'commit' });
  await page.goto(url, { waitUntil: 'commit' });
  const root = island(page);
  await expect(root).toHaveAttribute('data-hydrated', 'true', { timeout: 20_000 });
  return root;
}

export function answerLabel(wizard: Wizard, locale: Locale, { step, answer }: AnswerRecord): string {
  const copy = wizard.copy[locale].steps[step];
  if (!copy || isOutcomeCopy(copy)) throw new Error(`no answers on ${wizard.id}.${step}`);
  const label = copy.answers[answer];
  if (!label) throw new Error(`no ${locale} label for ${wizard.id}.${step}.${answer}`);
  // Buttons show the copy with its marks rendered, so their accessible name is the plain text.
  return label.replace(/\*\*|`/g, '');
}

/** An answer button of the current step (inside the answers group, so toolbar buttons never match). */
export const answerButton = (root: Locator, label: string) => root.locator('.wizard-answers').getByRole('button', { name: label, exact: true });

/**
 * Asserts the island shows `step` as step `n`, with focus on its heading. One in-page wait instead
 * of three locator assertions: the walks make hundreds of these.
 */
export async function expectStep(page: Page, locale: Locale, step: string, n: number, focused = true) {
  const expected = { step, number: stepNumber(locale, n), focused };
  const seen = () =>
    page.evaluate(() => {
      const root = document.querySelector<HTMLElement>('[data-wizard]');
      const heading = root?.querySelector('h2.wizard-heading');
      return { step: root?.dataset.step, heading: heading?.textContent, focused: document.activeElement === heading };
    });
  try {
    await page.waitForFunction(
      ({ step: s, number, focused: f }) => {
        const root = document.querySelector<HTMLElement>('[data-wizard]');
        const heading = root?.querySelector('h2.wizard-heading');
        return root?.dataset.step === s && !!heading?.textContent?.includes(number) && (!f || document.activeElement === heading);
      },
      expected,
      { timeout: 10_000 },
    );
  } catch {
    expect(await seen(), `island after moving to ${step}`).toEqual({ step, heading: expect.stringContaining(expected.number), focused });
  }
}
