import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { guidePage } from '~/lib/hrefs';
import { LOCALES, type Locale } from '~/wizards/engine/types';
import { wizards } from '~/wizards/registry';

const docs = fileURLToPath(new URL('../../../content/docs/', import.meta.url));
const pageFile = (path: string, locale: Locale) => `${docs}${locale === 'en' ? 'en/' : ''}${path}.mdx`;

/** Frontmatter values as written: plain, or double-quoted (JSON-compatible) when they hold a colon. */
function frontmatter(file: string): Record<string, string> {
  const block = /^---\n([\s\S]*?)\n---/.exec(readFileSync(file, 'utf8'))?.[1] ?? '';
  const fields = [...block.matchAll(/^(\w+): (.+)$/gm)].map(([, key, value]) => [key, value?.startsWith('"') ? JSON.parse(value) : value]);
  return Object.fromEntries(fields);
}

/** GitHub-style heading slugs, as Starlight gives headings ids: `### invalid jwt kid` -> `invalid-jwt-kid`. */
function headingSlugs(file: string): Set<string> {
  const prose = readFileSync(file, 'utf8').replace(/^```[\s\S]*?^```/gm, '');
  const headings = [...prose.matchAll(/^#{1,6} (.+)$/gm)].map((m) => m[1] ?? '');
  return new Set(
    headings.map((h) =>
      h
        .trim()
        .toLowerCase()
        .replace(/[^\p{L}\p{N}\p{M}_\- ]/gu, '')
        .replace(/ /g, '-'),
    ),
  );
}

describe('wizard pages', () => {
  for (const wizard of wizards) {
    for (const locale of LOCALES) {
      const file = pageFile(`wizards/${wizard.id}`, locale);

      test(`${locale} page of ${wizard.id} embeds the wizard frame`, () => {
        expect(readFileSync(file, 'utf8')).toContain(`<WizardFrame id="${wizard.id}" />`);
      });

      test(`${locale} page of ${wizard.id} takes its title and description from the copy`, () => {
        const { title, description } = wizard.copy[locale];
        // On failure, paste the expected values into the page's frontmatter.
        expect(frontmatter(file)).toMatchObject({ title, description });
      });
    }

    test(`every guide ${wizard.id} links to exists in both locales, anchors included`, () => {
      const refs = [...new Set(Object.values(wizard.tree.steps).flatMap((s) => s.guides))];
      const broken = refs.flatMap((ref) =>
        LOCALES.flatMap((locale) => {
          const file = pageFile(guidePage(ref), locale);
          if (!existsSync(file)) return [`${locale}: ${ref} (no page)`];
          const anchor = ref.split('#')[1];
          return anchor && !headingSlugs(file).has(anchor) ? [`${locale}: ${ref} (no heading)`] : [];
        }),
      );
      expect(broken).toEqual([]);
    });
  }

  test('the wizard index exists in both locales', () => {
    for (const locale of LOCALES) expect(readFileSync(pageFile('wizards/index', locale), 'utf8')).toContain('<WizardIndex />');
  });
});
