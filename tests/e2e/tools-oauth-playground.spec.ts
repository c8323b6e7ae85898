import { LOCALES } from '~/site/locale';
/**
 * The OAuth playground end to end against the fake Coze server: the PKCE redirect round trip and the
 * device flow (one per locale), one failure, the canary, axe. Every other failure is driven through
 * the machine in tests/unit/playground/machine.test.ts, where it costs milliseconds.
 */
import type { Page } from '@playwright/test';
import { playgroundLabels } from '~/islands/tools/oauth-playground/labels';
import { axeViolations } from './helpers/axe';
import { watchPage } from './helpers/watch';
import { expect, OAUTH_APPS, test } from './tools/fixtures';

type Locale = 'zh-CN' | 'en';
const path = (locale: Locale) => `${locale === 'en' ? '/en' : ''}/tools/oauth-playground/`;

async function open(page: Page, locale: Locale, hash = '') {
  await page.goto(`${path(locale)}${hash}`);
  await page.locator('astro-island:not([ssr]) [data-tool="oauth-playground"]').waitFor();
}

async function fillApp(page: Page, clientId: string, baseUrl: string) {
  await page.locator('[name="client-id"]').fill(clientId);
  await page.locator('[name="host"][value="custom"]').check();
  await page.locator('[name="base-url"]').fill(baseUrl);
}

/** Setup → authorize link → the fake's consent page → back on the playground. */
async function authorize(page: Page, locale: Locale, baseUrl: string, decision: 'allow' | 'deny') {
  await open(page, locale);
  await fillApp(page, OAUTH_APPS.cn.pkce.clientId, baseUrl);
  await page.getByRole('button', { name: playgroundLabels[locale].prepare }).click();
  const link = page.locator('a[data-authorize]');
  await expect(link).not.toHaveAttribute('target', /./); // same tab: the verifier lives in this tab
  await link.click();
  await page.locator(`#${decision}`).click();
  await page.waitForURL(`**${path(locale)}`);
  await page.locator('astro-island:not([ssr]) [data-tool="oauth-playground"]').waitFor();
}

/** Reveals both tokens and returns them, for the canary. */
async function revealTokens(page: Page): Promise<string[]> {
  const tokens: string[] = [];
  for (const kind of ['access', 'refresh']) {
    const input = page.locator(`[data-token="${kind}"] input`);
    if ((await input.getAttribute('data-masked')) === 'true') await page.locator(`[data-token="${kind}"] button[aria-controls]`).click();
    await expect(input).toHaveAttribute('data-masked', 'false');
    tokens.push(await input.inputValue());
  }
  expect(tokens[0]).toMatch(/^czu_[A-Za-z0-9]{64}$/);
  expect(tokens[1]).toMatch(/^[A-Za-z0-9]{72}$/);
  return tokens;
}

/** No token in the URL, storage, cookies or console, and none sent to any origin but the fake. */
async function expectCanaryClean(page: Page, watch: Awaited<ReturnType<typeof watchPage>>, tokens: readonly string[], apiOrigin: string) {
  const storage = await page.evaluate(() => JSON.stringify({ s: { ...sessionStorage }, l: { ...localStorage } }));
  const ours = await page.evaluate(() => sessionStorage.getItem('coze-auth-doctor:oauth-playground'));
  const cookies = JSON.stringify(await page.context().cookies());
  for (const token of tokens) {
    expect(page.url()).not.toContain(token);
    expect(storage).not.toContain(token);
    expect(cookies).not.toContain(token);
    expect(watch.consoleLines.join('\n')).not.toContain(token);
    const carriers = watch.requests.filter((r) => [r.url, r.postData ?? '', JSON.stringify(r.headers)].some((part) => part.includes(token)));
    expect(carriers.map((r) => new URL(r.url).origin).filter((o) => o !== apiOrigin)).toEqual([]);
  }
  expect(ours).toBeNull(); // the PKCE session is gone once the exchange answered
}

