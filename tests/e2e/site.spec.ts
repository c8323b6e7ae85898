import { expect, test } from '@playwright/test';
import { sitemapPaths } from './helpers/sitemap';

test.describe('site', () => {
  test('serves every sitemap page in both locales with status 200', async ({ request }) => {
    const paths = await sitemapPaths(request);
    expect(paths.some((p) => p.startsWith('/en/'))).toBe(true);
    expect(paths.some((p) => !p.startsWith('/en/'))).toBe(true);
    for (const path of paths) {
      const response = await request.get(path);
      expect(response.status(), path).toBe(200);
    }
  });

  test('has an English twin for every Chinese page and the reverse', async ({ request }) => {
    const paths = new Set(await sitemapPaths(request));
    for (const path of paths) {
      const twin = path.startsWith('/en/') ? path.slice(3) : `/en${path}`;
      expect(paths.has(twin), `${path} has no twin ${twin}`).toBe(true);
    }
  });

  test('the language switcher lands on the twin page', async ({ page }) => {
    await page.goto('/guides/regions/');
    await page.locator('starlight-lang-select select').first().selectOption({ label: 'English' });
    await expect(page).toHaveURL(/\/en\/guides\/regions\/$/);
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await page.locator('starlight-lang-select select').first().selectOption({ label: '简体中文' });
    await expect(page).toHaveURL(/\/guides\/regions\/$/);
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  });
});
