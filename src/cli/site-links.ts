/** Absolute links into the site: a wizard step or guide for a verdict, in the chosen locale. */
import { explainHref, type ExplainRef } from '~/probes';
import { guideHref } from '~/lib/hrefs';
import type { GuideRef, Locale } from '~/wizards/engine/types';
import { siteUrl } from '~/config/site.mjs';
import { UsageError } from './exit-codes';

export const DEFAULT_SITE: string = siteUrl;

/** Validates `--site`: an http(s) URL without query or fragment; returns it with a trailing slash. */
export function parseSite(raw: string | undefined): string {
  if (raw === undefined) return `${DEFAULT_SITE}/`;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new UsageError('badSite');
  }
  if (!/^https?:$/.test(url.protocol) || url.search !== '' || url.hash !== '' || url.username !== '') {
    throw new UsageError('badSite');
  }
  return `${url.origin}${url.pathname.endsWith('/') ? url.pathname : `${url.pathname}/`}`;
}

const join = (site: string, path: string) => new URL(path.replace(/^\//, ''), site).href;

export function stepUrl(ref: ExplainRef | null, locale: Locale, site: string): string | null {
  return ref === null ? null : join(site, explainHref(ref, locale));
}

export function guideUrl(ref: GuideRef, locale: Locale, site: string): string {
  return join(site, guideHref(ref, locale));
}