test.describe('OAuth playground', () => {
  for (const locale of LOCALES) {
    test(`PKCE round trip (${locale}): authorize, exchange on click, test, refresh; no token leaks`, async ({ page, fakes }, testInfo) => {
      const t = playgroundLabels[locale];
      const watch = await watchPage(page);
      await authorize(page, locale, fakes.cn.baseUrl, 'allow');
      // Back with ?code&state: stripped at once, state checked, focus on the new step's heading.
      expect(new URL(page.url()).search).toBe('');
      await expect(page.locator('[data-tool]')).toHaveAttribute('data-step', 'exchange');
      await expect(page.locator('[data-step-heading]')).toBeFocused();
      await expect(page.locator('[data-state-checked]')).toBeVisible();
      const stored = await page.evaluate(() => Object.keys(JSON.parse(sessionStorage.getItem('coze-auth-doctor:oauth-playground') ?? '{}')).sort());
      expect(stored).toEqual(['baseUrl', 'clientId', 'host', 'state', 'verifier']);
      expect(fakes.cn.requests.filter((r) => r.url.startsWith('/api/permission/oauth2/token'))).toEqual([]); // shown, not sent
      await expect(page.locator('[data-preview]')).toContainText('code_verifier');
      await expect(page.locator('[data-preview]')).not.toContainText('Authorization');

      await page.locator('button[data-exchange]').click();
      await expect(page.locator('[data-step="tokens"] [data-verdict]').first()).toHaveAttribute('data-verdict', 'valid');
      // An exchange returns tokens, not an account: its own words, not the account check's.
      await expect(page.locator('[data-step="tokens"] [data-verdict]').first()).toContainText(t.exchangeValid.title);
      await expect(page.locator('[data-countdown]')).toContainText(/1[45]:\d\d/);
      const tokens = await revealTokens(page);

      await page.getByRole('button', { name: t.testToken }).click();
      await expect(page.locator('[data-check-result] [data-verdict]')).toHaveAttribute('data-verdict', 'valid');
      await page.getByRole('button', { name: t.refreshButton, exact: true }).click();
      await expect(page.locator('[data-refresh-result] [data-verdict]')).toHaveAttribute('data-verdict', 'valid');
      await expect(page.locator('[data-refresh-result] [data-verdict]')).toContainText(t.refreshValid.title);
      // Rotation-safe: the new refresh token comes first, the old one is listed as spent.
      await expect(page.locator('[data-step="tokens"] [data-refresh-token]')).toContainText(t.newRefreshNote);
      const order = await page.evaluate(() => {
        const refresh = document.querySelector('[data-token="refresh"]')!;
        return (refresh.compareDocumentPosition(document.querySelector('[data-token="access"]')!) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0;
      });
      expect(order).toBe(true);
      await expect(page.locator('[data-spent] li')).toHaveCount(1);
      tokens.push(...(await revealTokens(page)));

      await expectCanaryClean(page, watch, tokens, new URL(fakes.cn.baseUrl).origin);
      expect(await axeViolations(page, testInfo)).toEqual([]);
    });

    test(`device flow (${locale}): user code, polling, approval on another page, tokens`, async ({ page, fakes, context }, testInfo) => {
      const t = playgroundLabels[locale];
      const watch = await watchPage(page);
      await open(page, locale);
      await page.locator('[name="flow"][value="device"]').check();
      await fillApp(page, OAUTH_APPS.cn.device.clientId, fakes.cn.baseUrl);
      await expect(page.locator('[data-preview]')).toContainText('/api/permission/oauth2/device/code');
      await page.getByRole('button', { name: t.startDevice }).click();
      const code = page.locator('[data-user-code]');
      await expect(code).toHaveText(/^[A-Z0-9]{4}-[A-Z0-9]{4}$/);
      await expect(page.locator('[data-step-heading]')).toBeFocused();
      await expect(page.locator('[data-device-countdown]')).toContainText(new RegExp(t.codeExpires.replace('{time}', '1:\\d\\d')));
      await expect(page.locator('[data-poll]')).toContainText(new RegExp(t.pollCount.replace('{n}', '[1-9]')));

      const verify = await context.newPage();
      await verify.goto((await page.locator('a[data-verification]').getAttribute('href'))!);
      await verify.locator('#allow').click();
      await verify.close();
      await expect(page.locator('[data-step="tokens"] [data-verdict]').first()).toHaveAttribute('data-verdict', 'valid');
      const tokens = await revealTokens(page);
      await expectCanaryClean(page, watch, tokens, new URL(fakes.cn.baseUrl).origin);
      expect(await axeViolations(page, testInfo)).toEqual([]);
    });
  }

  test('a declined consent stops with its verdict, cause and step (zh-CN)', async ({ page, fakes }, testInfo) => {
    await authorize(page, 'zh-CN', fakes.cn.baseUrl, 'deny');
    await expect(page.locator('[data-tool]')).toHaveAttribute('data-step', 'failed');
    await expect(page.locator('[data-verdict]')).toHaveAttribute('data-verdict', 'unexpected-response');
    await expect(page.locator('[data-cause]')).toHaveAttribute('data-cause', 'access-denied');
    await expect(page.locator('[data-verdict] a[data-step-link]')).toHaveAttribute('href', '/wizards/token-invalid/#oauth-consent-declined');
    expect(await page.evaluate(() => sessionStorage.getItem('coze-auth-doctor:oauth-playground'))).toBeNull();
    await expect(page.locator('[data-step-heading]')).toBeFocused();
    expect(await axeViolations(page, testInfo)).toEqual([]);
  });

  for (const locale of LOCALES) {
    test(`has no axe violations on the first step, restores a share link without a base URL (${locale})`, async ({ page }, testInfo) => {
      await open(page, locale, `#flow=web&host=com&client_id=${OAUTH_APPS.com.pkce.clientId}`);
      await expect(page.locator('[name="flow"][value="web"]')).toBeChecked();
      await expect(page.locator('[name="host"][value="com"]')).toBeChecked();
      await expect(page.locator('[name="client-id"]')).toHaveValue(OAUTH_APPS.com.pkce.clientId);
      await expect(page.locator('[data-web-flow]')).toContainText('COZE_CLIENT_SECRET');
      expect(await axeViolations(page, testInfo)).toEqual([]);
    });
  }
});
