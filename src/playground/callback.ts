/** Reading the authorize page's answer from the address bar, and the address without it. */

export interface Callback {
  readonly code: string | null;
  readonly state: string | null;
  readonly error: string | null;
  readonly errorDescription: string | null;
}

const PARAMS = ['code', 'state', 'error', 'error_description', 'error_uri'] as const;

/** The answer in `url`'s query, or null when the page was opened normally. */
export function readCallback(url: URL): Callback | null {
  const q = url.searchParams;
  if (!q.has('code') && !q.has('state') && !q.has('error')) return null;
  const text = (name: string, max: number) => {
    const value = q.get(name);
    return value === null || value === '' ? null : value.slice(0, max);
  };
  return { code: text('code', 512), state: text('state', 128), error: text('error', 64), errorDescription: text('error_description', 300) };
}

/** `url` without the OAuth answer: what `history.replaceState` puts in the address bar at once. */
export function strippedUrl(url: URL): string {
  const clean = new URL(url.href);
  for (const name of PARAMS) clean.searchParams.delete(name);
  return `${clean.pathname}${clean.search}${clean.hash}`;
}
