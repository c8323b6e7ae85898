import { expect, test } from '@playwright/test';
import { sitemapPaths } from './helpers/sitemap';

// starlight-links-validator checks Markdown links at build time; this also covers links that
// components render (wizard outlines, cards, islands' server HTML), anchors included.
test('no internal link or anchor in the built site is broken', async ({ request }) => {
  const pages = new Map<string, Set<string>>();
  const hrefsByPage = new Map<string, string[]>();
  for (const path of await sitemapPaths(request)) {
    const html = await (await request.get(path)).text();
    pages.set(path, new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!)));
    hrefsByPage.set(
      path,
      [...html.matchAll(/<a\s[^>]*href="([^"]+)"/g)].map((m) => m[1]!.replaceAll('&amp;', '&')),
    );
  }
  const broken: string[] = [];
  for (const [from, hrefs] of hrefsByPage) {
    for (const href of hrefs) {
      const url = new URL(href, `http://site${from}`);
      if (url.host !== 'site' || url.pathname.startsWith('/_astro/') || /\.\w+$/.test(url.pathname)) continue;
      const ids = pages.get(url.pathname);
      if (!ids) broken.push(`${from} → ${href} (no such page)`);
      else if (url.hash && !ids.has(decodeURIComponent(url.hash.slice(1)))) broken.push(`${from} → ${href} (no such anchor)`);
    }
  }
  expect(broken).toEqual([]);
});
