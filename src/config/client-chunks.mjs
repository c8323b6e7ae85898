// @ts-check
/**
 * How the browser bundle is split, fed to Rolldown's `output.codeSplitting` for Astro's client build.
 *
 * Every island page (wizards and tools) loads Preact, its hooks and JSX runtime, the render boundary
 * every island sits in, and the copy button with its support-report text that every outcome and
 * result offers. Left to itself Rolldown spreads these over five small files (the JSX runtime even
 * ended up inside the support-report chunk); one file gzips better and costs one request, not
 * five: 0.6 KB gz less on a wizard or tool page, the same code. Guides load none of it, and
 * Starlight's own scripts are not touched (capturing `@astrojs/preact`'s client would drag Vite's
 * preload helper in, and with it Preact onto every guide).
 */

/** Module files (by name, anywhere under `src/`) that every island page loads with Preact. */
export const ISLAND_RUNTIME_MODULES = ['RenderBoundary.tsx', 'CopyFeedbackButton.tsx', 'support-report.ts'];

const escape = (/** @type {string} */ text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Matches Preact itself and the island-runtime modules above. */
export const islandRuntimeTest = new RegExp(
  `node_modules[\\\\/]preact[\\\\/]|[\\\\/]src[\\\\/](?:.+[\\\\/])?(?:${ISLAND_RUNTIME_MODULES.map(escape).join('|')})$`,
);

/** @type {{ groups: { name: string, test: RegExp }[] }} */
export const clientCodeSplitting = { groups: [{ name: 'preact', test: islandRuntimeTest }] };
