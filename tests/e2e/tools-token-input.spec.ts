import { closedPortUrl, expect, openTool, routeCozeHosts, test, TOKENS } from './tools/fixtures';
import { liveVerdict, runTokenCheck } from './tools/helpers';

test.describe('token check: regions through the real host names', () => {
  test('finds the region with auto', async ({ page, fakes }) => {
    const asked = await routeCozeHosts(page, fakes);
    await openTool(page, 'token-check');
    await runTokenCheck(page, TOKENS.patValidCn, 'auto');
    await expect(liveVerdict(page)).toHaveAttribute('data-verdict', 'valid');
    await expect(page.locator('[data-report] [data-region]')).toHaveAttribute('data-region', 'cn');
    expect(asked.some((u) => u.startsWith('https://api.coze.com/v1/users/me'))).toBe(true);
  });

  test('says wrong-region when auto finds the token only on the host the code does not call', async ({ page, fakes }) => {
    await routeCozeHosts(page, fakes);
    await openTool(page, 'token-check');
    await page.locator('[name="app-host"][value="com"]').check();
    await runTokenCheck(page, TOKENS.patValidCn, 'auto');
    await expect(liveVerdict(page)).toHaveAttribute('data-verdict', 'wrong-region');
    await expect(liveVerdict(page).locator('a')).toHaveAttribute('href', '/wizards/token-invalid/#wrong-region');
  });

  test('asks only the chosen host, then offers the other region and finds wrong-region there', async ({ page, fakes }) => {
    const asked = await routeCozeHosts(page, fakes);
    await openTool(page, 'token-check');
    await runTokenCheck(page, TOKENS.patValidCn, 'com');
    await expect(liveVerdict(page)).toHaveAttribute('data-verdict', 'invalid-token');
    expect(asked.every((u) => u.startsWith('https://api.coze.com/'))).toBe(true);
    await page.getByRole('button', { name: '也在 api.coze.cn 上检查' }).click();
    await expect(liveVerdict(page)).toHaveAttribute('data-verdict', 'wrong-region');
    await expect(page.locator('[name="app-host"][value="com"]')).toBeChecked();
    await expect(page.locator('[data-report] [data-region]')).toHaveAttribute('data-region', 'cn');
  });
});

