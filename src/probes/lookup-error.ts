/** The error lookup behind /tools/error-lookup/: pasted text in, guide section and wizard step out. */
import { classifyPasted } from '~/probes/classify-pasted';
import { CATALOG, type CatalogEntry } from '~/probes/error-catalog';
import type { ExplainRef } from '~/probes/types';

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

export type LookupResult = { readonly matched: true; readonly best: LookupMatch; readonly others: readonly LookupMatch[] } | { readonly matched: false };

/** Long enough for any error body with its headers; longer pastes are cut, not refused. */
const MAX_TEXT = 64 * 1024;

const match = (entry: CatalogEntry, reason: LookupMatch['reason']): LookupMatch => ({
  id: entry.id,
  guide: entry.guide,
  step: entry.step,
  reason,
});

/**
 * Finds the guide section and wizard step for a pasted error body, a bare code (`4101`,
 * `700012006`, `invalid_client`, `401`) or a message in English or Chinese. Message matches come
 * first because they are the most specific (a 4101 that says "token … incorrect" is a region
 * problem, not a permission one); then structured codes; then bare numbers and HTTP statuses.
 * Never throws; `{ matched: false }` when nothing is recognised.
 */
export function lookupError(text: string): LookupResult {
  const input = typeof text === 'string' ? text.slice(0, MAX_TEXT).trim() : '';
  if (input === '') return { matched: false };
  const found: LookupMatch[] = [];
  const add = (m: LookupMatch) => {
    if (!found.some((f) => f.id === m.id)) found.push(m);
  };
  for (const entry of CATALOG) if (entry.patterns?.some((p) => p.test(input))) add(match(entry, 'message'));
  const pasted = classifyPasted(input);
  const code = pasted.ok ? pasted.facts.code : null;
  const oauth = pasted.ok ? pasted.facts.errorCode : null;
  const status = pasted.ok ? pasted.facts.httpStatus : null;
  for (const entry of CATALOG) {
    if (code !== null && entry.codes?.includes(code)) add(match(entry, 'code'));
    if (oauth !== null && entry.oauth?.includes(oauth)) add(match(entry, 'oauth-error'));
  }
  // Bare words: a number typed into the box, or an OAuth error name without JSON around it.
  for (const word of input.match(/\b\d{3,9}\b|\b[a-z]+(?:_[a-z]+)+\b/g) ?? []) {
    const n = /^\d+$/.test(word) ? Number(word) : null;
    for (const entry of CATALOG) {
      if (n !== null && entry.codes?.includes(n)) add(match(entry, 'code'));
      if (n === null && entry.oauth?.includes(word)) add(match(entry, 'oauth-error'));
    }
  }
  for (const n of [status, ...(input.match(/\b(?:401|403|429)\b/g) ?? []).map(Number)]) {
    for (const entry of CATALOG) if (n !== null && entry.statuses?.includes(n)) add(match(entry, 'http-status'));
  }
  const [best, ...others] = found;
  return best ? { matched: true, best, others } : { matched: false };
}
