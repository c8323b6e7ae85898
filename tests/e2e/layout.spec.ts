import { test, expect } from './helpers/fixtures';
import { builtPagePaths } from './helpers/pages';

/** What one page breaks at the current width, in words a failing test can print. */
function layoutProblems(): string[] {
  const problems: string[] = [];
  const root = document.documentElement;
  if (root.scrollWidth > root.clientWidth + 1) problems.push(`page scrolls sideways (${root.scrollWidth} px in ${root.clientWidth} px)`);
  const column = document.querySelector('.sl-markdown-content')?.getBoundingClientRect();
  const toc = document.querySelector('.right-sidebar')?.getBoundingClientRect();
  for (const table of document.querySelectorAll<HTMLTableElement>('.sl-markdown-content table')) {
    // The element that is as wide as the table on screen: its scroll region, or the table itself.
    const box = (table.closest('.table-region, .tool-table-wrap') ?? table).getBoundingClientRect();
    const name = table.querySelector('th')?.textContent?.trim() ?? 'table';
    if (column && box.right > column.right + 1) problems.push(`table "${name}" runs past its column (${Math.round(box.right)} > ${Math.round(column.right)})`);
    if (toc && column && toc.width > 0 && toc.left > column.left && box.right > toc.left + 1) problems.push(`table "${name}" runs under the table of contents`);
    for (const cell of table.querySelectorAll('th, td')) {
      const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        for (const m of (node.nodeValue ?? '').matchAll(/[A-Za-z0-9][\x21-\x7e]*/g)) {
          const range = document.createRange();
          range.setStart(node, m.index);
          range.setEnd(node, m.index + m[0].length);
          const tops = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)));
          if (tops.size > 1) problems.push(`"${m[0]}" is drawn over ${tops.size} lines in a cell of "${name}"`);
        }
      }
    }
  }
  return problems;
}

test.describe('layout', () => {
  test.describe.configure({ mode: 'parallel' });
  const paths = builtPagePaths();

  for (const [label, viewport] of [
    ['a phone (390 px)', { width: 390, height: 844 }],
    ['a desktop (1280 px)', { width: 1280, height: 800 }],
  ] as const) {
    test(`no page scrolls sideways and every table fits its column on ${label}`, async ({ page }) => {
      test.setTimeout(20_000 + paths.length * 2_000);
      await page.setViewportSize(viewport);
      const found: Record<string, string[]> = {};
      for (const path of paths) {
        await page.goto(path);
        const problems = await page.evaluate(layoutProblems);
        if (problems.length > 0) found[path] = problems;
      }
      expect(found).toEqual({});
    });
  }
});

test.describe('layout while a page is still arriving', () => {
  // A slow network can paint a long guide before its article has been parsed. Cutting the HTML
  // just before the article shows that moment, with no clock involved.
  test('the table of contents is painted where it ends up on a desktop (1280 px)', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    const path = '/guides/regions/';
    const html = await (await page.request.get(path)).text();
    const cut = html.indexOf('<div class="main-pane');
    expect(cut, 'the guide has an article after its table of contents').toBeGreaterThan(html.indexOf('right-sidebar-container'));
    const tocLeft = () => page.locator('.right-sidebar-container').evaluate((el) => Math.round(el.getBoundingClientRect().left));

    await page.route(path, (route) => route.fulfill({ contentType: 'text/html; charset=utf-8', body: html.slice(0, cut) }));
    await page.goto(path);
    const early = await tocLeft();
    await page.unroute(path);
    await page.goto(path);
    expect(early).toBe(await tocLeft());
  });
});
