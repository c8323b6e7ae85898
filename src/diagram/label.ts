/**
 * Splits a label into at most `lines` lines of about `width` px: Latin words stay whole, CJK
 * characters may break anywhere but before a closing mark, and count as wide. SVG text does not wrap by itself; the full
 * title is in the node's `<title>` anyway, so an over-long label just ends in an ellipsis.
 */
export function wrapLabel(text: string, width: number, lines = 2, fontSize = 13): string[] {
  const wide = (c: string) => /[\u2e80-\uffff]/.test(c);
  const measure = (s: string) => [...s].reduce((sum, c) => sum + (wide(c) ? fontSize : fontSize * 0.58), 0);
  const pieces = text.match(/[\u2e80-\uffff]|[^\s\u2e80-\uffff]+\s*|\s+/g) ?? [];
  const out: string[] = [];
  let line = '';
  for (const piece of pieces) {
    // Closing marks (，？」 …) never start a line: they stay on the one they close, a little over.
    const closing = /^[，。？！：；、）」』》〉】,.?!:;)\]]/.test(piece);
    if (line !== '' && !closing && measure(line + piece.trimEnd()) > width) {
      out.push(line.trimEnd());
      line = '';
      if (out.length === lines) {
        let last = [...(out[lines - 1] ?? '')];
        while (last.length > 1 && measure(`${last.join('')}…`) > width) last = last.slice(0, -1);
        out[lines - 1] = `${last.join('').trimEnd()}…`;
        return out;
      }
    }
    line += line === '' ? piece.trimStart() : piece;
  }
  if (line.trim()) out.push(line.trimEnd());
  return out;
}
