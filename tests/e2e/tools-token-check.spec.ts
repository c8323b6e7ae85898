import { expect, test, TOKENS, toolPath } from './tools/fixtures';

test.describe('token check', () => {
  test('shows a valid verdict for a valid token on a custom host', async ({ page, fakes }) => {
    await page.goto(toolPath('token-check'));
    await page.locator('[name="token"]').fill(TOKENS.patValidCn);
    await page.locator('[name="host"][value="custom"]').check();
    await page.locator('[name="base-url"]').fill(fakes.cn.baseUrl);
    await page.getByRole('button', { name: '开始检查' }).click();
    await expect(page.locator('[data-verdict][data-source="live"]')).toHaveAttribute('data-verdict', 'valid');
    await page.screenshot({ path: 'test-results/tc.png', fullPage: true });
  });
});
