// What the browser actually downloads per page: every script and stylesheet response (module
// preloads and imports triggered on load included), raw and as gzip -9 would send it.
import { gzipSync } from 'node:zlib';

const KINDS = { script: 'js', stylesheet: 'css' };

/**
 * Loads `path` in a fresh context (empty cache), waits for the network to settle, and returns
 * `{ js: { raw, gzip, files }, css: { raw, gzip, files } }`, `files` being URL paths. On a wizard
 * page it then answers the first step as a visitor would (pointer over the button, click) and adds
 * `afterAnswer`: everything loaded so far, so what loads on demand is counted too.
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
  const loaded = pending.length;
  const wizard = page.locator('.wizard[data-hydrated="true"]');
  let answered = false;
  if ((await wizard.count()) > 0) {
    const step = await wizard.getAttribute('data-step');
    await wizard.locator('[data-answer]').first().click();
    await page.waitForFunction((before) => document.querySelector('.wizard')?.getAttribute('data-step') !== before, step);
    await page.waitForLoadState('networkidle');
    answered = true;
  }
  const settled = await Promise.all(pending);
  await context.close();
  const sumOf = (assets) => (kind) => {
    const list = assets.filter((a) => a.kind === kind);
    return {
      raw: list.reduce((n, a) => n + a.raw, 0),
      gzip: list.reduce((n, a) => n + a.gzip, 0),
      files: [...new Set(list.map((a) => a.url))].sort(),
    };
  };
  const onLoad = sumOf(settled.slice(0, loaded).filter(Boolean));
  const everything = sumOf(settled.filter(Boolean));
  return { js: onLoad('js'), css: onLoad('css'), ...(answered ? { afterAnswer: { js: everything('js'), css: everything('css') } } : {}) };
}
