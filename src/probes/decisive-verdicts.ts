/**
 * Verdicts a visitor can also give by hand, so a wizard's token check may branch on them; the rest of
 * the vocabulary (types.ts, VERDICTS) means no usable answer came back. A module of its own so that
 * index.ts, which re-exports all of types.ts, keeps its public API.
 */
export const DECISIVE_VERDICTS = [
  'valid',
  'malformed',
  'not-a-token',
  'invalid-token',
  'expired',
  'wrong-region',
  'missing-permission',
  'rate-limited',
] as const;
