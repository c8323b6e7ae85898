// @ts-check
/**
 * How the browser bundle is split: a Vite plugin that tunes Rolldown for Astro's client build only.
 *
 * - Every island page (wizards and tools) loads Preact, its hooks and JSX runtime, the render
 *   boundary every island sits in and the copy button. Left to itself Rolldown spreads these over
 *   several small files (the JSX runtime even ended up inside the support-report chunk); one file
 *   gzips better and costs one request. Guides load none of it, and Starlight's own scripts are not
 *   touched (capturing `@astrojs/preact`'s client would drag Vite's preload helper in, and with it
 *   Preact onto every guide).
 * - Astro keeps each entry chunk's exports exactly as written (`exports-only`), so a helper that an
 *   island needs at once and a lazily loaded part needs too (inline copy, verdict words, hrefs)
 *   became a chunk of its own, a few hundred bytes each. `allow-extension` lets the island's chunk
 *   export them to its lazy parts instead; Astro only ever imports an island's default export.
 *
 * Measured with `npm run bench:bytes`: wizard page JS over a guide 24.0 → 23.0 KB gz, token check
 * 25.3 → 24.5 KB gz, the same code.
 */

/** Module files (by name, anywhere under `src/`) that every island page loads with Preact. */
export const ISLAND_RUNTIME_MODULES = ['RenderBoundary.tsx', 'CopyFeedbackButton.tsx'];

const escape = (/** @type {string} */ text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Matches Preact itself and the island-runtime modules above. */
export const islandRuntimeTest = new RegExp(
  `node_modules[\\\\/]preact[\\\\/]|[\\\\/]src[\\\\/](?:.+[\\\\/])?(?:${ISLAND_RUNTIME_MODULES.map(escape).join('|')})$`,
);

/** @returns {import('vite').Plugin} */
export function clientChunks() {
  return {
    name: 'coze-auth-doctor:client-chunks',
    configEnvironment(name) {
      if (name !== 'client') return;
      return {
        build: {
          rolldownOptions: {
            preserveEntrySignatures: 'allow-extension',
            output: { codeSplitting: { groups: [{ name: 'preact', test: islandRuntimeTest }] } },
          },
        },
      };
    },
  };
}
