import { expect, test } from '@playwright/test';
import { answerButton, answerLabel, expectStep, open, pagePath, wizards } from './wizards-helpers';

const wizard = wizards.find((w) => w.id === 'token-invalid')!;
const answer = (step: string, id: string) => answerLabel(wizard, 'en', { step, answer: id });
const box = (page: import('@playwright/test').Page, step: string) => page.locator(`[data-diagram="token-invalid"] [data-diagram-step="${step}"]`);

test.describe('wizard flow', () => {
  test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

  test('the Back button is the browser Back: Forward returns to the step it left', async ({ page }) => {
    const root = await open(page, pagePath('token-invalid', 'en'));
    await answerButton(root, answer('error-code', 'code-4100')).click();
    await expectStep(page, 'en', 'code-4100', 2);
    await answerButton(root, answer('code-4100', 'every-call')).click();
    await expectStep(page, 'en', 'token-check', 3);
    await root.getByRole('button', { name: 'Back', exact: true }).click();
    await expectStep(page, 'en', 'code-4100', 2);
    await page.goForward();
    await expectStep(page, 'en', 'token-check', 3);
    await page.goBack();
    await page.goBack();
    await expectStep(page, 'en', 'error-code', 1);
  });

  test('the diagram marks the path taken and the current step', async ({ page }) => {
    const root = await open(page, pagePath('token-invalid', 'en'));
    await answerButton(root, answer('error-code', 'code-4100')).click();
    await expectStep(page, 'en', 'code-4100', 2);
    await expect(box(page, 'code-4100')).toHaveAttribute('aria-current', 'step');
    await expect(box(page, 'error-code')).toHaveClass(/is-on-path/);
    await expect(page.locator('[data-diagram="token-invalid"] [data-edge="error-code/code-4100"]')).toHaveClass(/is-on-path/);
    await expect(box(page, 'code-4101')).not.toHaveClass(/is-on-path/);
  });

  test('a diagram box on the path keeps the answers; one off the path starts a new path and says so', async ({ page }) => {
    const root = await open(page, pagePath('token-invalid', 'en'));
    await answerButton(root, answer('error-code', 'code-4100')).click();
    await answerButton(root, answer('code-4100', 'every-call')).click();
    await expectStep(page, 'en', 'token-check', 3);
    await box(page, 'code-4100').click();
    await expectStep(page, 'en', 'code-4100', 2);
    await expect(root.locator('[data-notice]')).toHaveCount(0);
    await expect(root).toBeInViewport();

    await box(page, 'code-4101').click();
    await expectStep(page, 'en', 'code-4101', 2);
    await expect(root.locator('[data-notice]')).toHaveAttribute('data-notice', 'new-path');
    await expect(root.locator('.wizard-trail li')).toHaveCount(1);
    // One history entry per box: Back returns to the step before the jump.
    await page.goBack();
    await expectStep(page, 'en', 'code-4100', 2);
  });

  test('copying the step link and the outcome report say "Copied" and carry no secret', async ({ page }) => {
    const root = await open(page, `${pagePath('token-invalid', 'zh-CN')}#wrong-region`);
    await expectStep(page, 'zh-CN', 'wrong-region', 3);
    await root.locator('[data-copy-link]').click();
    await expect(root.locator('[data-copy-link] ~ [data-copy-status]')).toHaveText('已复制');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(/\/wizards\/token-invalid\/\?a=.*#wrong-region$/);
    await root.locator('[data-support-report]').click();
    await expect(root.locator('[data-support-report] ~ [data-copy-status]')).toHaveText('已复制');
    const report = await page.evaluate(() => navigator.clipboard.readText());
    expect(report).toContain('#wrong-region');
    expect(report).toContain('页面语言：zh-CN');
  });
});

test.describe('support catalog', () => {
  test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

  for (const [locale, prefix, copied] of [
    ['zh-CN', '', '已复制'],
    ['en', '/en', 'Copied'],
  ] as const) {
    test(`every step offers a ticket reply that names it and links to it (${locale})`, async ({ page }) => {
      await page.goto(`${prefix}/wizards/`);
      const entry = page.locator('[data-wizard-index="token-invalid"]');
      await entry.locator('summary').click();
      const buttons = entry.locator('button[data-copy-reply]');
      await expect(buttons).toHaveCount(Object.keys(wizard.copy[locale].steps).length);
      const step = entry.locator('li').filter({ hasText: '#code-4100' });
      await step.locator('button[data-copy-reply]').click();
      await expect(step.locator('[data-copy-status]')).toHaveText(copied);
      const reply = await page.evaluate(() => navigator.clipboard.readText());
      expect(reply).toContain(`${new URL(page.url()).origin}${prefix}/wizards/token-invalid/#code-4100`);
      expect(reply).toContain(wizard.copy[locale].title);
      expect(reply).toContain(wizard.copy[locale].steps['code-4100']!.title.replace(/`/g, ''));
    });
  }
});
