#!/usr/bin/env node
// `npm run bench:bytes`: only the bytes part of the bench, against the `dist/` already built
// (`npx astro build` first): JS/CSS gzip per page and the JS budgets over the same-locale guide.
// No Lighthouse, no click timing; a report like `npm run bench`, exits 0 when a budget fails.
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';
import { checkBudgets } from './lib/budgets.mjs';
import { measureBytes } from './lib/bytes.mjs';
import { PAGES } from './lib/pages.mjs';
import { startPreview } from './lib/server.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const kb = (n) => (n / 1024).toFixed(1);

async function main() {
  if (!existsSync(join(root, 'dist', 'index.html'))) throw new Error('no dist/: run `npx astro build` first');
  const server = await startPreview(root);
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
  try {
    const bytes = {};
    for (const { path } of PAGES) bytes[path] = await measureBytes(browser, server.origin, path);
    const roles = Object.fromEntries(PAGES.map((p) => [p.path, p.role]));
    const baseline = (path) => PAGES.find((p) => p.role === 'baseline' && p.path.startsWith('/en/') === path.startsWith('/en/'))?.path;
    console.log('page                              role      JS gz KB  over guide KB  CSS gz KB');
    for (const { path, role } of PAGES) {
      const over = bytes[path].js.gzip - bytes[baseline(path)].js.gzip;
      console.log(`${path.padEnd(34)}${role.padEnd(10)}${kb(bytes[path].js.gzip).padStart(8)}${kb(over).padStart(15)}${kb(bytes[path].css.gzip).padStart(11)}`);
      const after = bytes[path].afterAnswer;
      if (after)
        console.log(
          `${'  after the first answer'.padEnd(44)}${kb(after.js.gzip).padStart(8)}${kb(after.js.gzip - bytes[baseline(path)].js.gzip).padStart(15)}`,
        );
    }
    const budgets = checkBudgets({ bytes, roles, lighthouse: {}, click: {} }).filter((b) => typeof b.value === 'number');
    for (const b of budgets) console.log(`${b.pass ? 'pass' : 'FAIL'}  ${b.budget}  ${b.subject}  ${kb(b.value)} KB (limit ${kb(b.limit)} KB)`);
    if (process.argv.includes('--files')) for (const { path } of PAGES) console.log(`\n${path}\n  ${bytes[path].js.files.join('\n  ')}`);
  } finally {
    await browser.close();
    server.stop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
