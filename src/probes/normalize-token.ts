/**
 * Cleaning a pasted credential before anything is sent, and refusing what cannot be one.
 * Returns problem codes, never prose: the UI translates them (verdict-copy.ts).
 */
import { firstCharProblem, isEdgeJunk } from '~/probes/char-problems';
import { detectKind, fingerprintOf, hasUsualLength, isAccessTokenKind } from '~/probes/token-shape';
import type { CheckNote, InputProblem, ProblemCode, TokenKind, TokenSlot } from '~/probes/types';

/** Longest credential accepted; a JWT is well under 2 kB, a PAT is 68 characters. */
export const MAX_TOKEN_LENGTH = 4096;
/** A paste longer than this is refused before a single character is inspected (a 1 MB paste stays instant). */
const MAX_RAW_LENGTH = 2 * MAX_TOKEN_LENGTH;

const QUOTE_PAIRS: ReadonlyArray<readonly [string, string]> = [
  ['"', '"'],
  ["'", "'"],
  ['`', '`'],
  ['\u201c', '\u201d'],
  ['\u2018', '\u2019'],
  ['\uff02', '\uff02'],
  ['\u300c', '\u300d'],
];

export type NormalizedToken =
  | {
      readonly ok: true;
      readonly token: string;
      readonly kind: TokenKind;
      readonly fingerprint: string;
      readonly notes: readonly CheckNote[];
    }
  | {
      readonly ok: false;
      readonly problem: InputProblem;
      readonly kind: TokenKind | null;
      readonly fingerprint: string | null;
      readonly notes: readonly CheckNote[];
    };

export type NormalizedClientId = { readonly ok: true; readonly clientId: string } | { readonly ok: false; readonly problem: InputProblem };

const FIELD: Readonly<Record<TokenSlot, InputProblem['field']>> = {
  'access-token': 'token',
  'refresh-token': 'refresh-token',
  secret: 'client-secret',
};

/** Strips edge whitespace, `Authorization:` / `Bearer ` labels and quote pairs until nothing changes. */
function unwrap(raw: string, labels: boolean): { start: number; end: number; notes: Set<CheckNote> } {
  let start = 0;
  let end = raw.length;
  const notes = new Set<CheckNote>();
  // Bounded: each round removes at least one character, and real pastes need two or three rounds.
  for (let round = 0; round < 16; round++) {
    const before = end - start;
    while (start < end && isEdgeJunk(raw[start])) start++;
    while (end > start && isEdgeJunk(raw[end - 1])) end--;
    if (end - start !== before) notes.add('trimmed');
    const head = raw.slice(start, Math.min(end, start + 32));
    const label = labels ? /^authorization\s*:\s*/i.exec(head) : null;
    const bearer = labels && !label ? /^bearer(?:\s+|$)/i.exec(head) : null;
    if (label) {
      start += label[0].length;
      notes.add('stripped-authorization-label');
    } else if (bearer) {
      start += bearer[0].length;
      notes.add('stripped-bearer');
    }
    if (end - start >= 2 && QUOTE_PAIRS.some(([open, close]) => raw[start] === open && raw[end - 1] === close)) {
      start++;
      end--;
      notes.add('stripped-quotes');
    }
    if (end - start === before) break;
  }
  return { start, end, notes };
}

function refusedKind(kind: TokenKind, slot: TokenSlot): ProblemCode | null {
  if (slot === 'secret') return null;
  if (kind === 'jwt') return 'jwt-assertion';
  if (kind === 'client-id' || kind === 'app-id' || kind === 'auth-code') return kind;
  if (slot === 'refresh-token' && isAccessTokenKind(kind) && !['maybe-refresh-token', 'unknown'].includes(kind)) {
    return 'access-token-in-refresh-box';
  }
  return null;
}

/**
 * Cleans `raw` as pasted into the box named by `slot` and says what it looks like. Never throws.
 * Refuses: empty, longer than {@link MAX_TOKEN_LENGTH}, any character that is not printable ASCII
 * (with its position in `raw`), and kinds that do not belong in the box (a JWT, client id, app id
 * or auth code where a token belongs; an access token in the refresh-token box).
 * A string shaped like a refresh token in the access-token box is *not* refused (only the API can
 * tell); it gets the `maybe-refresh-token` note, and a later 401 becomes `not-a-token`.
 */
export function normalizeToken(raw: string, slot: TokenSlot = 'access-token'): NormalizedToken {
  const field = FIELD[slot];
  const text = typeof raw === 'string' ? raw : '';
  const refuse = (problem: Omit<InputProblem, 'field'>, kind: TokenKind | null = null, fp: string | null = null, notes: readonly CheckNote[] = []) =>
    ({ ok: false, problem: { field, ...problem }, kind, fingerprint: fp, notes }) as const;
  if (text.length > MAX_RAW_LENGTH) return refuse({ code: 'too-long' });
  const { start, end, notes } = unwrap(text, true);
  const token = text.slice(start, end);
  if (token === '') return refuse({ code: 'empty' }, null, null, [...notes]);
  if (token.length > MAX_TOKEN_LENGTH) return refuse({ code: 'too-long' }, null, null, [...notes]);
  const bad = firstCharProblem(text, start, end);
  if (bad) {
    return refuse({ code: bad.code, index: bad.index, column: bad.index + 1, codePoint: bad.codePoint }, null, null, [...notes]);
  }
  const kind = detectKind(token);
  const fingerprint = fingerprintOf(token, kind);
  if (!hasUsualLength(token, kind)) notes.add('unusual-length');
  if (kind === 'maybe-refresh-token' && slot === 'access-token') notes.add('maybe-refresh-token');
  if (kind === 'cztei') notes.add('cztei-uncertain');
  const refused = refusedKind(kind, slot);
  if (refused) return refuse({ code: refused }, kind, fingerprint, [...notes]);
  return { ok: true, token, kind, fingerprint, notes: [...notes] };
}

/** Cleans an OAuth client id and checks its shape, `<digits>.app.coze` (JWT apps use a bare number). */
export function normalizeClientId(raw: string): NormalizedClientId {
  const text = typeof raw === 'string' ? raw : '';
  const problem = (p: Omit<InputProblem, 'field'>): NormalizedClientId => ({
    ok: false,
    problem: { field: 'client-id', ...p },
  });
  if (text.length > MAX_RAW_LENGTH) return problem({ code: 'too-long' });
  const { start, end } = unwrap(text, false);
  if (start === end) return problem({ code: 'empty' });
  const bad = firstCharProblem(text, start, end);
  if (bad) return problem({ code: bad.code, index: bad.index, column: bad.index + 1, codePoint: bad.codePoint });
  const clientId = text.slice(start, end);
  return /^\d+\.app\.coze$/.test(clientId) ? { ok: true, clientId } : problem({ code: 'client-id-shape' });
}
