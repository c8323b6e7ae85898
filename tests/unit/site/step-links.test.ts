import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { getWizard, treeOf } from '~/wizards/registry';

const root = join(__dirname, '../../../content/docs');
const pages = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? pages(join(dir, e.name)) : e.name.endsWith('.mdx') ? [join(dir, e.name)] : []));

describe('links to wizard steps in the content', () => {
  test('every /wizards/<id>/#<step> link names a step that exists', () => {
    const broken: string[] = [];
    for (const file of pages(root)) {
      for (const [, wizard, step] of readFileSync(file, 'utf8').matchAll(/\/wizards\/([a-z0-9-]+)\/#([a-z0-9-]+)/g)) {
        const found = getWizard(wizard!);
        if (!found || !(step! in treeOf(found).steps)) broken.push(`${file.slice(root.length)}: ${wizard}#${step}`);
      }
    }
    expect(broken).toEqual([]);
  });
});
