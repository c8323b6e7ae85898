import { expect, test, type Page } from '@playwright/test';

/** Runs a Pagefind query the way Starlight's search dialog does and returns the result URLs, best first. */
async function search(page: Page, query: string): Promise<string[]> {
  return page.evaluate(async (q) => {
    const pagefind = await import(/* @vite-ignore */ `${location.origin}/pagefind/pagefind.js`);
    await pagefind.init();
    const { results } = await pagefind.search(q);
    const data = await Promise.all(results.slice(0, 5).map((r: { data: () => Promise<{ url: string }> }) => r.data()));
    return data.map((d: { url: string }) => new URL(d.url, location.origin).pathname);
  }, query);
}

test.describe('search', () => {
  test('a Chinese query finds the Chinese guide about expiring tokens', async ({ page }) => {
    await page.goto('/');
    const urls = await search(page, '令牌 过期');
    expect(
      urls.some((u) => /^\/guides\/(personal-access-tokens|oauth)\//.test(u)),
      urls.join(),
    ).toBe(true);
    expect(urls.every((u) => !u.startsWith('/en/'))).toBe(true);
  });

  test('an English query finds the English OAuth guide', async ({ page }) => {
    await page.goto('/en/');
    const urls = await search(page, 'refresh token');
    expect(
      urls.some((u) => u.startsWith('/en/guides/oauth/')),
      urls.join(),
    ).toBe(true);
    expect(urls.every((u) => u.startsWith('/en/'))).toBe(true);
  });

  // People paste what their SDK printed, not a concept; the SDK guide must come up for it.
  const pastedLines = [
    { locale: '/', line: '[cozepy][WARNING] request POST#https://api.coze.cn/v3/chat failed', guide: '/guides/sdk-python/' },
    { locale: '/en/', line: 'server rejected WebSocket connection: HTTP 403', guide: '/en/guides/websocket/' },
    { locale: '/en/', line: 'NoSuchMethodError io.jsonwebtoken.JwtBuilder.signWith', guide: '/en/guides/sdk-java/' },
    { locale: '/', line: 'HttpCode: 401, Code: invalid_client, Param: invalid_client, LogID', guide: '/guides/sdk-go/' },
    // The lookup has no wizard step for these local failures, so search is how they reach their fix.
    { locale: '/', line: 'NullPointerException JWTOAuth.getRefreshBefore', guide: '/guides/sdk-java/' },
    { locale: '/en/', line: "ValueError: base_url must start with 'https://'", guide: '/en/guides/coze-studio/' },
  ];
  for (const { locale, line, guide } of pastedLines) {
    test(`pasting "${line}" finds ${guide}`, async ({ page }) => {
      await page.goto(locale);
      const urls = await search(page, line);
      expect(urls, urls.join()).toContain(guide);
    });
  }
});

test.describe('search dialog', () => {
  test('speaks Chinese on zh-CN pages', async ({ page }) => {
    await page.goto('/');
    await page.locator('site-search button[data-open-modal]').click();
    await page.locator('site-search dialog input').fill('令牌');
    await expect(page.locator('.pagefind-ui__message')).toContainText(/找到 \d+ 个「令牌」的结果/);
  });

  test('a search with no results offers the same search in the other language, which opens with it', async ({ page }) => {
    await page.goto('/en/');
    await page.locator('site-search button[data-open-modal]').click();
    await page.locator('site-search dialog input').fill('令牌');
    const offer = page.locator('[data-search-other-locale] a');
    await expect(offer).toHaveText('Search “令牌” in the Chinese pages');
    await expect(offer).toHaveAttribute('href', `/?search=${encodeURIComponent('令牌')}`);
    await offer.click();
    await expect(page.locator('site-search dialog input')).toHaveValue('令牌');
    await expect(page.locator('.pagefind-ui__result').first()).toBeVisible();
  });
});
