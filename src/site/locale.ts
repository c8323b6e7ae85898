/**
 * The site's locales as the code names them (`lang`, not Starlight's `root` / `en` keys), and the
 * one rule that maps them to paths: the root locale has no prefix, every other locale lives under
 * its Starlight key (`/en/`). Derived from src/config/locales.mjs, which Starlight reads too.
 * A leaf module: probes, the wizard engine, islands, components and the CLI all import it.
 */
import { defaultLocale, locales } from '~/config/locales.mjs';

type LocaleKey = keyof typeof locales;
export type Locale = (typeof locales)[LocaleKey]['lang'];

const KEYS = Object.keys(locales) as LocaleKey[];
export const LOCALES: readonly Locale[] = KEYS.map((key) => locales[key].lang);
/** The locale served at the site root (zh-CN). */
export const ROOT_LOCALE: Locale = locales[defaultLocale].lang;

/** Path segment per locale: null for the root locale. */
const SEGMENT = Object.fromEntries(KEYS.map((key) => [locales[key].lang, key === defaultLocale ? null : key])) as Record<Locale, string | null>;

/** `''` for the root locale, `/en` for English: what goes before `/guides/…`. */
export function localePrefix(locale: Locale): string {
  const segment = SEGMENT[locale];
  return segment === null ? '' : `/${segment}`;
}

/** The locale a site path (`/en/wizards/x/`) or content id (`en/guides/x`) belongs to; the root locale when no prefix matches. */
export function localeOfPath(path: string): Locale {
  const first = path.replace(/^\/+/, '').split(/[/#?]/)[0];
  return LOCALES.find((locale) => SEGMENT[locale] !== null && SEGMENT[locale] === first) ?? ROOT_LOCALE;
}

/** Starlight's `lang` for a page as a {@link Locale}; anything unknown is the root locale. */
export function localeOfLang(lang: string | undefined): Locale {
  return LOCALES.find((locale) => locale === lang) ?? ROOT_LOCALE;
}

/**
 * A site path or content id without its locale prefix and outer slashes (`/en/guides/x/` →
 * `guides/x` for `en`), or null when the path belongs to another locale.
 */
export function localeFreePath(path: string, locale: Locale): string | null {
  if (localeOfPath(path) !== locale) return null;
  const bare = path.replace(/^\/+|\/+$/g, '');
  const segment = SEGMENT[locale];
  if (segment === null) return bare;
  return bare === segment ? '' : bare.slice(segment.length + 1);
}
