/**
 * Fills `{name}` placeholders; an unknown name stays visible so a typo shows up in review. Its own
 * module so an island that only needs `fill` does not pull every tool's label tables into its JS.
 */
export function fill(template: string, values: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}
