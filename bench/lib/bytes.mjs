// What the browser actually downloads per page: every script and stylesheet response (module
// preloads and imports triggered on load included), raw and as gzip -9 would send it.
import { gzipSync } from 'node:zlib';

const KINDS = { script: 'js', stylesheet: 'css' };

/**
 * Loads `path` in a fresh context (empty cache), waits for the network to settle, and returns
 * `{ js: { raw, gzip, files }, css: { raw, gzip, files } }`, `files` being URL paths.
 */
export async function measureBytes(browser, origin, path) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const pending = [];
  page.on('response', (response) => {
    const kind = KINDS[response.request().resourceType()];
    if (!kind || response.status() >= 300) return;
    pending.push(
      response
        .body()
        .then((body) => ({ kind, url: new URL(response.url()).pathname, raw: body.length, gzip: gzipSync(body, { level: 9 }).length }))
        .catch(() => undefined),
    );
  });
  await page.goto(origin + path, { waitUntil: 'load' });
  await page.waitForLoadState('networkidle');
  // Islands hydrate after load and may import more chunks; give them a moment to start.
  await page.waitForTimeout(300);
  await page.waitForLoadState('networkidle');
  const assets = (await Promise.all(pending)).filter(Boolean);
  await context.close();
  const sum = (kind) => {
    const list = assets.filter((a) => a.kind === kind);
    return {
      raw: list.reduce((n, a) => n + a.raw, 0),
      gzip: list.reduce((n, a) => n + a.gzip, 0),
      files: [...new Set(list.map((a) => a.url))].sort(),
    };
  };
  return { js: sum('js'), css: sum('css') };
}
