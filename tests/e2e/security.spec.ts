import type { Page } from '@playwright/test';
import { catalogSteps } from './helpers/catalog';
import { test, expect } from './helpers/fixtures';
import { canaryFor, chooseCustomHost, copyButtons, formOf, pageResidue, runButtonOf, TOKEN_FIELDS } from './helpers/live-check';
import { builtPagePaths, isToolPage, isWizardPage, routeOf } from './helpers/pages';
import { islandsHydrated } from './helpers/ready';
import type { RecordedRequest } from './helpers/watch';

/** What each page asks a visitor for: the secret fields it shows, and whether a click sends them. */
interface CanaryPlan {
  /** `name`s of the visible secret fields (helpers/live-check TOKEN_FIELDS), sorted. */
  readonly secrets: readonly string[];
  /** Plain fields the check needs before it runs. */
  readonly fill?: Readonly<Record<string, string>>;
  /** A run button sends the secrets to the chosen (custom: the fake) host. */
  readonly sends: boolean;
}

const TOOL_PLANS: Readonly<Record<string, CanaryPlan>> = {
  '/tools/token-check/': { secrets: ['token'], sends: true },
  '/tools/refresh-test/': {
    secrets: ['client-secret', 'refresh-token'],
    fill: { 'client-id': '10000000000000000000000000000001.app.coze' },
    sends: true,
  },
  // Decoding is local; the exchange is covered by tools-jwt.spec.ts with a real signed JWT.
  '/tools/jwt-inspector/': { secrets: ['jwt', 'private-key'], sends: false },
  '/tools/error-lookup/': { secrets: [], sends: false },
  // Its tokens come from the flow, not from a field: tools-oauth-playground.spec.ts runs that canary.
  '/tools/oauth-playground/': { secrets: [], sends: false },
};
const WIZARD_PAGE: CanaryPlan = { secrets: [], sends: false };
const WIZARD_CHECK: CanaryPlan = { secrets: ['token'], sends: true };

/** Tool pages and wizard pages, plus every wizard check step opened by deep link, with their plans. */
function canaryTargets(): Array<[string, CanaryPlan]> {
  const pages = builtPagePaths()
    .filter((p) => isToolPage(p) || isWizardPage(p))
    .map((p): [string, CanaryPlan | undefined] => [p, isWizardPage(p) ? WIZARD_PAGE : TOOL_PLANS[routeOf(p)]]);
  // Every check step renders the same token form whatever the locale, so each step is tried in one
  // locale, alternating, and both locales are covered (CI time; the tool pages run in both).
  const checks = (catalogSteps() ?? [])
    .filter((s) => s.kind === 'check')
    .map((s, i): [string, CanaryPlan] => [`${i % 2 ? '/en' : ''}/wizards/${s.wizard}/#${s.id}`, WIZARD_CHECK]);
  for (const [path, plan] of pages) {
    // A new tool must say here what it asks for, or its canary run would check nothing.
    if (!plan) throw new Error(`${path}: add this tool to TOOL_PLANS in security.spec.ts`);
  }
  return [...(pages as Array<[string, CanaryPlan]>), ...checks];
}

const requestText = (r: RecordedRequest) => `${r.url}\n${JSON.stringify(r.headers)}\n${r.postData ?? ''}`;

async function readClipboard(page: Page): Promise<string> {
  return page.evaluate(() => navigator.clipboard.readText().catch(() => ''));
}

