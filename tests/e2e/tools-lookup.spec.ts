import { expect, openTool, test } from './tools/fixtures';

test.describe('error lookup', () => {
  // A bare 4101 can mean "no permission" or "this region does not know the token" (coze-go#56), so it
  // lands on the question that tells them apart (issue 8), not on the permission outcome.
  test('lands 4101 on its error-code section and the question about its message', async ({ page }) => {
    await openTool(page, 'error-lookup');
    await page.locator('[name="error-text"]').fill('4101');
    const best = page.locator('[data-match]').first();
    await expect(best).toHaveAttribute('data-match', '4101');
    await expect(best.locator('[data-guide-link]')).toHaveAttribute('href', '/guides/error-codes/#4101');
    await expect(best.locator('[data-step-link]')).toHaveAttribute('href', '/wizards/token-invalid/#code-4101');
  });

  test('lands the misspelt "kid not been registred" on the JWT kid section', async ({ page }) => {
    await openTool(page, 'error-lookup');
    await page.locator('[name="error-text"]').fill('{"error_code":"invalid_client","error_message":"invalid jwt: kid not been registred"}');
    const best = page.locator('[data-match]').first();
    await expect(best).toHaveAttribute('data-match', 'kid-not-registered');
    await expect(best.locator('[data-guide-link]')).toHaveAttribute('href', '/guides/error-codes/#invalid-jwt-kid');
    await expect(best.locator('[data-step-link]')).toHaveAttribute('href', '/wizards/token-invalid/#jwt-kid-not-registered');
    await expect(page.locator('[data-match="invalid_client"]')).toBeVisible();
  });

  test('lands 权限点包含 on the enterprise permissions guide', async ({ page }) => {
    await openTool(page, 'error-lookup');
    await page.locator('[name="error-text"]').fill('此应用所声明的权限点包含 "企业" 层级，仅企业内的超级管理员或管理员可以授权应用');
    const best = page.locator('[data-match]').first();
    await expect(best).toHaveAttribute('data-match', 'enterprise-permission-level');
    await expect(best.locator('[data-guide-link]')).toHaveAttribute('href', '/guides/enterprise-permissions/');
    await expect(best.locator('[data-step-link]')).toHaveAttribute('href', /^\/wizards\/team-scope-rejected\/#/);
  });

  test('offers the error-code guide and the token-invalid wizard when nothing matches', async ({ page }) => {
    await openTool(page, 'error-lookup');
    await page.locator('[name="error-text"]').fill('something else entirely');
    const none = page.locator('[data-match="none"]');
    await expect(none.locator('[data-guide-link]')).toHaveAttribute('href', '/guides/error-codes/');
    await expect(none.locator('[data-step-link]')).toHaveAttribute('href', '/wizards/token-invalid/');
  });

  test('makes no request while looking up', async ({ page }) => {
    await openTool(page, 'error-lookup');
    const requests: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    await page.locator('[name="error-text"]').fill('{"code":4100,"msg":"authentication is invalid"}');
    await expect(page.locator('[data-match]').first()).toHaveAttribute('data-match', '4100');
    expect(requests).toEqual([]);
  });

  test('refuses a paste far longer than any error body', async ({ page }) => {
    await openTool(page, 'error-lookup');
    await page.locator('[name="error-text"]').evaluate((el) => {
      (el as HTMLTextAreaElement).value = '4101 '.repeat(200_000);
      el.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await expect(page.locator('#el-text-error')).toContainText('太长');
    await expect(page.locator('[data-match]')).toHaveCount(0);
  });

  test('works in English with English links', async ({ page }) => {
    await openTool(page, 'error-lookup', 'en');
    await page.locator('[name="error-text"]').fill('Your token does not have permission to access resource.');
    const best = page.locator('[data-match]').first();
    await expect(best).toHaveAttribute('data-match', '4101-no-permission');
    await expect(best.locator('[data-guide-link]')).toHaveAttribute('href', '/en/guides/error-codes/#4101');
    await expect(best.locator('[data-step-link]')).toHaveAttribute('href', '/en/wizards/token-invalid/#missing-permission');
  });
});

test.describe('error lookup explains', () => {
  test('shows the meaning and first fix of 4100, announces the meaning, and finds the logid', async ({ page }) => {
    await openTool(page, 'error-lookup');
    await page.locator('[name="error-text"]').fill('{"code":4100,"msg":"authentication is invalid","detail":{"logid":"20250101000000ABCDEF"}}');
    const best = page.locator('[data-match]').first();
    await expect(best).toHaveAttribute('data-match', '4100');
    await expect(best.locator('[data-meaning]')).toContainText('令牌没有通过鉴权');
    await expect(best.locator('[data-step-link]')).toHaveAttribute('href', '/wizards/token-invalid/#code-4100');
    await expect(best.locator('[data-step-link]')).not.toContainText('`');
    await expect(page.getByRole('status').filter({ hasText: '最可能的匹配' })).toContainText('令牌没有通过鉴权');
    await expect(page.locator('[data-logid]')).toContainText('20250101000000ABCDEF');
  });

  test('announces the meaning in English, not the entry id', async ({ page }) => {
    await openTool(page, 'error-lookup', 'en');
    await page.locator('[name="error-text"]').fill('The token you entered is incorrect');
    await expect(page.getByRole('status').filter({ hasText: 'Best match' })).toContainText('does not exist in this region');
    await expect(page.getByRole('status').filter({ hasText: 'Best match' })).not.toContainText('4101-incorrect-token');
  });
});
