/** Absolute links into the site: a wizard step or guide for a verdict, in the chosen locale. */
import type { Locale } from '~/site/locale';
import { type ExplainRef, explainHref, type GuideRef, guideHref } from '~/site/routes';
import { DEFAULT_SITE_URL } from '~/config/site.mjs';
import { UsageError } from '~/cli/exit-codes';

/** The site's address when the bundle was built (`SITE_URL`, as for the site itself; see scripts/build-cli.mjs). */
declare const __CLI_SITE__: string | undefined;

/** Environment variable that moves every link, like `--site` (an organisation's own copy of the site). */
const SITE_ENV = 'COZE_AUTH_DOCTOR_SITE';

const DEFAULT_SITE: string = typeof __CLI_SITE__ === 'string' ? __CLI_SITE__ : DEFAULT_SITE_URL;

/**
 * The site links point to: `--site`, else `COZE_AUTH_DOCTOR_SITE`, else the built-in address.
 * Checked like the site's own `SITE_URL`: an http(s) URL without credentials, query or fragment.
 * Returned with a trailing slash, so relative paths keep a sub-path.
 */
export function parseSite(flag: string | undefined, env: Readonly<Record<string, string | undefined>>): string {
  const raw = flag ?? (env[SITE_ENV] || undefined);
  if (raw === undefined) return `${DEFAULT_SITE.replace(/\/+$/, '')}/`;
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
