import { expect, openTool, OAUTH_APPS, test, TOKENS } from './tools/fixtures';
import { chooseHost, liveVerdict } from './tools/helpers';
import type { Page } from '@playwright/test';

const RUN = { 'zh-CN': '刷新令牌', en: 'Refresh the token' } as const;
/**
 * What the shared classifier makes of the fake's answer to a spent refresh token
 * (`invalid_request` "invalid request: refresh_token", 400): the token is refused, not "expired".
 */
const SPENT = 'invalid-token';

async function runRefresh(page: Page, input: { clientId: string; refreshToken: string; secret?: string; baseUrl: string }, locale: 'zh-CN' | 'en' = 'zh-CN') {
  await page.locator('[name="client-id"]').fill(input.clientId);
  await page.locator('[name="refresh-token"]').fill(input.refreshToken);
  if (input.secret) await page.locator('[name="client-secret"]').fill(input.secret);
  await chooseHost(page, 'custom', input.baseUrl);
  await page.getByRole('button', { name: RUN[locale], exact: true }).click();
}

test.describe('refresh test', () => {
  test.beforeEach(async ({ page }) => {
    await openTool(page, 'refresh-test');
  });

  test('warns about rotation before anything runs', async ({ page }) => {
    const warning = page.locator('[data-rotation-warning]');
    await expect(warning).toBeVisible();
    await expect(warning).toContainText('旧的刷新令牌失效');
    // The warning comes before the button in reading order.
    const [warningY, buttonY] = await Promise.all([warning.boundingBox(), page.getByRole('button', { name: RUN['zh-CN'] }).boundingBox()]);
    expect(warningY!.y).toBeLessThan(buttonY!.y);
  });

  test('shows the new refresh token first, then the masked access token and its expiry', async ({ page, fakes }) => {
    const refreshToken = fakes.cn.mintRefreshToken('pkce');
    await runRefresh(page, { clientId: OAUTH_APPS.cn.pkce.clientId, refreshToken, baseUrl: fakes.cn.baseUrl });
    await expect(liveVerdict(page)).toHaveAttribute('data-verdict', 'valid');
    const newToken = page.locator('[name="new-refresh-token"]');
    await expect(newToken).toHaveAttribute('readonly', '');
    const value = await newToken.inputValue();
    expect(value).toMatch(/^[A-Za-z0-9]{72}$/);
    expect(value).not.toBe(refreshToken);
    // "First": the new refresh token precedes the access token and the verdict in the document.
    const order = await page.evaluate(() => {
      const a = document.querySelector('[data-new-refresh-token]')!;
      const b = document.querySelector('[data-issued-token]')!;
      const c = document.querySelector('[data-verdict]')!;
      return [a.compareDocumentPosition(b), a.compareDocumentPosition(c)].map((p) => (p & Node.DOCUMENT_POSITION_FOLLOWING) !== 0);
    });
    expect(order).toEqual([true, true]);
    const access = page.locator('#rt-access');
    await expect(access).toHaveAttribute('data-masked', 'true');
    await expect(access).toHaveValue(/^czu_…/);
    await page.getByRole('button', { name: '显示' }).click();
    await expect(access).toHaveValue(/^czu_[A-Za-z0-9]{64}$/);
    const expiry = page.locator('[data-expires-at]');
    const expiresAt = Number(await expiry.getAttribute('data-expires-at'));
    expect(Math.abs(expiresAt - (Date.now() / 1000 + 900))).toBeLessThan(60);
    await expect(expiry).toContainText(/1[45] 分钟后/);
  });

  test('says what a success means, clears the spent token and sends nothing on a second click', async ({ page, fakes }) => {
    const refreshToken = fakes.cn.mintRefreshToken('pkce');
    await runRefresh(page, { clientId: OAUTH_APPS.cn.pkce.clientId, refreshToken, baseUrl: fakes.cn.baseUrl });
    await expect(liveVerdict(page)).toHaveAttribute('data-verdict', 'valid');
    await expect(liveVerdict(page)).toContainText('刷新成功：扣子签发了新的访问令牌和新的刷新令牌');
    await expect(liveVerdict(page)).toContainText('已经用掉');
    await expect(liveVerdict(page)).not.toContainText('账号。');
    const field = page.locator('[name="refresh-token"]');
    await expect(field).toHaveValue('');
    await expect(page.locator('#rt-refresh-token-hint')).toContainText('已清空');
    const sent = fakes.cn.requests.length;
    await page.getByRole('button', { name: RUN['zh-CN'] }).click();
    await expect(field).toHaveAttribute('aria-invalid', 'true');
    await expect(field).toBeFocused();
    expect(fakes.cn.requests).toHaveLength(sent);
    // The new refresh token is still on screen: nothing lost by the refused click.
    await expect(page.locator('[name="new-refresh-token"]')).toHaveValue(/^[A-Za-z0-9]{72}$/);
    await expect(liveVerdict(page)).toHaveAttribute('data-verdict', 'valid');
  });

  test('carries the new access token to a token check on the same page, in memory only', async ({ page, fakes }) => {
    await runRefresh(page, { clientId: OAUTH_APPS.cn.pkce.clientId, refreshToken: fakes.cn.mintRefreshToken('pkce'), baseUrl: fakes.cn.baseUrl });
    await expect(liveVerdict(page)).toHaveAttribute('data-verdict', 'valid');
    await page.getByRole('button', { name: '显示' }).click();
    const access = await page.locator('#rt-access').inputValue();
    expect(access).toMatch(/^czu_[A-Za-z0-9]{64}$/);
    const before = fakes.cn.requests.length;
    await page.getByRole('button', { name: '测试新的访问令牌' }).click();
    const check = page.locator('[data-test-access-check]');
    await expect(check.locator('h2').first()).toBeFocused();
    await expect(check.locator('[name="token"]')).toHaveValue(access);
    await expect(check.locator('[name="host"][value="custom"]')).toBeChecked();
    await expect(check.locator('[data-preview]')).toContainText(`${fakes.cn.baseUrl}/v1/users/me`);
    // Nothing sent by opening it.
    expect(fakes.cn.requests).toHaveLength(before);
    await check.getByRole('button', { name: '开始检查', exact: true }).click();
    await expect(check.locator('[data-verdict][data-source="live"]')).toHaveAttribute('data-verdict', 'valid');
    expect(fakes.cn.requests.filter((r) => r.headers['authorization'] === `Bearer ${access}`).length).toBeGreaterThan(0);
    expect(page.url()).not.toContain(access);
    const kept = await page.evaluate(() =>
      JSON.stringify({ local: { ...localStorage }, session: { ...sessionStorage }, cookie: document.cookie, state: history.state }),
    );
    expect(kept).not.toContain(access);
  });

  test('fails a spent refresh token pasted again with a verdict and the expired-refresh step', async ({ page, fakes }) => {
    const refreshToken = fakes.cn.mintRefreshToken('pkce');
    await runRefresh(page, { clientId: OAUTH_APPS.cn.pkce.clientId, refreshToken, baseUrl: fakes.cn.baseUrl });
    await expect(liveVerdict(page)).toHaveAttribute('data-verdict', 'valid');
    await page.locator('[name="refresh-token"]').fill(refreshToken);
    await page.getByRole('button', { name: RUN['zh-CN'] }).click();
    await expect(liveVerdict(page)).toHaveAttribute('data-verdict', SPENT);
    await expect(liveVerdict(page).locator('a')).toHaveAttribute('href', '/wizards/expired-refresh/#refresh-token-history');
    await expect(page.locator('.tool-evidence')).toContainText('invalid_request');
    await expect(page.locator('[name="new-refresh-token"]')).toHaveCount(0);
  });

  test('sends a web app secret as the bearer and succeeds', async ({ page, fakes }) => {
    await runRefresh(page, {
      clientId: OAUTH_APPS.cn.web.clientId,
      refreshToken: fakes.cn.mintRefreshToken('web'),
      secret: OAUTH_APPS.cn.web.secret,
      baseUrl: fakes.cn.baseUrl,
    });
    await expect(liveVerdict(page)).toHaveAttribute('data-verdict', 'valid');
    const sent = fakes.cn.requests.find((r) => r.method === 'POST');
    expect(sent?.headers['authorization']).toBe(`Bearer ${OAUTH_APPS.cn.web.secret}`);
    expect(JSON.parse(sent?.body ?? '{}')).toMatchObject({ grant_type: 'refresh_token', client_id: OAUTH_APPS.cn.web.clientId });
  });

  test('links a wrong client secret to the client-mismatch step', async ({ page, fakes }) => {
    await runRefresh(page, {
      clientId: OAUTH_APPS.cn.web.clientId,
      refreshToken: fakes.cn.mintRefreshToken('web'),
      secret: 'wrongSecret0000000000',
      baseUrl: fakes.cn.baseUrl,
    });
    await expect(liveVerdict(page)).toHaveAttribute('data-verdict', 'invalid-token');
    await expect(liveVerdict(page).locator('a')).toHaveAttribute('href', '/wizards/expired-refresh/#client-mismatch');
  });

  test('refuses an access token in the refresh box before sending', async ({ page, fakes }) => {
    await runRefresh(page, { clientId: OAUTH_APPS.cn.pkce.clientId, refreshToken: TOKENS.oauthUserCn, baseUrl: fakes.cn.baseUrl });
    await expect(liveVerdict(page)).toHaveAttribute('data-verdict', 'not-a-token');
    await expect(page.locator('[name="refresh-token"]')).toHaveAttribute('aria-invalid', 'true');
    await expect(page.locator('#rt-refresh-token-error')).toContainText('访问令牌');
    expect(fakes.cn.requests).toHaveLength(0);
  });

  test('refuses a malformed client id while typing and before sending', async ({ page, fakes }) => {
    await page.locator('[name="client-id"]').fill('my-app');
    await expect(page.locator('#rt-client-id-error')).toBeVisible();
    await runRefresh(page, { clientId: 'my-app', refreshToken: 'r'.repeat(72), baseUrl: fakes.cn.baseUrl });
    await expect(liveVerdict(page)).toHaveAttribute('data-verdict', 'malformed');
    expect(fakes.cn.requests).toHaveLength(0);
    await expect(page.locator('[name="client-id"]')).toHaveValue('my-app');
  });

  test('gives the same verdict for the pasted response of a spent refresh token', async ({ page, fakes }) => {
    const body = JSON.stringify({ grant_type: 'refresh_token', client_id: OAUTH_APPS.cn.pkce.clientId, refresh_token: 'spent'.padEnd(72, 'x') });
    const response = await fetch(`${fakes.cn.baseUrl}/api/permission/oauth2/token`, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
    await page.locator('[name="pasted-response"]').fill(`HTTP/1.1 ${response.status}\ncontent-type: application/json\n\n${await response.text()}`);
    await page.getByRole('button', { name: '分析响应' }).click();
    const verdict = page.locator('[data-verdict][data-source="pasted"]');
    await expect(verdict).toHaveAttribute('data-verdict', SPENT);
    await expect(verdict.locator('a')).toHaveAttribute('href', '/wizards/expired-refresh/#refresh-token-history');
  });

  test('says before sending that the site CSP blocks a remote custom host, and sends nothing', async ({ page }) => {
    const outside: string[] = [];
    await page.route(/^https?:\/\/(?!127\.0\.0\.1)/, (route) => (outside.push(route.request().url()), route.abort()));
    await runRefresh(page, { clientId: OAUTH_APPS.cn.pkce.clientId, refreshToken: 'r'.repeat(72), baseUrl: 'https://coze.example.com' });
    await expect(page.locator('[data-csp-blocked]')).toContainText('COZE_EXTRA_CONNECT_SRC=https://coze.example.com npm start');
    await expect(page.locator('[data-csp-blocked]')).toHaveAttribute('role', 'alert');
    await expect(page.locator('[data-verdict]')).toHaveCount(0);
    expect(outside).toEqual([]);
  });

  test('offers the refresh as curl and PowerShell with placeholders for the secrets', async ({ page }) => {
    await page.locator('[name="client-id"]').fill(OAUTH_APPS.cn.web.clientId);
    await page.locator('[name="refresh-token"]').fill('r'.repeat(72));
    await page.locator('[name="client-secret"]').fill(OAUTH_APPS.cn.web.secret);
    const curl = page.locator('[data-command="curl"] pre');
    await expect(curl).toContainText('<YOUR_REFRESH_TOKEN>');
    await expect(curl).toContainText('<YOUR_CLIENT_SECRET>');
    await expect(curl).toContainText(OAUTH_APPS.cn.web.clientId);
    await expect(curl).not.toContainText(OAUTH_APPS.cn.web.secret);
    await expect(page.locator('[data-command="powershell"] pre')).toContainText('<YOUR_REFRESH_TOKEN>');
  });
});

test.describe('refresh test in English', () => {
  test('shows the new refresh token and then the expired verdict on reuse', async ({ page, fakes }) => {
    await openTool(page, 'refresh-test', 'en');
    const refreshToken = fakes.cn.mintRefreshToken('pkce');
    await runRefresh(page, { clientId: OAUTH_APPS.cn.pkce.clientId, refreshToken, baseUrl: fakes.cn.baseUrl }, 'en');
    await expect(page.locator('[data-new-refresh-token]')).toContainText('save it now');
    await expect(liveVerdict(page)).toContainText('Refresh worked: Coze issued a new access token and a new refresh token');
    await expect(page.locator('[data-expires-at]')).toContainText(/in 1[45] minutes/);
    await expect(page.locator('[name="refresh-token"]')).toHaveValue('');
    await page.locator('[name="refresh-token"]').fill(refreshToken);
    await page.getByRole('button', { name: RUN.en }).click();
    await expect(liveVerdict(page)).toHaveAttribute('data-verdict', SPENT);
    await expect(liveVerdict(page).locator('a')).toHaveAttribute('href', '/en/wizards/expired-refresh/#refresh-token-history');
  });
});
