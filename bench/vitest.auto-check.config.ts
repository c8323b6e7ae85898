import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: { root: fileURLToPath(new URL('..', import.meta.url)), include: ['bench/auto-check.measure.ts'], testTimeout: 120_000 },
});
