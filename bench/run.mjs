#!/usr/bin/env node
// `npm run bench`: builds the site, serves it on loopback, and measures bytes per page, Lighthouse
// (mobile + desktop), click-to-step time in a wizard and the build time. Prints one table with the
// budgets of issue #5 beside the figures and writes bench/out/bench-<date>.json and latest.json.
// It is a report: it exits 0 when a budget fails (FAIL is printed), non-zero only when it breaks.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';
import { checkBudgets } from './lib/budgets.mjs';
import { measureBytes } from './lib/bytes.mjs';
import { measureClickToStep } from './lib/click.mjs';
import { launchForLighthouse, runLighthouse } from './lib/lighthouse.mjs';
import { PAGES } from './lib/pages.mjs';
import { buildSite, startPreview } from './lib/server.mjs';
import { renderTable } from './lib/table.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const outDir = join(root, 'bench', 'out');
const chromePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

const BROWSER_ARGS = ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-gpu'];

let phaseStart;
/** Progress on stderr, each line closing the previous phase with its time; stdout is the report. */
const step = (text) => {
  if (phaseStart) process.stderr.write(`  took ${((Date.now() - phaseStart) / 1000).toFixed(1)}s\n`);
  phaseStart = Date.now();
  process.stderr.write(`▶ ${text}\n`);
};

/** Every other guide in the built sitemap: they get the "no JS beyond Starlight's" check too. */
function otherGuides() {
  const index = join(root, 'dist', 'sitemap-0.xml');
  if (!existsSync(index)) return [];
  const paths = [...readFileSync(index, 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]).pathname);
  return paths.filter((p) => /^(\/en)?\/guides\/[^/]+\/$/.test(p) && !PAGES.some((page) => page.path === p));
}

async function main() {
  const started = Date.now();
  step('building the site');
  const buildSeconds = buildSite(root);
  const extraGuides = otherGuides();
  const roles = Object.fromEntries([...PAGES.map((p) => [p.path, p.role]), ...extraGuides.map((p) => [p, 'guide-extra'])]);

  step('starting astro preview');
  const server = await startPreview(root);
  const browser = await chromium.launch({ executablePath: chromePath, args: BROWSER_ARGS });
  const chromiumVersion = browser.version();
  let chrome;
  try {
    step(`bytes per page (${Object.keys(roles).length} pages)`);
    const bytes = {};
    for (const path of Object.keys(roles)) bytes[path] = await measureBytes(browser, server.origin, path);

    await browser.close();

    step('click → next step');
    // Unlocked frame rate: otherwise every sample includes the wait for the display's next 60 Hz
    // tick (0–16.7 ms, whatever the island does), and the figure would say nothing about the island.
    const clickBrowser = await chromium.launch({
      executablePath: chromePath,
      args: [...BROWSER_ARGS, '--disable-frame-rate-limit', '--disable-gpu-vsync'],
    });
    const click = {};
    try {
      for (const { path } of PAGES.filter((p) => p.role === 'wizard')) click[path] = await measureClickToStep(clickBrowser, server.origin, path);
    } finally {
      await clickBrowser.close();
    }

    step(`Lighthouse, mobile and desktop (${PAGES.length * 2} runs)`);
    chrome = await launchForLighthouse(chromePath);
    const lighthouse = {};
    for (const { path } of PAGES) {
      lighthouse[path] = {};
      for (const form of ['mobile', 'desktop']) {
        try {
          lighthouse[path][form] = await runLighthouse(chrome, server.origin + path, form);
        } catch (error) {
          lighthouse[path][form] = { error: String(error?.message ?? error) };
        }
      }
    }

    const budgets = checkBudgets({ bytes, roles, lighthouse, click });
    console.log(renderTable({ pages: PAGES, bytes, lighthouse, click, budgets, extraGuides: extraGuides.length, buildSeconds }));
    const failing = Object.entries(lighthouse).flatMap(([path, runs]) =>
      Object.entries(runs).flatMap(([form, run]) => (run.failing?.length ? [`${path} ${form}: ${run.failing.join(', ')}`] : [])),
    );
    if (failing.length) console.log(`\nLighthouse audits below 100:\n  ${failing.join('\n  ')}`);
    const failed = budgets.filter((b) => b.pass === false).length;
    console.log(`\nbudgets: ${budgets.filter((b) => b.pass).length} pass, ${failed} FAIL, ${budgets.filter((b) => b.pass === null).length} n/a`);

    const report = {
      date: new Date().toISOString(),
      node: process.version,
      chromium: chromiumVersion,
      seconds: (Date.now() - started) / 1000,
      buildSeconds,
      origin: server.origin,
      pages: PAGES,
      bytes,
      lighthouse,
      click,
      budgets,
    };
    mkdirSync(outDir, { recursive: true });
    const json = `${JSON.stringify(report, null, 2)}\n`;
    const file = join(outDir, `bench-${report.date.slice(0, 19).replace(/:/g, '-')}.json`);
    writeFileSync(file, json);
    writeFileSync(join(outDir, 'latest.json'), json);
    step(`wrote ${file} and bench/out/latest.json (${report.seconds.toFixed(0)} s in all)`);
  } finally {
    if (browser.isConnected()) await browser.close();
    if (chrome) await chrome.kill();
    server.stop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
