import { globSync, readFileSync } from 'node:fs';
import { expect, test } from 'vitest';

// Biome lints .ts/.tsx only; Astro components and MDX pages are held to the same rule here.
const files = [...globSync('src/**/*.astro'), ...globSync('content/**/*.mdx')];
const relativeImport = /^\s*import\s[^;]*?from\s+['"]\.\.?\//m;

test('finds the Astro components and MDX pages it checks', () => {
  expect(files.some((f) => f.endsWith('.astro'))).toBe(true);
  expect(files.some((f) => f.endsWith('.mdx'))).toBe(true);
});

test.each(files)('%s imports product code through ~/, never by a relative path', (file) => {
  const text = readFileSync(file, 'utf8');
  // MDX code samples are fenced; only the page's own imports (outside fences) count.
  const outsideFences = text.replace(/```[\s\S]*?```/g, '');
  expect(outsideFences).not.toMatch(relativeImport);
});
