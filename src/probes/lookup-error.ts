import type { ExplainRef } from './types';

export interface LookupMatch {
  /** Stable id of the matched entry, e.g. `4100`, `invalid_client`, `cors-header`. */
  readonly id: string;
  /** Guide section, e.g. `guides/error-codes#4100`. */
  readonly guide: `guides/${string}`;
  /** Wizard step that walks through the fix, when one exists. */
  readonly step: ExplainRef | null;
  /** How it matched: an error code, an OAuth error name, an HTTP status, or message text. */
  readonly reason: 'code' | 'oauth-error' | 'http-status' | 'message';
}

export type LookupResult =
  | { readonly matched: true; readonly best: LookupMatch; readonly others: readonly LookupMatch[] }
  | { readonly matched: false };

/** Finds the guide section and wizard step for a pasted error body, code or message (zh or en). */
export function lookupError(_text: string): LookupResult {
  throw new Error('not implemented');
}
