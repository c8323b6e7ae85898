// @ts-check
/**
 * The site's locales, as Starlight wants them: zh-CN is the root locale (`/`); every other locale
 * lives under its key as a path prefix (English under `/en/`). Code reads them through
 * src/site/locale.ts, which derives the `Locale` type, the list and the path prefixes from here.
 */
export const defaultLocale = 'root';
export const locales = /** @type {const} */ ({
  root: { label: '简体中文', lang: 'zh-CN' },
  en: { label: 'English', lang: 'en' },
});
