#!/usr/bin/env node
// `npm run bench:click [-- --runs N]`: only the click → step part of the bench, against the `dist/`
// already built (`npx astro build` first), repeated N times (default 3) on each wizard page, each run
// in a fresh browser, and the median of the runs' medians printed. On a shared machine one run
// is noise; use it to check a layout or island change before the full `npm run bench`.
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';
import { CLICK_MEDIAN_MS } from './lib/budgets.mjs';
import { measureClickToStep } from './lib/click.mjs';
import { PAGES } from './lib/pages.mjs';
import { startPreview } from './lib/server.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const runsArg = process.argv.indexOf('--runs');
const runs = runsArg > 0 ? Number(process.argv[runsArg + 1]) : 3;
const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

async function main() {
  if (!existsSync(join(root, 'dist', 'index.html'))) throw new Error('no dist/: run `npx astro build` first');
  const server = await startPreview(root);
  try {
    for (const { path } of PAGES.filter((p) => p.role === 'wizard')) {
      const medians = [];
      for (let run = 0; run < runs; run += 1) {
        // The same unlocked frame rate as `npm run bench` (see run.mjs).
        const browser = await chromium.launch({
          executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
          args: ['--no-sandbox', '--disable-gpu', '--disable-frame-rate-limit', '--disable-gpu-vsync'],
        });
        try {
          const timing = await measureClickToStep(browser, server.origin, path);
          if (timing.na) throw new Error(`${path}: ${timing.na}`);
          medians.push(timing.median);
        } finally {
          await browser.close();
        }
      }
      const value = median(medians);
      const runsText = medians.map((m) => m.toFixed(1)).join(' ');
      console.log(
        `${value < CLICK_MEDIAN_MS ? 'pass' : 'FAIL'}  click → step median  ${path.padEnd(28)}${value.toFixed(1)} ms (runs: ${runsText}; limit < ${CLICK_MEDIAN_MS} ms)`,
      );
    }
  } finally {
    server.stop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
