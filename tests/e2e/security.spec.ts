import type { Page } from '@playwright/test';
import { catalogSteps } from './helpers/catalog';
import { test, expect } from './helpers/fixtures';
import {
  canaryToken,
  checkFinished,
  chooseCustomHost,
  copyButtons,
  pageResidue,
  runButtonOf,
  tokenFields,
} from './helpers/live-check';
import { builtPagePaths, isToolPage, isWizardPage } from './helpers/pages';
import type { RecordedRequest } from './helpers/watch';

const OFFICIAL_API = ['https://api.coze.cn', 'https://api.coze.com'];

/** Tool pages and wizard pages, plus every wizard check step opened by deep link. */
function canaryTargets(): string[] {
  const pages = builtPagePaths().filter((p) => isToolPage(p) || isWizardPage(p));
  const checks = (catalogSteps() ?? [])
    .filter((s) => s.kind === 'check')
    .flatMap((s) => ['', '/en'].map((prefix) => `${prefix}/wizards/${s.wizard}/#${s.id}`));
  return [...pages, ...checks];
}

const requestText = (r: RecordedRequest) => `${r.url}\n${JSON.stringify(r.headers)}\n${r.postData ?? ''}`;

async function readClipboard(page: Page): Promise<string> {
  return page.evaluate(() => navigator.clipboard.readText().catch(() => ''));
}

test.describe('a pasted token', () => {
  test.describe.configure({ mode: 'parallel' });

  for (const path of canaryTargets()) {
    test(`never leaves its field except to the chosen API host: ${path}`, async ({ page, context, watch, fakeCoze, baseURL }) => {
      const origin = new URL(baseURL!).origin;
      await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin });
      const canary = canaryToken();
      await page.goto(path);
      await page.waitForLoadState('networkidle');

      const fields = await tokenFields(page);
      if (fields.length === 0) {
        test.info().annotations.push({ type: 'note', description: 'no token field on this page yet: only checked that nothing left the origin' });
      }
      let apiOrigins = OFFICIAL_API;
      let ran = 0;
      const logged = fakeCoze.server.requests.length;
      for (const field of fields) {
        if (await chooseCustomHost(field, fakeCoze.origin)) apiOrigins = [fakeCoze.origin];
        await field.fill(canary);
        const run = await runButtonOf(field);
        // Typing is not consent: until the visitor clicks, nothing may leave the page's origin.
        expect(watch.offOrigin(origin).map((r) => r.url), 'requests before the run click').toEqual([]);
        if (!run) continue;
        await run.click();
        ran += 1;
        if (!(await checkFinished(page, field))) {
          test.info().annotations.push({ type: 'note', description: 'the check showed no verdict and did not move on' });
        }
      }
      if (fields.length > 0 && !apiOrigins.includes(fakeCoze.origin)) {
        test.info().annotations.push({ type: 'note', description: 'no custom host on this page: requests went to the (blocked) official hosts' });
      }
      if (fields.length > 0 && ran === 0) {
        test.info().annotations.push({ type: 'note', description: 'found token fields but no run button' });
      }

      const clipboard: string[] = [];
      for (const button of await copyButtons(page)) {
        await button.click();
        clipboard.push(await readClipboard(page));
      }

      const residue = await pageResidue(page);
      expect(residue.url, 'page URL').not.toContain(canary);
      expect(residue.localStorage, 'localStorage').not.toContain(canary);
      expect(residue.sessionStorage, 'sessionStorage').not.toContain(canary);
      expect(residue.cookie, 'document.cookie').not.toContain(canary);
      expect(residue.historyState, 'history.state').not.toContain(canary);
      expect(residue.visibleText, 'text shown on the page').not.toContain(canary);
      expect(clipboard.filter((text) => text.includes(canary)), 'copied text').toEqual([]);
      expect(watch.consoleLines.filter((line) => line.includes(canary)), 'console').toEqual([]);
      expect(watch.requests.filter((r) => r.url.includes(canary)).map((r) => r.url), 'request URLs').toEqual([]);
      // The chosen host itself gets the token in a header or body, never in the request line.
      const arrived = fakeCoze.server.requests.slice(logged);
      expect(arrived.filter((r) => r.url.includes(canary)).map((r) => r.url), 'URLs the fake Coze API saw').toEqual([]);
      // The CSP refuses other hosts before a request even exists, so an attempt shows up only here.
      expect(watch.cspViolations, 'attempts the content security policy blocked').toEqual([]);
      const elsewhere = watch.requests.filter((r) => !apiOrigins.includes(new URL(r.url).origin) && requestText(r).includes(canary));
      expect(elsewhere.map((r) => r.url), 'requests carrying the token to another host').toEqual([]);
    });
  }
});
