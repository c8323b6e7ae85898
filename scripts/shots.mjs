#!/usr/bin/env node
// `npm run shots`: PNGs of every page type (landing, guides, each wizard at a step and at an
// outcome, each tool with a result) at 390 and 1280 px, both locales, light and dark, written to
// shots/ (git-ignored) so a reviewer can look without running a browser. Builds first when dist/
// is missing, serves it with `astro preview`, and sends no request beyond that server.
// SHOTS_ONLY=regions,error-lookup limits the run to page names containing one of those words.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';
import { ensureChromium } from './ensure-chromium.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(root, 'shots');
const port = Number(process.env.SHOTS_PORT ?? 4390);
const base = `http://127.0.0.1:${port}`;
const bin = (name) => join(root, 'node_modules', '.bin', name);

if (!existsSync(join(root, 'dist', 'index.html'))) spawnSync(bin('astro'), ['build'], { cwd: root, stdio: 'inherit' });
const catalog = JSON.parse(readFileSync(join(root, 'dist', 'wizards', 'catalog.json'), 'utf8'));

/** A wizard's second step (one answer in) and its first outcome, both opened by deep link. */
const wizardPages = catalog.wizards.flatMap((w) => {
  const step = w.steps.find((s) => s.kind !== 'outcome' && s.id !== w.initial) ?? w.steps[0];
  const outcome = w.steps.find((s) => s.kind === 'outcome');
  return [
    { name: `wizard-${w.id}-step`, path: `/wizards/${w.id}/#${step.id}` },
    ...(outcome ? [{ name: `wizard-${w.id}-outcome`, path: `/wizards/${w.id}/#${outcome.id}` }] : []),
  ];
});

const PASTED = '{"code":4100,"msg":"authentication is invalid","detail":{"logid":"20250101000000ABCDEF"}}';
const JWT =
  'eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCIsImtpZCI6ImV4YW1wbGUta2lkIn0.eyJpc3MiOiIxMjM0NTY3ODkwMTIiLCJhdWQiOiJhcGkuY296ZS5jbiIsImlhdCI6MTcwMDAwMDAwMCwiZXhwIjoxNzAwMDAzNjAwLCJqdGkiOiJzaG90cyJ9.c2lnbmF0dXJl';

/** Fills a tool the way a visitor would, without any request leaving this machine. */
async function pasteResponse(page) {
  const box = page.locator('[name="pasted-response"]');
  await box.evaluate((el) => el.closest('details')?.setAttribute('open', ''));
  await box.fill(PASTED);
  await page
    .locator('button', { hasText: /分析响应|Read the response/ })
    .first()
    .click();
  await page.locator('[data-verdict][data-source="pasted"]').first().waitFor();
}
const pages = [
  { name: 'landing', path: '/' },
  { name: 'guide-regions', path: '/guides/regions/' },
  { name: 'guide-oauth-jwt', path: '/guides/oauth-jwt/' },
  { name: 'wizards-index', path: '/wizards/' },
  ...wizardPages,
  { name: 'tool-token-check', path: '/tools/token-check/', act: pasteResponse },
  { name: 'tool-refresh-test', path: '/tools/refresh-test/', act: pasteResponse },
  // The playground's result needs a consent round trip; the page is shown before it starts.
  { name: 'tool-oauth-playground', path: '/tools/oauth-playground/' },
  {
    name: 'tool-jwt-inspector',
    path: '/tools/jwt-inspector/',
    act: async (page) => {
      await page.locator('textarea').first().fill(JWT);
      await page.locator('[data-findings]').waitFor();
    },
  },
  {
    name: 'tool-error-lookup',
    path: '/tools/error-lookup/',
    act: async (page) => {
      await page.locator('[name="error-text"]').fill(PASTED);
      await page.locator('[data-match]').first().waitFor();
    },
  },
];
const only = (process.env.SHOTS_ONLY ?? '').split(',').filter(Boolean);
const chosen = only.length ? pages.filter((p) => only.some((o) => p.name.includes(o))) : pages;

const server = spawn(bin('astro'), ['preview', '--host', '127.0.0.1', '--port', String(port)], { cwd: root, stdio: 'ignore' });
const stop = () => server.kill();
process.on('exit', stop);
for (let i = 0; ; i++) {
  try {
    if ((await fetch(`${base}/`)).ok) break;
  } catch {}
  if (i > 150) throw new Error(`astro preview did not answer on ${base}`);
  await new Promise((r) => setTimeout(r, 200));
}

rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
const browser = await chromium.launch({ executablePath: ensureChromium(), args: ['--no-sandbox', '--disable-gpu'] });
let count = 0;
try {
  for (const width of [390, 1280]) {
    for (const scheme of ['light', 'dark']) {
      const context = await browser.newContext({ viewport: { width, height: width < 600 ? 844 : 800 }, colorScheme: scheme, reducedMotion: 'reduce' });
      // Nothing but the preview server: a page that tried to reach the real API would be blocked here.
      await context.route(
        (url) => !url.href.startsWith(base),
        (route) => route.abort(),
      );
      const page = await context.newPage();
      for (const locale of ['zh-CN', 'en']) {
        for (const shot of chosen) {
          const path = locale === 'en' ? `/en${shot.path}` : shot.path;
          await page.goto('about:blank');
          await page.goto(`${base}${path}`);
          // A click before an island hydrates is lost: wait until Astro has started every island.
          await page.locator('astro-island[ssr]').first().waitFor({ state: 'detached' });
          if (path.includes('/wizards/') && !path.endsWith('/wizards/')) await page.locator('[data-wizard][data-hydrated]').waitFor();
          if (shot.act) await shot.act(page);
          if (path.includes('#')) await page.locator('[data-wizard]').scrollIntoViewIfNeeded();
          const file = join(out, `${shot.name}.${locale}.${width}.${scheme}.png`);
          await page.screenshot({ path: file, fullPage: !path.includes('#') });
          count++;
        }
      }
      await context.close();
    }
  }
} finally {
  await browser.close();
  stop();
}
console.log(`${count} screenshots in ${out}`);
