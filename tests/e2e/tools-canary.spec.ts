import { LOCALES } from '~/site/locale';
import { expect, OAUTH_APPS, openTool, test, TOKENS } from './tools/fixtures';
import { liveVerdict } from './tools/helpers';

const CANARY = TOKENS.canary;

/**
 * A unique token typed into the page must go to the chosen host and nowhere else: not into the
 * URL, storage, cookies, the console, the copied report, or a request to any other origin.
 */
test.describe('canary token', () => {
  test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

  for (const locale of LOCALES) {
    test(`stays out of every place it must not reach (${locale})`, async ({ page, context, fakes }) => {
      const requests: Array<{ url: string; headers: Record<string, string>; body: string }> = [];
      const consoleLines: string[] = [];
      page.on('request', (r) => requests.push({ url: r.url(), headers: r.headers(), body: r.postData() ?? '' }));
      page.on('console', (m) => consoleLines.push(m.text()));
      page.on('pageerror', (e) => consoleLines.push(`pageerror ${e.message}`));

      await openTool(page, 'token-check', locale);
      const siteOrigin = new URL(page.url()).origin;
      await page.locator('[name="token"]').fill(CANARY);
      await page.locator('[name="host"][value="custom"]').check();
      await page.locator('[name="base-url"]').fill(fakes.cn.baseUrl);
      // Nothing cross-origin before the click.
      expect(requests.filter((r) => new URL(r.url).origin !== siteOrigin)).toEqual([]);

      await page.getByRole('button', { name: locale === 'en' ? 'Run check' : '开始检查', exact: true }).click();
      await expect(liveVerdict(page)).toHaveAttribute('data-verdict', 'valid');
      await page.locator('[data-support-report]').click();
      await expect(page.locator('[data-copy-status="copied"]')).toHaveText(locale === 'en' ? 'Copied' : '已复制');
      const report = await page.evaluate(() => navigator.clipboard.readText());
      // The commands on the page keep the placeholder even after a real run.
      for (const id of ['cli', 'curl', 'powershell']) await expect(page.locator(`[data-command="${id}"] pre`)).not.toContainText(CANARY);

      expect(report).toContain('pat_…Cn99');
      expect(report).toContain(locale === 'en' ? 'Page language: en' : '页面语言：zh-CN');
      expect(report).not.toContain(CANARY);
      expect(page.url()).not.toContain(CANARY);
      const storage = await page.evaluate(() => JSON.stringify({ local: { ...localStorage }, session: { ...sessionStorage }, cookie: document.cookie }));
      expect(storage).not.toContain(CANARY);
      expect(JSON.stringify(await context.cookies())).not.toContain(CANARY);
      expect(consoleLines.join('\n')).not.toContain(CANARY);
      for (const r of requests) expect(r.url).not.toContain(CANARY);
      const carrying = requests.filter((r) => JSON.stringify(r.headers).includes(CANARY) || r.body.includes(CANARY));
      expect(carrying.length).toBeGreaterThan(0);
      for (const r of carrying) expect(new URL(r.url).origin).toBe(fakes.cn.baseUrl);
      expect(fakes.com.requests).toHaveLength(0);
    });
  }

  test('is not sent by typing, switching hosts or editing the base URL', async ({ page, fakes }) => {
    const crossOrigin: string[] = [];
    await openTool(page, 'token-check');
    const siteOrigin = new URL(page.url()).origin;
    page.on('request', (r) => {
      if (new URL(r.url()).origin !== siteOrigin) crossOrigin.push(r.url());
    });
    await page.locator('[name="token"]').fill(CANARY);
    for (const host of ['cn', 'com', 'auto', 'custom'] as const) await page.locator(`[name="host"][value="${host}"]`).check();
    await page.locator('[name="base-url"]').fill(fakes.cn.baseUrl);
    await page.locator('[name="token"]').press('Enter');
    await page.locator('[name="base-url"]').press('Enter');
    expect(page.url()).not.toContain('?');
    // Then one real run: had typing, switching or Enter started a check, the fake would see more
    // than this one run's identity call (a run in flight also keeps the button disabled until done).
    await page.getByRole('button', { name: '开始检查', exact: true }).click();
    await expect(liveVerdict(page)).toHaveAttribute('data-verdict', 'valid');
    expect(fakes.cn.requests.filter((r) => r.method !== 'OPTIONS' && r.url.startsWith('/v1/users/me'))).toHaveLength(1);
    expect(crossOrigin.filter((url) => !url.startsWith(fakes.cn.baseUrl))).toEqual([]);
  });
});

