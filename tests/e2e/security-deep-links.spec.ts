import type { Page } from '@playwright/test';
import { catalogSteps } from './helpers/catalog';
import { test, expect } from './helpers/fixtures';
import { tokenFields } from './helpers/live-check';
import { builtPagePaths } from './helpers/pages';
import { islandsHydrated } from './helpers/ready';
import { islandOf } from './helpers/wizard';

const WIZARD = '/wizards/token-invalid/';
const pwn = 'window.__pwned=1';

/**
 * Hashes and query strings a crafted link could carry. None of them may run script, create markup,
 * pollute prototypes, fill a secret or a host, or make the page talk to anyone but its own origin.
 * (The hash never reaches the server, so it can be huge; the query stays under Node's header limit.)
 */
const HOSTILE: readonly string[] = [
  `#<script>${pwn}</script>`,
  `#%3Cscript%3E${encodeURIComponent(pwn)}%3C%2Fscript%3E`,
  `#"><img src=x id=pwn-img onerror="${pwn}">`,
  `#<svg id=pwn-svg onload=${pwn}>`,
  `#" autofocus onfocus="${pwn}`,
  '#javascript:alert(1)',
  `#${'a'.repeat(100_000)}`,
  `#${'start,'.repeat(5_000)}`,
  '#unknown-step-id',
  '#__proto__',
  '#constructor',
  '#%00%01%02',
  '#%E0%A4%A',
  '#../../etc/passwd',
  '#🙂-步骤-ステップ-\u202Eevil',
  '#start#start',
  `#token=pat_CANARYdeeplink000&host=custom&base-url=http://evil.example`,
  `?a=<script>${pwn}</script>`,
  `?a=${'x'.repeat(6_000)}`,
  '?a=start.yes,start.no,nowhere.zzz,,,',
  '?a=__proto__.polluted&__proto__[polluted]=1&constructor[prototype][polluted]=1',
  '?a[]=1&a[]=2&a=%F0%9F%92%A9',
  '?host=custom&base-url=http://evil.example',
  '?base-url=http://evil.example',
  '?host=https://evil.example',
  '?token=pat_CANARYdeeplink000',
  `?step=<img src=x id=pwn-q onerror=${pwn}>#start`,
  '?a=start.yes#outcome-no',
  '?redirect=https://evil.example&next=//evil.example#start',
  `?a=${encodeURIComponent('"><iframe id=pwn-frame src=https://evil.example>')}`,
  '?a=%ZZ%',
];

/** What a URL could inject: inline scripts, frames, event-handler attributes, and our markers. */
function markupCensus(page: Page) {
  return page.evaluate(() => {
    const handlers = [...document.querySelectorAll('*')].flatMap((el) =>
      [...el.attributes].filter((a) => /^on/i.test(a.name)).map((a) => `${el.tagName}[${a.name}]`),
    );
    return {
      inlineScripts: document.querySelectorAll('script:not([src]):not([type])').length,
      scripts: document.querySelectorAll('script').length,
      frames: document.querySelectorAll('iframe, frame, object, embed').length,
      handlers: handlers.sort(),
      markers: [...document.querySelectorAll('[id^="pwn"]')].map((el) => el.id),
      pwned: (window as unknown as { __pwned?: unknown }).__pwned ?? null,
      polluted: ({} as { polluted?: unknown }).polluted ?? null,
    };
  });
}

test.describe('hostile links', () => {
  test.describe.configure({ mode: 'parallel' });
  const stepIds = new Set((catalogSteps() ?? []).filter((s) => s.wizard === 'token-invalid').map((s) => s.id));

  let baseline: Awaited<ReturnType<typeof markupCensus>> | undefined;

  test('have a built wizard page and its steps to aim at', () => {
    expect(builtPagePaths()).toContain(WIZARD);
    expect(stepIds.size).toBeGreaterThan(0);
  });

  test.beforeAll(async ({ browser }, testInfo) => {
    // The same page opened by a plain link: what every hostile variant must still look like.
    const { baseURL } = testInfo.project.use;
    const page = await browser.newPage(baseURL ? { baseURL } : {});
    await page.goto(WIZARD);
    await islandsHydrated(page);
    baseline = await markupCensus(page);
    await page.close();
  });

  for (const suffix of HOSTILE) {
    const label = suffix.length > 80 ? `${suffix.slice(0, 60)}… (${suffix.length} chars)` : suffix;
    test(`a wizard page shrugs off ${label}`, async ({ page, watch, baseURL }) => {
      const origin = new URL(baseURL!).origin;
      await page.goto(`${WIZARD}${suffix}`);
      await islandsHydrated(page);
      const after = await markupCensus(page);
      expect(baseline, 'the plain page was measured').toBeDefined();

      expect(watch.pageErrors, 'page errors').toEqual([]);
      expect(after).toEqual(baseline);
      expect(
        watch.offOrigin(origin).map((r) => r.url),
        'requests to other hosts',
      ).toEqual([]);
      // The CSP refuses other hosts before a request even exists, so an attempt shows up only here.
      expect(watch.cspViolations, 'attempts the content security policy blocked').toEqual([]);
      for (const field of await tokenFields(page)) await expect(field).toHaveValue('');
      const step = (await islandOf(page).getAttribute('data-step')) ?? '';
      expect(stepIds.has(step), `the island shows a step of the wizard, not "${step}"`).toBe(true);
    });
  }
});

test.describe('the API host', () => {
  test.describe.configure({ mode: 'parallel' });
  const checkSteps = (catalogSteps() ?? []).filter((s) => s.kind === 'check');
  const targets = ['/tools/token-check/', '/en/tools/token-check/', ...checkSteps.map((s) => `/wizards/${s.wizard}/#${s.id}`)];
  const attacks = ['?host=custom&base-url=http://127.0.0.1:1', '?base-url=http://127.0.0.1:1&host=custom#host=custom&base-url=http://127.0.0.1:1'];

  for (const target of targets) {
    for (const attack of attacks) {
      const url = target.includes('#') ? target.replace('#', `${attack.split('#')[0]}#`) : `${target}${attack}`;
      test(`cannot be set by a link: ${url}`, async ({ page, watch, baseURL }) => {
        await page.goto(url);
        await islandsHydrated(page);
        await expect(page.locator('[name="host"]').first(), 'the page offers a host choice').toBeVisible();
        const chosen = await page.evaluate(() => {
          const fields = [...document.querySelectorAll<HTMLInputElement | HTMLSelectElement>('[name="host"]')];
          return fields.filter((f) => !(f instanceof HTMLInputElement) || f.type !== 'radio' || f.checked).map((f) => f.value);
        });
        expect(chosen).not.toContain('custom');
        for (const field of await page.locator('[name="base-url"]').all()) await expect(field).toHaveValue('');
        expect(watch.offOrigin(new URL(baseURL!).origin).map((r) => r.url)).toEqual([]);
        expect(watch.cspViolations).toEqual([]);
      });
    }
  }
});
