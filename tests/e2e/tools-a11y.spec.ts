import { LOCALES } from '~/site/locale';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, JWT_APPS, openTool, test, TOKENS, type Fakes } from './tools/fixtures';
import { liveVerdict, pasteResponse, runTokenCheck } from './tools/helpers';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

async function expectNoViolations(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(TAGS).include('[data-tool]').analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

/** Each tool with its results on screen, since that is where most of the markup is. */
const states: Record<string, (page: Page, fakes: Fakes, locale: 'zh-CN' | 'en') => Promise<void>> = {
  'token-check': async (page, fakes, locale) => {
    await openTool(page, 'token-check', locale);
    await runTokenCheck(page, TOKENS.patValidCn, 'custom', fakes.cn.baseUrl, locale);
    await expect(liveVerdict(page)).toBeVisible();
    await pasteResponse(page, '{"code":4101,"msg":"no permission"}', locale);
  },
  'refresh-test': async (page, fakes, locale) => {
    await openTool(page, 'refresh-test', locale);
    await page.locator('[name="client-id"]').fill('bad');
    await page.locator('[name="host"][value="custom"]').check();
    await page.locator('[name="base-url"]').fill(fakes.cn.baseUrl);
  },
  'jwt-inspector': async (page, _fakes, locale) => {
    await openTool(page, 'jwt-inspector', locale);
    await page.locator('[name="private-key"]').fill(JWT_APPS.cn.privateKeyPem);
    await page.locator('[name="app-id"]').fill(JWT_APPS.cn.appId);
    await page.locator('[name="kid"]').fill(JWT_APPS.cn.kid);
    await page.locator('[data-signer] button').click();
    await expect(page.locator('[data-inspection]')).toBeVisible();
  },
  'error-lookup': async (page, _fakes, locale) => {
    await openTool(page, 'error-lookup', locale);
    await page.locator('[name="error-text"]').fill('4101');
    await expect(page.locator('[data-match]').first()).toBeVisible();
  },
};

test.describe('tool pages accessibility', () => {
  for (const [tool, setUp] of Object.entries(states)) {
    for (const locale of LOCALES) {
      for (const theme of ['light', 'dark'] as const) {
        test(`has no WCAG 2.2 AA violations with results shown: ${tool} (${locale}, ${theme})`, async ({ page, fakes }) => {
          await page.emulateMedia({ colorScheme: theme });
          await page.addInitScript((t) => localStorage.setItem('starlight-theme', t), theme);
          await setUp(page, fakes, locale);
          await expectNoViolations(page);
        });
      }
    }
  }
});
