import { axeViolations } from './helpers/axe';
import { catalogSteps } from './helpers/catalog';
import { test, expect } from './helpers/fixtures';
import { builtPagePaths } from './helpers/pages';
import { islandsHydrated } from './helpers/ready';
import { islandOf } from './helpers/wizard';

test.describe('every page', () => {
  test.describe.configure({ mode: 'parallel' });

  // One load per page for all that needs a browser: axe, and the CSP and scripts at run time (the
  // policy's text is checked for every page without a browser in security-csp.spec.ts).
  for (const path of builtPagePaths()) {
    test(`has no accessibility or CSP violations and no page errors: ${path}`, async ({ page, watch }, testInfo) => {
      await page.goto(path);
      await islandsHydrated(page);
      expect(await axeViolations(page, testInfo)).toEqual([]);
      expect(watch.cspViolations, 'CSP violations').toEqual([]);
      expect(watch.pageErrors, 'page errors').toEqual([]);
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
    // Steps of one kind share their markup (every step's markup is unit-tested in
    // every-step-render.test.ts): scan the first step and the first check and outcome after it.
    const own = steps.filter((s) => s.wizard === wizard);
    const ids = [own[0], own.find((s) => s.kind === 'check'), own.find((s) => s.kind === 'outcome')].filter((s) => s !== undefined).map((s) => s.id);
    for (const prefix of ['', '/en']) {
      const page = `${prefix}/wizards/${wizard}/`;
      // One page load per wizard: each step is then opened as a fragment link (`#<step-id>`), the
      // way outline and search links open it, and only the island is scanned (the page test above
      // covered the rest).
      test(`has no accessibility violations in a step of each kind: ${page}#${ids.join(',#')}`, async ({ page: tab }, testInfo) => {
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
