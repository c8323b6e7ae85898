import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { clientChunks, ISLAND_RUNTIME_MODULES, islandRuntimeTest } from '~/config/client-chunks.mjs';

const root = join(import.meta.dirname, '..', '..');
const srcFiles = readdirSync(join(root, 'src'), { recursive: true, encoding: 'utf8' }).map((file) => join(root, 'src', file));

describe('the island-runtime chunk', () => {
  test('names modules that exist, each once, so a moved file cannot silently leave the chunk', () => {
    for (const name of ISLAND_RUNTIME_MODULES) {
      const found = srcFiles.filter((file) => file.endsWith(`/${name}`));
      expect(found, name).toHaveLength(1);
      expect(islandRuntimeTest.test(found[0] ?? ''), name).toBe(true);
    }
  });

  test('captures Preact, its hooks and JSX runtime', () => {
    for (const file of ['preact/dist/preact.module.js', 'preact/hooks/dist/hooks.module.js', 'preact/jsx-runtime/dist/jsxRuntime.module.js']) {
      expect(islandRuntimeTest.test(join(root, 'node_modules', file)), file).toBe(true);
    }
  });

  test("leaves Starlight's, Astro's and Vite's own modules alone, so guides load nothing more", () => {
    for (const file of [
      'node_modules/@astrojs/preact/dist/client.js',
      'node_modules/vite/dist/client/preload-helper.js',
      'node_modules/@astrojs/starlight/components/Search.astro',
      'src/lib/support-report.ts',
      'src/islands/WizardIsland.tsx',
    ]) {
      expect(islandRuntimeTest.test(join(root, file)), file).toBe(false);
    }
  });
});

describe('clientChunks', () => {
  const hook = clientChunks().configEnvironment as (name: string) => unknown;

  test("tunes Astro's client build only: extendable island entries and the island-runtime group", () => {
    expect(hook('client')).toMatchObject({
      build: {
        rolldownOptions: { preserveEntrySignatures: 'allow-extension', output: { codeSplitting: { groups: [{ name: 'preact', test: islandRuntimeTest }] } } },
      },
    });
  });

  test('leaves the server and prerender builds as Astro sets them', () => {
    for (const name of ['ssr', 'prerender']) expect(hook(name)).toBeUndefined();
  });
});
