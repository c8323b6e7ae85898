import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { localeFreePath, localeOfPath } from '~/site/locale';

/**
 * The built site, read from disk when test files load. Specs declare one test per page, and
 * Playwright lists tests before `webServer` starts, so the list cannot come from HTTP.
 */
const distDir = fileURLToPath(new URL('../../../dist/', import.meta.url));

function ensureBuilt(): void {
  if (existsSync(`${distDir}sitemap-index.xml`)) return;
  // A bare `playwright test` on a fresh clone: build once here, before the listing, so the runner
  // and its workers see the same pages (the webServer then finds dist/ and only serves it).
  execFileSync('npx', ['astro', 'build'], { cwd: fileURLToPath(new URL('../../../', import.meta.url)), stdio: 'inherit' });
}

const locs = (xml: string) => [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname);

/** Every page path in the built sitemap (both locales), sorted, each ending in `/`. */
export function builtPagePaths(): string[] {
  ensureBuilt();
  const index = readFileSync(`${distDir}sitemap-index.xml`, 'utf8');
  const paths = locs(index).flatMap((sitemap) => locs(readFileSync(`${distDir}${sitemap.replace(/^\//, '')}`, 'utf8')));
  return [...new Set(paths)].sort();
}

/** `/en/tools/x/` → `/tools/x/`: the locale-free route. */
export const routeOf = (path: string) => `/${localeFreePath(path, localeOfPath(path))}/`.replace(/^\/\/$/, '/');

export const isToolPage = (path: string) => /^\/tools\/[^/]+\/$/.test(routeOf(path));

/** A wizard page (not the wizard index). */
export const isWizardPage = (path: string) => /^\/wizards\/[^/]+\/$/.test(routeOf(path));

/** A built file's text, or undefined when it is not there. */
export function readBuilt(relativePath: string): string | undefined {
  const file = `${distDir}${relativePath.replace(/^\//, '')}`;
  return existsSync(file) ? readFileSync(file, 'utf8') : undefined;
}
