/** One concept of the site's vocabulary: the word the copy uses, and the words it must not. */
export interface GlossaryEntry {
  readonly concept: string;
  /** The one term every page, wizard and label uses for the concept. */
  readonly term: string;
  /** Words or patterns that mean the same and are rejected (a test fails on them). */
  readonly rejected: readonly (string | RegExp)[];
  /** Phrases that contain a rejected word but mean something else (`静态站点`: a website). */
  readonly allowed?: readonly string[];
  readonly note?: string;
}
