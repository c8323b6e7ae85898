/**
 * The site's pages that code points at, and the one way to write their paths (design.md, "Public
 * contract"): `/wizards/<id>/`, `/tools/<id>/`, `/guides/<page>/`, each with the locale prefix of
 * src/site/locale.ts and a trailing slash (the site's `trailingSlash: 'always'`), a step or
 * section as the hash. A leaf module shared by probes, the wizard engine, islands, components and the CLI.
 */
import { type Locale, localePrefix } from '~/site/locale';

export type WizardId = 'migrated-workspace' | 'team-scope-rejected' | 'expired-refresh' | 'token-invalid' | 'choose-auth';

export type ToolId = 'token-check' | 'refresh-test' | 'jwt-inspector' | 'error-lookup' | 'oauth-playground';

/** A guide (optionally a section) as a locale-free path: `guides/regions` or `guides/error-codes#4101`. */
export type GuideRef = `guides/${string}` | `tools/${string}`;

/** Where something is explained: a wizard step, or a guide (section). */
export type ExplainRef = { readonly wizard: WizardId; readonly step: string } | { readonly guide: GuideRef };

/** A locale-free page path (`guides/regions`) as a site path in one locale, with an optional hash. */
function pageHref(path: string, locale: Locale, anchor?: string): string {
  return `${localePrefix(locale)}/${path}/${anchor ? `#${anchor}` : ''}`;
}

/**
 * The site path of a guide reference in one locale: `guides/error-codes#4101` becomes
 * `/guides/error-codes/#4101` (zh-CN) or `/en/guides/error-codes/#4101`.
 */
export function guideHref(ref: GuideRef, locale: Locale): string {
  const [path, anchor] = ref.split('#');
  return pageHref(path ?? ref, locale, anchor);
}

/** The guide part of a reference without its anchor: `guides/error-codes`. */
export function guidePage(ref: GuideRef): string {
  return ref.split('#')[0] ?? ref;
}

/** A wizard page, or one of its steps: `/en/wizards/token-invalid/#wrong-region`. */
export function wizardHref(id: WizardId, locale: Locale, step?: string): string {
  return pageHref(`wizards/${id}`, locale, step);
}

/** A live-check page: `/tools/token-check/`. */
export function toolHref(id: ToolId, locale: Locale): string {
  return pageHref(`tools/${id}`, locale);
}

/** Site path for an {@link ExplainRef}: the wizard step, or the guide (section). */
export function explainHref(ref: ExplainRef, locale: Locale): string {
  return 'wizard' in ref ? wizardHref(ref.wizard, locale, ref.step) : guideHref(ref.guide, locale);
}