test.describe('a pasted token', () => {
  test.describe.configure({ mode: 'parallel' });

  test('is tried on every wizard check step, in both locales', () => {
    const checks = canaryTargets()
      .filter(([, plan]) => plan === WIZARD_CHECK)
      .map(([path]) => path);
    expect(checks.length).toBe((catalogSteps() ?? []).filter((s) => s.kind === 'check').length);
    expect(checks.some((p) => p.startsWith('/en/'))).toBe(true);
    expect(checks.some((p) => !p.startsWith('/en/'))).toBe(true);
  });

  for (const [path, plan] of canaryTargets()) {
    test(`never leaves its field except to the chosen API host: ${path}`, async ({ page, context, watch, fakeCoze, baseURL }) => {
      const origin = new URL(baseURL!).origin;
      await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin });
      await page.goto(path);
      await islandsHydrated(page);

      const fields = page.locator(TOKEN_FIELDS).filter({ visible: true });
      const names = (await fields.evaluateAll((els) => els.map((el) => el.getAttribute('name') ?? ''))).sort();
      expect(names, 'the secret fields the page shows').toEqual(plan.secrets);
      const canaries = plan.secrets.map(canaryFor);

      const logged = fakeCoze.server.requests.length;
      if (plan.secrets.length > 0) {
        const form = formOf(fields.first());
        if (plan.sends) expect(await chooseCustomHost(fields.first(), fakeCoze.origin), 'a custom host to send to').toBe(true);
        for (const [name, value] of Object.entries(plan.fill ?? {})) await form.locator(`[name="${name}"]`).fill(value);
        // Page-wide: a tool may keep a secret in a second form (the JWT inspector's signer).
        for (const [i, name] of plan.secrets.entries()) await fields.and(page.locator(`[name="${name}"]`)).fill(canaries[i]!);
        // Typing is not consent: until the visitor clicks, nothing may leave the page's origin.
        expect(
          watch.offOrigin(origin).map((r) => r.url),
          'requests before the run click',
        ).toEqual([]);
        if (plan.sends) {
          await runButtonOf(form).click();
          await expect(page.locator('[data-verdict]').first(), 'the check ends in a verdict').toBeVisible({ timeout: 15_000 });
          const arrived = fakeCoze.server.requests.slice(logged);
          const carried = (canary: string) => arrived.some((r) => JSON.stringify(r.headers).includes(canary) || r.body.includes(canary));
          expect(
            canaries.filter((c) => !carried(c)),
            'secrets the chosen host never received',
          ).toEqual([]);
          // The chosen host itself gets the token in a header or body, never in the request line.
          expect(
            arrived.filter((r) => canaries.some((c) => r.url.includes(c))).map((r) => r.url),
            'URLs the fake Coze API saw',
          ).toEqual([]);
        }
      }

      if (!plan.sends)
        expect(
          watch.offOrigin(origin).map((r) => r.url),
          'requests to other hosts',
        ).toEqual([]);

      const clipboard: string[] = [];
      for (const button of await copyButtons(page)) {
        await button.click();
        clipboard.push(await readClipboard(page));
      }

      const residue = await pageResidue(page);
      for (const canary of canaries) {
        expect(residue.url, 'page URL').not.toContain(canary);
        expect(residue.localStorage, 'localStorage').not.toContain(canary);
        expect(residue.sessionStorage, 'sessionStorage').not.toContain(canary);
        expect(residue.cookie, 'document.cookie').not.toContain(canary);
        expect(residue.historyState, 'history.state').not.toContain(canary);
        expect(residue.visibleText, 'text shown on the page').not.toContain(canary);
        expect(
          clipboard.filter((text) => text.includes(canary)),
          'copied text',
        ).toEqual([]);
        expect(
          watch.consoleLines.filter((line) => line.includes(canary)),
          'console',
        ).toEqual([]);
        expect(
          watch.requests.filter((r) => r.url.includes(canary)).map((r) => r.url),
          'request URLs',
        ).toEqual([]);
        const elsewhere = watch.requests.filter((r) => new URL(r.url).origin !== fakeCoze.origin && requestText(r).includes(canary));
        expect(
          elsewhere.map((r) => r.url),
          'requests carrying a secret to another host',
        ).toEqual([]);
      }
      // The CSP refuses other hosts before a request even exists, so an attempt shows up only here.
      expect(watch.cspViolations, 'attempts the content security policy blocked').toEqual([]);
    });
  }
});
