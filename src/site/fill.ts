/**
 * The placeholder syntax of the site's copy (`{name}`), shared by the islands, the build-time
 * components and the command line.
 */

/** Fills `{name}` placeholders; an unknown name stays as written so a typo shows up in review. */
export function fill(template: string, values: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}
