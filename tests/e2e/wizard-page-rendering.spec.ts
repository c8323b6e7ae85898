import { expect, test } from './helpers/fixtures';

// The diagram and outline below a wizard's island are contained (src/components/wizard/wizard.css)
// so that answer clicks stay cheap. Cheaper must not mean hidden: a screen reader, a search in the
// page and an anchor jump still reach every step, on screen or not.
const path = '/en/wizards/token-invalid/';
const lastOutcome = 'sdk-ws-base-url-https';

test.describe('a wizard page below the island', () => {
  test('keeps every off-screen outline step heading in the accessibility tree', async ({ page }) => {
    await page.goto(path);
    const heading = (await page.locator(`[id="${lastOutcome}"]`).textContent())?.trim();
    const session = await page.context().newCDPSession(page);
    const { nodes } = await session.send('Accessibility.getFullAXTree');
    const headings = nodes.filter((n) => n.role?.value === 'heading' && !n.ignored).map((n) => String(n.name?.value ?? '').trim());
    expect(headings).toContain(heading);
    expect(headings.length).toBeGreaterThan(await page.locator('.wizard-outline h3').count());
  });

  test('lets find-in-page reach the text of the last outline step', async ({ page }) => {
    await page.goto(path);
    const words = (await page.locator(`[id="${lastOutcome}"] ~ *`).first().textContent())?.trim().split(/\s+/).slice(0, 6).join(' ');
    expect(words).toBeTruthy();
    expect(await page.evaluate((text) => (window as unknown as { find: (s: string) => boolean }).find(text), words ?? '')).toBe(true);
  });

  test('without scripts, an outline answer link lands its step heading just under the header', async ({ browser, baseURL }) => {
    const context = await browser.newContext({ javaScriptEnabled: false, ...(baseURL ? { baseURL } : {}) });
    const page = await context.newPage();
    const target = page.locator('[id="network-unreachable"]');
    // A screenshot waits for a rendered frame: anything that would still move the heading has moved.
    const settledTop = async () => (await page.screenshot(), await target.evaluate((el) => el.getBoundingClientRect().top));
    for (const width of [390, 1280]) {
      await page.setViewportSize({ width, height: 800 });
      await page.goto('about:blank');
      await page.goto(`${path}#network-unreachable`);
      const landed = await settledTop();
      await page.goto('about:blank');
      await page.goto(`${path}#http-403`);
      await page.locator('.wizard-outline a[href="#network-unreachable"]').first().click();
      await expect(page).toHaveURL(/#network-unreachable$/);
      expect(Math.abs((await settledTop()) - landed), `heading moved at ${width} px wide`).toBeLessThanOrEqual(2);
      expect(landed).toBeGreaterThan(0);
      expect(landed).toBeLessThan(250);
    }
    await context.close();
  });
});