test.describe('token check: input handling', () => {
  test.beforeEach(async ({ page }) => {
    await openTool(page, 'token-check');
  });

  test('strips spaces, a Bearer prefix and quotes, says so, and sends the clean token', async ({ page, fakes }) => {
    await page.locator('[name="token"]').fill(`  "Bearer ${TOKENS.patValidCn}"  \n`);
    const feedback = page.locator('[data-feedback]');
    await expect(feedback.locator('[data-note="stripped-bearer"]')).toBeVisible();
    await expect(feedback.locator('[data-note="stripped-quotes"]')).toBeVisible();
    await expect(feedback.locator('[data-note="trimmed"]')).toBeVisible();
    await expect(feedback.locator('[data-kind]')).toHaveAttribute('data-kind', 'pat');
    await page.locator('[name="host"][value="custom"]').check();
    await page.locator('[name="base-url"]').fill(fakes.cn.baseUrl);
    await page.getByRole('button', { name: '开始检查' }).click();
    await expect(liveVerdict(page)).toHaveAttribute('data-verdict', 'valid');
    expect(fakes.cn.requests.find((r) => r.method === 'GET')?.headers['authorization']).toBe(`Bearer ${TOKENS.patValidCn}`);
  });

  test('shows the exact requests with the token masked before anything is sent', async ({ page, fakes }) => {
    await page.locator('[name="token"]').fill(TOKENS.patValidCn);
    await page.locator('[name="host"][value="custom"]').check();
    await page.locator('[name="base-url"]').fill(fakes.cn.baseUrl);
    const preview = page.locator('[data-preview]');
    await expect(preview).toContainText(`GET ${fakes.cn.baseUrl}/v1/users/me`);
    await expect(preview).toContainText('Authorization: Bearer pat_…Vc01');
    await expect(preview).not.toContainText(TOKENS.patValidCn);
    expect(fakes.cn.requests).toHaveLength(0);
  });

  test('refuses a 1 MB paste by its length without freezing', async ({ page }) => {
    const huge = 'x'.repeat(1024 * 1024);
    await page.locator('[name="token"]').evaluate((el, value) => {
      (el as HTMLTextAreaElement).value = value;
      el.dispatchEvent(new Event('input', { bubbles: true }));
    }, huge);
    await expect(page.locator('#tc-token-error')).toContainText('过长');
    await page.getByRole('button', { name: '开始检查' }).click();
    // A frozen page would miss these waits' default deadline; the length rule itself is unit-tested.
    await expect(liveVerdict(page)).toHaveAttribute('data-verdict', 'malformed');
  });

  test('flags an insecure custom base URL next to its field', async ({ page }) => {
    await page.locator('[name="host"][value="custom"]').check();
    await page.locator('[name="base-url"]').fill('http://coze.example.com');
    await expect(page.locator('[name="base-url"]')).toHaveAttribute('aria-invalid', 'true');
    await expect(page.locator('#tc-base-url-error')).toContainText('https');
  });

  test('ignores query parameters: a link cannot set the host or the base URL', async ({ page }) => {
    await openTool(page, 'token-check', 'zh-CN', '?host=custom&base-url=https%3A%2F%2Fevil.example&token=pat_x');
    await expect(page.locator('[name="host"][value="auto"]')).toBeChecked();
    await expect(page.locator('[name="base-url"]')).toBeHidden();
    await expect(page.locator('[name="base-url"]')).toHaveValue('');
    await expect(page.locator('[name="token"]')).toHaveValue('');
  });

  test('offers curl and PowerShell commands with a placeholder instead of the token', async ({ page, fakes }) => {
    await page.locator('[name="token"]').fill(TOKENS.patValidCn);
    await page.locator('[name="host"][value="custom"]').check();
    await page.locator('[name="base-url"]').fill(fakes.cn.baseUrl);
    for (const id of ['curl', 'powershell']) {
      const command = page.locator(`[data-command="${id}"] pre`);
      await expect(command).toContainText('<YOUR_TOKEN>');
      await expect(command).toContainText(`${fakes.cn.baseUrl}/v1/users/me`);
      await expect(command).not.toContainText(TOKENS.patValidCn);
    }
  });

  test('works with the keyboard alone', async ({ page, fakes }) => {
    await page.locator('[name="token"]').focus();
    await page.keyboard.insertText(TOKENS.patValidCn);
    await page.keyboard.press('Tab');
    // Radios: arrow keys move within the group (auto -> custom).
    await page.keyboard.press('ArrowRight');
    await expect(page.locator('[name="host"][value="custom"]')).toBeChecked();
    await page.keyboard.press('Tab');
    await page.keyboard.insertText(fakes.cn.baseUrl);
    await page.locator('.tool-primary').focus();
    await page.keyboard.press('Enter');
    await expect(liveVerdict(page)).toHaveAttribute('data-verdict', 'valid');
  });
});

test.describe('token check in English', () => {
  test('shows the verdict, evidence and an English wizard link', async ({ page, fakes }) => {
    await openTool(page, 'token-check', 'en');
    await runTokenCheck(page, TOKENS.patNoPermissionCn, 'custom', fakes.cn.baseUrl, 'en');
    await expect(liveVerdict(page)).toHaveAttribute('data-verdict', 'missing-permission');
    await expect(liveVerdict(page)).toContainText('The token lacks a permission');
    await expect(liveVerdict(page).locator('a')).toHaveAttribute('href', '/en/wizards/token-invalid/#missing-permission');
  });

  test('shows wrong-region in English', async ({ page, fakes }) => {
    await routeCozeHosts(page, fakes);
    await openTool(page, 'token-check', 'en');
    await page.locator('[name="app-host"][value="cn"]').check();
    await runTokenCheck(page, TOKENS.patValidCom, 'auto', undefined, 'en');
    await expect(liveVerdict(page)).toHaveAttribute('data-verdict', 'wrong-region');
    await expect(page.locator('[data-report] [data-region]')).toHaveAttribute('data-region', 'com');
  });

  test('shows cors-blocked and network-error in English', async ({ page, fakes }) => {
    await openTool(page, 'token-check', 'en');
    fakes.cn.setFault({ kind: 'no-cors' });
    await runTokenCheck(page, TOKENS.patValidCn, 'custom', fakes.cn.baseUrl, 'en');
    await expect(liveVerdict(page)).toHaveAttribute('data-verdict', 'cors-blocked');
    await expect(page.locator('[data-offline-pointer]')).toContainText('paste the output back');
    await page.locator('[name="base-url"]').fill(await closedPortUrl());
    await page.getByRole('button', { name: 'Run check', exact: true }).click();
    await expect(liveVerdict(page)).toHaveAttribute('data-verdict', 'network-error');
  });
});
