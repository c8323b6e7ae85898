import type { ExplainRef, InputProblem } from '~/probes';
import { explainHref } from '~/site/routes';
import type { Locale } from '~/site/locale';
import type { CommonLabels } from '~/islands/tools/labels';
import { fill } from '~/site/fill';
import type { ToolCopy, Titles } from '~/islands/tools/types';

/** "Title. Text" for a refused input, with the exact position (`{column}`, `{codePoint}`) filled in. */
export function problemMessage(problem: InputProblem, copy: ToolCopy): string {
  const entry = copy.problems[problem.code];
  const at = { column: problem.column ?? '?', codePoint: problem.codePoint ?? '?' };
  const title = fill(entry.title, at);
  // A Chinese title (「这是 OAuth 客户端 ID」) takes a full-width colon; an English one ": ".
  return `${title}${/[\u3400-\u9fff]/.test(title) ? '：' : ': '}${fill(entry.text, at)}`;
}

/** Where a reference points and what it is called: "wizard › step", or "guide › section". */
export function explainTarget(ref: ExplainRef, locale: Locale, titles: Titles): { href: string; title: string; wizard: boolean } {
  const href = explainHref(ref, locale);
  if ('wizard' in ref) {
    const wizard = titles[ref.wizard] ?? ref.wizard;
    const step = titles[`${ref.wizard}#${ref.step}`];
    return { href, title: step ? `${wizard} › ${step}` : wizard, wizard: true };
  }
  const [page, anchor] = ref.guide.split('#');
  const title = titles[page ?? ''] ?? page ?? ref.guide;
  return { href, title: anchor ? `${title} › ${anchor}` : title, wizard: false };
}

/** Link target and text for a verdict's explanation (a wizard step or a guide). */
export function explainLink(ref: ExplainRef, locale: Locale, titles: Titles, common: CommonLabels): { href: string; text: string } {
  const target = explainTarget(ref, locale, titles);
  return { href: target.href, text: fill(target.wizard ? common.explainWizard : common.explainGuide, { title: target.title }) };
}

/**
 * A local date and time in the page's language, with the time zone, e.g. for `expires_in`. A time
 * no calendar can show (a pasted `exp: 1e300`) gives `invalid` instead of a RangeError.
 */
export function localDateTime(date: Date, locale: Locale, invalid = '—'): string {
  if (!Number.isFinite(date.getTime())) return invalid;
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'long' }).format(date);
}

/** Id for an element that describes a field: hint plus, when present, its error. */
export function describedBy(...ids: ReadonlyArray<string | false | null | undefined>): string | undefined {
  const list = ids.filter((id): id is string => typeof id === 'string' && id !== '');
  return list.length > 0 ? list.join(' ') : undefined;
}
