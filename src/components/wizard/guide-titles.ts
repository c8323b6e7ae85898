import { getCollection } from 'astro:content';
import { type Locale, localeFreePath } from '~/site/locale';
import { type GuideRef, guidePage } from '~/site/routes';

/**
 * Titles of the guide pages the wizards link to, in one locale, read from the docs collection so a
 * renamed guide renames its links. Missing pages fall back to the reference itself.
 */
export async function guideTitles(refs: readonly GuideRef[], locale: Locale): Promise<Record<string, string>> {
  const pages = new Set(refs.map(guidePage));
  const titles: Record<string, string> = {};
  const entries = await getCollection('docs', (entry) => pages.has(localeFreePath(entry.id, locale) ?? ''));
  for (const entry of entries) titles[localeFreePath(entry.id, locale) ?? entry.id] = entry.data.title;
  return titles;
}
