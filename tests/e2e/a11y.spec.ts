import { axeViolations } from './helpers/axe';
import { catalogSteps } from './helpers/catalog';
import { test, expect } from './helpers/fixtures';
import { builtPagePaths } from './helpers/pages';
import { islandsHydrated } from './helpers/ready';
import { islandOf } from './helpers/wizard';

test.describe('accessibility', () => {
  test.describe.configure({ mode: 'parallel' });

  for (const path of builtPagePaths()) {
    test(`does not report accessibility violations: ${path}`, async ({ page }, testInfo) => {
      await page.goto(path);
      await islandsHydrated(page);
      expect(await axeViolations(page, testInfo)).toEqual([]);
    });
  }
});

test.describe('accessibility of wizard steps', () => {
  test.describe.configure({ mode: 'parallel' });
  const steps = catalogSteps() ?? [];

  test('has wizard steps to scan: the built catalog lists them', () => {
    expect(steps.length).toBeGreaterThan(0);
  });

  const wizards = [...new Set(steps.map((s) => s.wizard))];
  for (const wizard of wizards) {
    for (const prefix of ['', '/en']) {
      const page = `${prefix}/wizards/${wizard}/`;
      const ids = steps.filter((s) => s.wizard === wizard).map((s) => s.id);
      // One page load per wizard: each step is then opened as a fragment link (`#<step-id>`), the
      // way outline and search links open it, and only the island is scanned (the page test above
      // covered the rest).
      test(`does not report accessibility violations in any step: ${page}#<step> (${ids.length} steps)`, async ({ page: tab }, testInfo) => {
        // A scan takes about a second on a quiet machine; leave room for a busy one.
        test.setTimeout(30_000 + ids.length * 8_000);
        await tab.goto(`${page}#${ids[0]}`);
        const island = islandOf(tab);
        await expect(island).toHaveAttribute('data-hydrated', 'true', { timeout: 15_000 });
        const found: Record<string, string[]> = {};
        for (const id of ids) {
          await tab.evaluate((hash) => (location.hash = hash), id);
          await expect(island, `#${id} opens that step`).toHaveAttribute('data-step', id);
          const violations = await axeViolations(tab, testInfo, '[data-wizard]');
          if (violations.length > 0) found[`#${id}`] = violations;
        }
        expect(found).toEqual({});
      });
    }
  }
});
