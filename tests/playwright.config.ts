import { createHash } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { defineConfig, devices } from '@playwright/test';

const isCI = Boolean(process.env.CI);
// A port per checkout, so two work trees testing at once never reuse each other's preview server.
const root = fileURLToPath(new URL('..', import.meta.url));
const port = Number(process.env.PREVIEW_PORT ?? 4400 + (createHash('sha1').update(root).digest()[0]! % 200) * 2);

export default defineConfig({
  testDir: 'e2e',
  forbidOnly: isCI,
  retries: 0,
  // Two cores on every machine here; more workers only fight over them.
  workers: 2,
  reporter: [['list'], ['json', { outputFile: '../test-results/playwright.json' }]],
  outputDir: '../test-results/playwright',
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    trace: 'retain-on-failure',
    // Playwright cannot download browsers here: use Debian's Chromium (found by scripts/ensure-chromium.mjs).
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      // Without these, Chromium's own background traffic hits this machine's closed network.
      args: ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-gpu'],
    },
  },
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'] } }],
  webServer: {
    // `npm test` builds first; a bare `playwright test` builds when dist/ is missing.
    command: `test -d dist || npx astro build; npx astro preview --host 127.0.0.1 --port ${port}`,
    cwd: '..',
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: !isCI,
    timeout: 180_000,
  },
});
