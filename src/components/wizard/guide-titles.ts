import { getCollection } from 'astro:content';
import { guidePage } from '~/lib/hrefs';
import type { GuideRef, Locale } from '~/wizards/engine/types';

/**
 * Titles of the guide pages the wizards link to, in one locale, read from the docs collection so a
 * renamed guide renames its links. Missing pages fall back to the reference itself.
 */
export async function guideTitles(refs: readonly GuideRef[], locale: Locale): Promise<Record<string, string>> {
  const pages = new Set(refs.map(guidePage));
  const prefix = locale === 'zh-CN' ? '' : `${locale}/`;
  const entries = await getCollection('docs', (entry) => pages.has(entry.id.slice(prefix.length)) && entry.id.startsWith(prefix));
  return Object.fromEntries(entries.map((entry) => [entry.id.slice(prefix.length), entry.data.title]));
}
