/**
 * Wizard copy may carry two inline marks: `code` and **bold**. Everything else is text. The copy is
 * parsed into tokens and rendered as elements (never as HTML), so a stray `<` in a translation can
 * never become markup in the island or the outline.
 */
export type InlineToken =
  | { readonly kind: 'text'; readonly text: string }
  | { readonly kind: 'code'; readonly text: string }
  | { readonly kind: 'bold'; readonly text: string };

// Code first: `**` inside backticks stays literal. An unclosed mark is plain text.
const MARK = /`([^`]+)`|\*\*([^*]+(?:\*(?!\*)[^*]*)*)\*\*/g;

export function parseInline(source: string): InlineToken[] {
  const tokens: InlineToken[] = [];
  let last = 0;
  for (const match of source.matchAll(MARK)) {
    const index = match.index ?? 0;
    if (index > last) tokens.push({ kind: 'text', text: source.slice(last, index) });
    if (match[1] !== undefined) tokens.push({ kind: 'code', text: match[1] });
    else tokens.push({ kind: 'bold', text: match[2] ?? '' });
    last = index + match[0].length;
  }
  if (last < source.length) tokens.push({ kind: 'text', text: source.slice(last) });
  return tokens;
}

/** The copy as plain text (marks dropped), for SVG labels, titles and announcements. */
export function plainInline(source: string): string {
  return parseInline(source)
    .map((t) => t.text)
    .join('');
}
