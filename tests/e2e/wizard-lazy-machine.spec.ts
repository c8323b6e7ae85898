import { expect, type Page, test } from '@playwright/test';
import { answerButton, answerLabel, expectStep, open, pagePath, wizards } from './wizards-helpers';

// XState and the machine load when the visitor reaches for the wizard (src/islands/wizard/use-wizard.ts).
// Only a browser shows which scripts a page fetched, and that a click racing the download still counts.
const wizard = wizards.find((w) => w.id === 'token-invalid')!;
const first = answerLabel(wizard, 'en', { step: 'error-code', answer: 'code-4100' });

/** Every script body the page has fetched so far, by URL. */
function scripts(page: Page): Map<string, Promise<string>> {
  const bodies = new Map<string, Promise<string>>();
  page.on('response', (response) => {
    if (response.request().resourceType() === 'script')
      bodies.set(
        response.url(),
        response.text().catch(() => ''),
      );
  });
  return bodies;
}
const hasXState = async (bodies: Map<string, Promise<string>>) => (await Promise.all(bodies.values())).some((text) => text.includes('xstate.init'));

test.describe('the wizard machine loads on demand', () => {
  test('a reader who does not touch the wizard never downloads XState', async ({ page }) => {
    const bodies = scripts(page);
    await open(page, pagePath('token-invalid', 'en'));
    await page.locator('.wizard-outline').scrollIntoViewIfNeeded();
    await expect(page.locator('[data-wizard]')).toHaveAttribute('data-step', 'error-code');
    expect(bodies.size).toBeGreaterThan(0);
    expect(await hasXState(bodies)).toBe(false);
  });

  test('a pointer over the wizard loads it, and the answer goes through', async ({ page }) => {
    const bodies = scripts(page);
    const root = await open(page, pagePath('token-invalid', 'en'));
    await answerButton(root, first).hover();
    await expect.poll(() => hasXState(bodies)).toBe(true);
    await answerButton(root, first).click();
    await expectStep(page, 'en', 'code-4100', 2);
  });

  test('a keyboard answer that beats the download is kept and lands on its step', async ({ page }) => {
    const root = await open(page, pagePath('token-invalid', 'en'));
    // Hold the machine's chunk back until the answer has been given.
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route(/live-wizard|xstate/, async (route) => {
      await held;
      await route.continue();
    });
    await answerButton(root, first).focus();
    await page.keyboard.press('Enter');
    await expect(root).toHaveAttribute('data-step', 'error-code');
    release();
    await expectStep(page, 'en', 'code-4100', 2);
  });

  test('a link to a step opens it before the island says it is ready', async ({ page }) => {
    const root = await open(page, `${pagePath('token-invalid', 'en')}#code-4101`);
    await expect(root).toHaveAttribute('data-step', 'code-4101');
  });
});
