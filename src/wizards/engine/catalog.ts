import { guideHref, wizardHref } from '~/lib/hrefs';
import { stepOrder } from '~/wizards/engine/paths';
import {
  isOutcomeCopy,
  LOCALES,
  type GuideRef,
  type Locale,
  type ProbeKind,
  type StepKind,
  type WizardCopy,
  type WizardId,
  type WizardTree,
} from '~/wizards/engine/types';

type PerLocale<T> = Record<Locale, T>;

interface CatalogAnswer {
  readonly id: string;
  readonly target: string;
  readonly label: PerLocale<string>;
}

interface CatalogGuide {
  /** Locale-free reference as the tree names it: `guides/error-codes#4101`. */
  readonly ref: GuideRef;
  readonly routes: PerLocale<string>;
}

interface CatalogStep {
  readonly id: string;
  readonly kind: StepKind;
  readonly title: PerLocale<string>;
  readonly answers: readonly CatalogAnswer[];
  readonly guides: readonly CatalogGuide[];
  readonly probe?: ProbeKind;
}

interface CatalogWizard {
  readonly id: WizardId;
  readonly title: PerLocale<string>;
  readonly routes: PerLocale<string>;
  readonly initial: string;
  readonly steps: readonly CatalogStep[];
}

/** `/wizards/catalog.json`: the public, versioned description of every wizard for support tools. */
export interface Catalog {
  readonly version: 1;
  readonly wizards: readonly CatalogWizard[];
}

export interface CatalogSource {
  readonly tree: WizardTree;
  readonly copy: Readonly<PerLocale<WizardCopy>>;
}

const perLocale = <T>(pick: (locale: Locale) => T): PerLocale<T> => Object.fromEntries(LOCALES.map((locale) => [locale, pick(locale)])) as PerLocale<T>;

function answerLabel(copy: WizardCopy, step: string, answer: string): string {
  const text = copy.steps[step];
  return text && !isOutcomeCopy(text) ? (text.answers[answer] ?? answer) : answer;
}

function catalogStep(source: CatalogSource, id: string): CatalogStep {
  const meta = source.tree.steps[id];
  if (!meta) throw new Error(`unknown step ${id}`);
  return {
    id,
    kind: meta.kind,
    title: perLocale((l) => source.copy[l].steps[id]?.title ?? id),
    answers: meta.answers.map(({ id: answer, target }) => ({
      id: answer,
      target,
      label: perLocale((l) => answerLabel(source.copy[l], id, answer)),
    })),
    guides: meta.guides.map((ref) => ({ ref, routes: perLocale((l) => guideHref(ref, l)) })),
    ...(meta.probe ? { probe: meta.probe } : {}),
  };
}

/** Builds the catalog from the trees and their copy; steps are listed in reading order. */
export function buildCatalog(sources: readonly CatalogSource[]): Catalog {
  return {
    version: 1,
    wizards: sources.map((source) => ({
      id: source.tree.id,
      title: perLocale((l) => source.copy[l].title),
      routes: perLocale((l) => wizardHref(source.tree.id, l)),
      initial: source.tree.initial,
      steps: stepOrder(source.tree).map((id) => catalogStep(source, id)),
    })),
  };
}
