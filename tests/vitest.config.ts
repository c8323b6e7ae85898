import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: { alias: { '~': fileURLToPath(new URL('../src', import.meta.url)) } },
  test: {
    root: fileURLToPath(new URL('..', import.meta.url)),
    include: ['tests/unit/**/*.test.ts'],
    // Playwright specs live in tests/e2e and are run by Playwright, not vitest.
    exclude: ['tests/e2e/**', 'node_modules/**'],
    // The command-line tests run the real bundle; build it once first (scripts/build-cli.mjs).
    globalSetup: ['tests/unit/cli/global-setup.ts'],
    reporters: ['default', ['json', { outputFile: 'test-results/vitest.json' }]],
  },
});
