import { expect, test } from '@playwright/test';
import type { Catalog } from '~/wizards/engine/catalog';
import { answerButton, answerLabel, expectStep, island, LOCALES, open, outcomePaths, pagePath, shortestPath, wizards } from './wizards-helpers';

test.describe('wizards', () => {
  // Many independent walks: let every worker take some instead of one worker taking the file.
  test.describe.configure({ mode: 'parallel' });

  // Every step renders in both locales (unit: every-step-render), every answer leads where the
  // tree says on the real machine (unit: coverage, tree-checks) and every step's link resolves
  // (unit: every-step-link). The browser proves what only it shows, once per kind of path:
  // clicking through to an outcome and Back again, and opening each kind of step from a link.
  for (const [index, wizard] of wizards.entries()) {
    const tree = wizard.tree;
    // Alternate locales across wizards: both locales are walked, no walk is repeated per locale.
    const locale = LOCALES[index % LOCALES.length]!;

    test(`${wizard.id} (${locale}) walks its deepest path to an outcome by clicking, and Back to step 1`, async ({ page }) => {
      const [deepest] = [...outcomePaths(tree)].sort((a, b) => b.path.length - a.path.length);
      const back = locale === 'en' ? 'Back' : '上一步';
      const root = await open(page, pagePath(wizard.id, locale));
      await expectStep(page, locale, tree.initial, 1, false);
      const steps = [...deepest!.path.map((r) => r.step), deepest!.outcome];
      for (const [i, record] of deepest!.path.entries()) {
        await answerButton(root, answerLabel(wizard, locale, record)).click();
        await expectStep(page, locale, steps[i + 1]!, i + 2);
      }
      await expect(root.locator('ol').last()).toBeVisible();
      await expect(root.locator('.wizard-trail li')).toHaveCount(deepest!.path.length);
      expect(new URL(page.url()).hash).toBe(`#${deepest!.outcome}`);
      expect(new URL(page.url()).searchParams.get('a') ?? '').toMatch(/^[a-z0-9.~-]*$/);
      for (let i = steps.length - 2; i >= 0; i--) {
        await root.getByRole('button', { name: back, exact: true }).click();
        await expectStep(page, locale, steps[i]!, i + 1);
      }
    });

    test(`${wizard.id} opens a step of each kind from its link, in both locales`, async ({ page, request }) => {
      const catalog = (await (await request.get('/wizards/catalog.json')).json()) as Catalog;
      const entry = catalog.wizards.find((w) => w.id === wizard.id);
      expect(entry?.steps.length).toBe(Object.keys(tree.steps).length);
      const deepestOf = (kind: string) =>
        Object.keys(tree.steps)
          .filter((id) => tree.steps[id]!.kind === kind && id !== tree.initial)
          .sort((a, b) => (shortestPath(tree, b)?.length ?? 0) - (shortestPath(tree, a)?.length ?? 0))[0];
      const targets = (['question', 'check', 'outcome'] as const).map(deepestOf).filter((id): id is string => id !== undefined);
      for (const [i, step] of targets.entries()) {
        for (const linkLocale of i === 0 ? LOCALES : [LOCALES[(index + i) % LOCALES.length]!]) {
          await open(page, `${entry!.routes[linkLocale]}#${step}`);
          const path = shortestPath(tree, step) ?? [];
          await expectStep(page, linkLocale, step, path.length + 1);
          await expect(island(page).locator('.wizard-trail li')).toHaveCount(path.length);
          await expect(island(page).locator('h2.wizard-heading')).toBeInViewport();
        }
      }
    });
  }

  test('back and forward move between steps and restore the answers', async ({ page }) => {
    const wizard = wizards[0]!;
    const tree = wizard.tree;
    const [deepest] = [...outcomePaths(tree)].sort((a, b) => b.path.length - a.path.length);
    const root = await open(page, pagePath(wizard.id, 'en'));
    const steps = [tree.initial, ...(deepest?.path.slice(1).map((r) => r.step) ?? []), deepest?.outcome ?? ''];
    for (const record of deepest?.path ?? []) await answerButton(root, answerLabel(wizard, 'en', record)).click();
    await expect(root).toHaveAttribute('data-step', steps.at(-1)!);
    for (let i = steps.length - 2; i >= 0; i--) {
      await page.goBack();
      await expectStep(page, 'en', steps[i]!, i + 1);
    }
    await page.goForward();
    await expectStep(page, 'en', steps[1]!, 2);
    // The in-page Back button goes back a step too, as a new history entry.
    await root.getByRole('button', { name: 'Back', exact: true }).click();
    await expectStep(page, 'en', steps[0]!, 1);
  });

  test('a restored ?a= link shows the answers as the breadcrumb', async ({ page }) => {
    const wizard = wizards[0]!;
    const tree = wizard.tree;
    const [target] = outcomePaths(tree);
    const a = target!.path.map((r) => `${r.step}.${r.answer}`).join('~');
    const root = await open(page, `${pagePath(wizard.id, 'zh-CN')}?a=${a}#${target!.outcome}`);
    await expectStep(page, 'zh-CN', target!.outcome, target!.path.length + 1);
    await expect(root.locator('.wizard-trail li')).toHaveCount(target!.path.length);
    await expect(root.locator('[data-notice]')).toHaveCount(0);
  });

  for (const locale of LOCALES) {
    test(`walks a wizard with the keyboard only and keeps focus on each step heading (${locale})`, async ({ page }) => {
      const wizard = wizards[0]!;
      const tree = wizard.tree;
      const [deepest] = [...outcomePaths(tree)].sort((a, b) => b.path.length - a.path.length);
      // A link to the first step puts focus on its heading, the natural start for a keyboard user.
      await open(page, `${pagePath(wizard.id, locale)}#${tree.initial}`);
      await expectStep(page, locale, tree.initial, 1);
      for (const [i, record] of (deepest?.path ?? []).entries()) {
        for (let tabs = 0; tabs < 40; tabs++) {
          await page.keyboard.press('Tab');
          if (await page.evaluate((id) => document.activeElement?.getAttribute('data-answer') === id, record.answer)) break;
        }
        await expect(page.locator(`[data-answer="${record.answer}"]`)).toBeFocused();
        await page.keyboard.press(i % 2 === 0 ? 'Enter' : 'Space');
        await expectStep(page, locale, deepest?.path[i + 1]?.step ?? deepest!.outcome, i + 2);
      }
    });
  }

  test('an unknown step in the link opens step 1 with a notice', async ({ page }) => {
    const wizard = wizards[0]!;
    for (const locale of LOCALES) {
      const root = await open(page, `${pagePath(wizard.id, locale)}#no-such-step`);
      await expect(root).toHaveAttribute('data-step', wizard.tree.initial);
      await expect(root.getByRole('status').first()).toHaveAttribute('data-notice', 'unknown-link');
      await expect(root).toBeInViewport();
    }
  });

  test('a hostile ?a= does nothing but open step 1', async ({ page }) => {
    const wizard = wizards[0]!;
    const dialogs: string[] = [];
    page.on('dialog', (d) => (dialogs.push(d.message()), void d.dismiss()));
    const payload = encodeURIComponent('<img src=x onerror="window.__pwned=1"><script>alert(1)</script>');
    const root = await open(page, `${pagePath(wizard.id, 'en')}?a=${payload}`);
    await expect(root).toHaveAttribute('data-step', wizard.tree.initial);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(await root.innerHTML()).not.toMatch(/<script|<img/);
    expect(dialogs).toEqual([]);
  });

  test('copies a link to the current step and says so beside the button', async ({ page, context, baseURL }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL! });
    const wizard = wizards[0]!;
    const tree = wizard.tree;
    const [target] = outcomePaths(tree);
    const root = await open(page, pagePath(wizard.id, 'en'));
    for (const record of target!.path) await answerButton(root, answerLabel(wizard, 'en', record)).click();
    await root.locator('[data-copy-link]').click();
    // The feedback is visible and a status region, so screen readers hear it too.
    await expect(root.locator('[data-copy-link] + [role="status"]')).toHaveText('Copied');
    // The step announcement carries no Markdown marks.
    await expect(root.locator('[aria-live="polite"]')).not.toContainText('`');
    const copied = new URL(await page.evaluate(() => navigator.clipboard.readText()));
    expect(copied.pathname + copied.hash).toBe(`${pagePath(wizard.id, 'en')}#${target!.outcome}`);
    expect(copied.searchParams.get('a')).toBe(target!.path.map((r) => `${r.step}.${r.answer}`).join('~') || null);
    // The same link opens the same step on the Chinese page: ids are locale-free.
    await open(page, `${pagePath(wizard.id, 'zh-CN')}${copied.search}${copied.hash}`);
    await expectStep(page, 'zh-CN', target!.outcome, target!.path.length + 1);
  });

  test('without JavaScript the outline carries every step and the island stays out of the way', async ({ browser, baseURL }) => {
    const context = await browser.newContext({ javaScriptEnabled: false, baseURL: baseURL! });
    const page = await context.newPage();
    const wizard = wizards[0]!;
    const tree = wizard.tree;
    await page.goto(`${pagePath(wizard.id, 'zh-CN')}#${outcomePaths(tree)[0]!.outcome}`);
    await expect(island(page)).toBeHidden();
    for (const step of Object.keys(tree.steps)) await expect(page.locator(`h3[id="${step}"]`)).toBeVisible();
    await expect(page.locator(`h3[id="${outcomePaths(tree)[0]!.outcome}"]`)).toBeInViewport();
    await context.close();
  });

  test('search finds wizard steps by their text and links to the step itself', async ({ page }) => {
    for (const locale of LOCALES) {
      await page.goto(locale === 'en' ? '/en/wizards/' : '/wizards/');
      for (const wizard of wizards) {
        const { outcome } = outcomePaths(wizard.tree)[0]!;
        const query = wizard.copy[locale].steps[outcome]!.title.replace(/\*\*|`/g, '');
        const urls = await page.evaluate(async (q) => {
          const pagefind = await import(/* @vite-ignore */ `${location.origin}/pagefind/pagefind.js`);
          const { results } = await pagefind.search(q);
          const data = await Promise.all(results.map((r: { data: () => Promise<unknown> }) => r.data()));
          return data.flatMap((d) => (d as { sub_results: { url: string }[] }).sub_results.map((s) => s.url));
        }, query);
        expect(urls, `${locale} search for "${query}"`).toContain(`${pagePath(wizard.id, locale)}#${outcome}`);
      }
    }
  });

  test('lists every wizard and step with working links on the index pages', async ({ page, request }) => {
    const catalog = (await (await request.get('/wizards/catalog.json')).json()) as Catalog;
    for (const locale of LOCALES) {
      await page.goto(locale === 'en' ? '/en/wizards/' : '/wizards/');
      for (const wizard of catalog.wizards) {
        for (const step of wizard.steps) {
          await expect(page.locator(`a[href="${wizard.routes[locale]}#${step.id}"]`)).toHaveCount(1);
        }
      }
    }
  });
});
