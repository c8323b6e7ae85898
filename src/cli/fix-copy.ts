/**
 * The words behind a wizard step, for a terminal: what the problem is and the first thing to do,
 * read from the wizard's own copy (the same text the site shows at that step).
 */
import type { ExplainRef } from '~/probes';
import { isOutcomeCopy, type Locale } from '~/wizards/engine/types';
import { getWizard } from '~/wizards/registry';

export interface StepWords {
  /** The step's title: an outcome's diagnosis or a question the wizard asks next. */
  readonly title: string;
  /** An outcome's problem statement. */
  readonly meaning: string | null;
  /** An outcome's first fix step. */
  readonly fix: string | null;
}

/** Markdown emphasis means nothing in a terminal; inline `code` stays as typed. */
const plain = (text: string) => text.replace(/\*\*(.+?)\*\*/g, '$1');

export function stepWords(ref: ExplainRef | null, locale: Locale): StepWords | null {
  if (ref === null || !('wizard' in ref)) return null;
  const copy = getWizard(ref.wizard)?.copy[locale].steps[ref.step];
  if (!copy) return null;
  if (!isOutcomeCopy(copy)) return { title: plain(copy.title), meaning: null, fix: null };
  return { title: plain(copy.title), meaning: plain(copy.problem), fix: copy.steps[0] ? plain(copy.steps[0]) : null };
}
