import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, test } from 'vitest';
import { getWizard } from '~/wizards/registry';

const docs = join(import.meta.dirname, '../../content/docs');

function pages(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return pages(path);
    return /\.mdx?$/.test(entry.name) ? [path] : [];
  });
}

/** Every `/wizards/<id>/#<step>` link in the content, with the page it is on. */
const links = pages(docs).flatMap((file) =>
  [...readFileSync(file, 'utf8').matchAll(/\]\(((?:\/en)?\/wizards\/([a-z-]+)\/#([a-z0-9-]+))\)/g)].map((m) => ({
    page: relative(docs, file),
    href: m[1] as string,
    wizard: m[2] as string,
    step: m[3] as string,
  })),
);

describe('wizard step links in the guides', () => {
  test('the guides link to wizard steps at all', () => {
    expect(links.length).toBeGreaterThan(50);
  });

  // The links validator skips these anchors (the outline component renders them), so this is their check.
  test.each(links)('$page links to an existing step: $href', ({ wizard, step }) => {
    const found = getWizard(wizard);
    expect(found, `no wizard "${wizard}"`).toBeDefined();
    if (!found) return;
    expect(Object.keys(found.tree.steps)).toContain(step);
  });
});
