import type { GuideRef, Locale } from '~/wizards/engine/types';

/** zh-CN is the root locale; every other locale lives under its own prefix (`/en/`). */
export function localePrefix(locale: Locale): string {
  return locale === 'zh-CN' ? '' : `/${locale}`;
}

/**
 * The site path of a guide reference in one locale: `guides/error-codes#4101` becomes
 * `/guides/error-codes/#4101` (zh-CN) or `/en/guides/error-codes/#4101`. Trailing slashes match the
 * site's `trailingSlash: 'always'`, so the link validator and support tickets see one form.
 */
export function guideHref(ref: GuideRef, locale: Locale): string {
  const [path, anchor] = ref.split('#');
  return `${localePrefix(locale)}/${path}/${anchor ? `#${anchor}` : ''}`;
}

/** The guide part of a reference without its anchor: `guides/error-codes`. */
export function guidePage(ref: GuideRef): string {
  return ref.split('#')[0] ?? ref;
}

export function wizardHref(id: string, locale: Locale, step?: string): string {
  return `${localePrefix(locale)}/wizards/${id}/${step ? `#${step}` : ''}`;
}

/** The locale a site path belongs to: English under `/en/`, zh-CN (the root locale) everywhere else. */
export function localeOfPath(pathname: string): Locale {
  return pathname === '/en' || pathname.startsWith('/en/') ? 'en' : 'zh-CN';
}