test.describe('canary in the other tools', () => {
  test('a refresh token and a client secret stay out of URL, storage and console', async ({ page, fakes }) => {
    const consoleLines: string[] = [];
    page.on('console', (m) => consoleLines.push(m.text()));
    await openTool(page, 'refresh-test');
    const secret = 'CANARYsecretCANARYsecret0001';
    const refresh = 'CANARYrefresh'.padEnd(72, 'q');
    await page.locator('[name="client-id"]').fill('10000000000000000000000000000002.app.coze');
    await page.locator('[name="refresh-token"]').fill(refresh);
    await page.locator('[name="client-secret"]').fill(secret);
    await page.locator('[name="host"][value="custom"]').check();
    await page.locator('[name="base-url"]').fill(fakes.cn.baseUrl);
    await page.getByRole('button', { name: '刷新令牌', exact: true }).click();
    await expect(liveVerdict(page)).toHaveAttribute('data-verdict', /./);
    const storage = await page.evaluate(() => JSON.stringify({ local: { ...localStorage }, session: { ...sessionStorage }, cookie: document.cookie }));
    for (const canary of [secret, refresh]) {
      expect(page.url()).not.toContain(canary);
      expect(storage).not.toContain(canary);
      expect(consoleLines.join('\n')).not.toContain(canary);
      await expect(page.locator('[data-command="curl"] pre')).not.toContainText(canary);
    }
  });

  test('a new access token handed from the refresh test to the token check stays in memory', async ({ page, context, fakes }) => {
    const requests: Array<{ url: string; carries: boolean }> = [];
    const consoleLines: string[] = [];
    page.on('console', (m) => consoleLines.push(m.text()));
    await openTool(page, 'refresh-test', 'en');
    await page.locator('[name="client-id"]').fill(OAUTH_APPS.cn.pkce.clientId);
    await page.locator('[name="refresh-token"]').fill(fakes.cn.mintRefreshToken('pkce'));
    await page.locator('[name="host"][value="custom"]').check();
    await page.locator('[name="base-url"]').fill(fakes.cn.baseUrl);
    await page.getByRole('button', { name: 'Refresh the token', exact: true }).click();
    await expect(liveVerdict(page)).toHaveAttribute('data-verdict', 'valid');
    await page.getByRole('button', { name: 'Show' }).click();
    // The issued access token is this test's canary: it exists only in this page's memory.
    const canary = await page.locator('#rt-access').inputValue();
    page.on('request', (r) => requests.push({ url: r.url(), carries: JSON.stringify(r.headers()).includes(canary) || (r.postData() ?? '').includes(canary) }));
    await page.getByRole('button', { name: 'Test the new access token' }).click();
    const check = page.locator('[data-test-access-check]');
    await check.getByRole('button', { name: 'Run check', exact: true }).click();
    await expect(check.locator('[data-verdict][data-source="live"]')).toHaveAttribute('data-verdict', 'valid');
    expect(page.url()).not.toContain(canary);
    const kept = await page.evaluate(() =>
      JSON.stringify({ local: { ...localStorage }, session: { ...sessionStorage }, cookie: document.cookie, state: history.state }),
    );
    expect(kept).not.toContain(canary);
    expect(JSON.stringify(await context.cookies())).not.toContain(canary);
    expect(consoleLines.join('\n')).not.toContain(canary);
    for (const r of requests) expect(r.url).not.toContain(canary);
    const carrying = requests.filter((r) => r.carries);
    expect(carrying.length).toBeGreaterThan(0);
    for (const r of carrying) expect(new URL(r.url).origin).toBe(fakes.cn.baseUrl);
  });
});
