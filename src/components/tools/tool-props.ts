/// <reference types="@astrojs/starlight" />
// ^ Types `Astro.locals.starlightRoute` for the tool wrappers, which read the locale and sidebar from it.
/**
 * Build-time props for the tool islands: one locale's copy and the titles of the pages a result
 * may link to. Computed here so the island's JavaScript carries no prose in either language.
 */
import { VERDICT_COPY, VERDICT_STEPS, type CopyTable } from '~/probes';
import { type Locale, localeFreePath } from '~/site/locale';
import type { WizardId } from '~/site/routes';
import type { Titles } from '~/site/titles';
import { plainInline } from '~/site/inline-copy';
import { wizards } from '~/wizards/registry';

export function toolCopy(locale: Locale): CopyTable {
  return VERDICT_COPY[locale];
}

/** Wizard steps the shared verdict table links to (every tool shows verdicts). */
const VERDICT_STEP_KEYS = new Set(Object.values(VERDICT_STEPS).flatMap((ref) => (ref && 'wizard' in ref ? [`${ref.wizard}#${ref.step}`] : [])));

/** The part of Starlight's sidebar entries this module reads. */
interface SidebarNode {
  readonly type: 'link' | 'group';
  readonly label: string;
  readonly href?: string;
  readonly entries?: readonly SidebarNode[];
}

/**
 * Titles of every guide (as the sidebar labels them in this locale), every wizard, and the wizard
 * steps this page can link to: the verdict steps, plus every step of `allStepsOf`. Read from the
 * sidebar rather than the content collection: a component inside a docs page that loads the whole
 * collection makes every page's assets propagate through every other page.
 */
export function pageTitles(locale: Locale, sidebar: readonly SidebarNode[], allStepsOf: readonly WizardId[] | 'all' = []): Titles {
  const titles: Record<string, string> = {};
  const walk = (nodes: readonly SidebarNode[]) => {
    for (const node of nodes) {
      if (node.entries) walk(node.entries);
      const path = node.href === undefined ? null : localeFreePath(node.href, locale);
      if (path?.startsWith('guides/')) titles[path] = node.label;
    }
  };
  walk(sidebar);
  for (const wizard of wizards) {
    const copy = wizard.copy[locale];
    titles[wizard.id] = copy.title;
    for (const [step, stepCopy] of Object.entries(copy.steps)) {
      const key = `${wizard.id}#${step}`;
      if (allStepsOf === 'all' || allStepsOf.includes(wizard.id) || VERDICT_STEP_KEYS.has(key)) titles[key] = plainInline(stepCopy.title);
    }
  }
  return titles;
}
