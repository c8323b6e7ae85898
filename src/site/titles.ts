/**
 * Link text for site pages, keyed by `guides/<page>`, `<wizard-id>` and `<wizard-id>#<step>`.
 * A missing key falls back to the raw reference. Computed at build time (components) and shown by
 * the islands, so it lives below both.
 */
export type Titles = Readonly<Record<string, string>>;
