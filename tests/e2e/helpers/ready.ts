import { expect, type Page } from '@playwright/test';

/**
 * Waits until every island on the page has hydrated: Astro drops an island's `ssr` attribute once
 * it has, so the page has then run all its scripts and handled its URL (hash, query). A DOM state
 * to wait on, instead of "the network went quiet".
 */
export async function islandsHydrated(page: Page): Promise<void> {
  await expect(page.locator('astro-island[ssr]')).toHaveCount(0, { timeout: 20_000 });
  // A wizard opened on a linked step loads its machine first, then opens the step (use-wizard.ts).
  await expect(page.locator('[data-wizard]:not([data-hydrated="true"])')).toHaveCount(0, { timeout: 20_000 });
  // A wizard check step fetches its form after hydrating (LazyCheckForm): ready once it is there.
  await expect(page.locator('[data-check-form-loading]')).toHaveCount(0, { timeout: 20_000 });
  // Events the page queued while starting (CSP violation reports, console lines) reach the test
  // before this round trip returns.
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => resolve(null))));
}
