/**
 * Columns a string takes in a terminal: CJK and full-width characters take two, so a table with
 * Chinese labels still lines up.
 */
const WIDE =
  /[\u1100-\u115F\u2E80-\u303E\u3041-\u33FF\u3400-\u4DBF\u4E00-\u9FFF\uA000-\uA4CF\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6]/u;

export function textWidth(text: string): number {
  let width = 0;
  for (const char of text) width += WIDE.test(char) ? 2 : 1;
  return width;
}

export function padEndWide(text: string, width: number): string {
  return text + ' '.repeat(Math.max(0, width - textWidth(text)));
}
