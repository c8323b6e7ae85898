import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { MAX_TOKEN_LENGTH, normalizeClientId, normalizeToken } from '~/probes/index.ts';
import { TOKENS } from '../../fake-coze/tokens.ts';

const PAT = TOKENS.patValidCn;

describe('normalizeToken', () => {
  test.each([
    ['leading and trailing spaces', `  ${PAT}\n`, ['trimmed']],
    ['a Bearer prefix', `Bearer ${PAT}`, ['stripped-bearer']],
    ['a lower-case bearer prefix', `bearer ${PAT}`, ['stripped-bearer']],
    ['a doubled Bearer prefix', `Bearer Bearer ${PAT}`, ['stripped-bearer']],
    ['a whole header line', `Authorization: Bearer ${PAT}`, ['stripped-authorization-label', 'stripped-bearer']],
    ['double quotes', `"${PAT}"`, ['stripped-quotes']],
    ['single quotes', `'${PAT}'`, ['stripped-quotes']],
    ['curly quotes', `“${PAT}”`, ['stripped-quotes']],
    ['backticks', `\`${PAT}\``, ['stripped-quotes']],
    ['quotes around Bearer and the token', ` "Bearer ${PAT}" `, ['trimmed', 'stripped-quotes', 'stripped-bearer']],
    ['a full-width space before the token', `\u3000${PAT}`, ['trimmed']],
    ['a zero-width space after the token', `${PAT}\u200b`, ['trimmed']],
  ])('cleans %s', (_name, raw, notes) => {
    const result = normalizeToken(raw);
    expect(result).toMatchObject({ ok: true, token: PAT, kind: 'pat', fingerprint: 'pat_…Vc01' });
    expect([...result.notes].sort()).toEqual([...notes].sort());
  });

  test.each([
    ['an inner space', `pat_abc def${'x'.repeat(60)}`, 'inner-whitespace', 8],
    ['a line break', `${PAT.slice(0, 30)}\n${PAT.slice(30)}`, 'line-break', 31],
    ['a CRLF line break', `${PAT.slice(0, 30)}\r\n${PAT.slice(30)}`, 'line-break', 31],
    ['a tab', `${PAT.slice(0, 10)}\t${PAT.slice(10)}`, 'inner-whitespace', 11],
    ['a full-width letter', `${PAT.slice(0, 20)}Ａ${PAT.slice(21)}`, 'full-width', 21],
    ['an ideographic space inside', `${PAT.slice(0, 5)}\u3000${PAT.slice(5)}`, 'full-width', 6],
    ['a non-ASCII letter', `${PAT.slice(0, 40)}é${PAT.slice(41)}`, 'non-ascii', 41],
    ['a Chinese character', `令${PAT}`, 'non-ascii', 1],
    ['an emoji', `${PAT.slice(0, 8)}🔑${PAT.slice(8)}`, 'non-ascii', 9],
    ['a zero-width space inside', `${PAT.slice(0, 12)}\u200b${PAT.slice(12)}`, 'invisible-character', 13],
    ['a control character', `${PAT.slice(0, 3)}\u0007${PAT.slice(3)}`, 'control-character', 4],
  ])('refuses %s with its position', (_name, raw, code, column) => {
    const result = normalizeToken(raw);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problem).toMatchObject({ code, column, index: column - 1, field: 'token' });
    expect(result.problem.codePoint).toMatch(/^U\+[0-9A-F]{4,5}$/);
  });

  test('reports the position in the raw paste, before trimming', () => {
    const result = normalizeToken(`   Bearer ${PAT.slice(0, 4)} ${PAT.slice(4)}`);
    expect(result).toMatchObject({ ok: false, problem: { code: 'inner-whitespace', index: 14, column: 15 } });
  });

  test.each([
    ['an empty string', ''],
    ['only spaces', '   \n\t '],
    ['only a Bearer prefix', 'Bearer '],
    ['only quotes', '""'],
  ])('refuses %s as empty', (_name, raw) => {
    expect(normalizeToken(raw)).toMatchObject({ ok: false, problem: { code: 'empty' } });
  });

  // Speed is the benchmark's business; what a test can pin down is that the length is checked
  // before any character-by-character scan, so a 1 MB paste never gets scanned at all.
  test('refuses a 1 MB paste by its length before scanning its characters', () => {
    const result = normalizeToken(`pat_${'a'.repeat(1024 * 1024)}\u3000全角`);
    expect(result).toMatchObject({ ok: false, problem: { code: 'too-long' } });
  });

  test('refuses a token just over the length limit', () => {
    expect(normalizeToken(`pat_${'a'.repeat(MAX_TOKEN_LENGTH)}`)).toMatchObject({
      ok: false,
      problem: { code: 'too-long' },
    });
  });

  test.each([
    ['pat', PAT],
    ['sat', TOKENS.satValidCn],
    ['oauth-user', TOKENS.oauthUserCn],
    ['oauth-service', TOKENS.oauthServiceCn],
    ['cztei', TOKENS.czteiCn],
    ['unknown', 'some-opaque-token-1234567890'],
  ])('recognises a %s token and lets it through', (kind, token) => {
    expect(normalizeToken(token)).toMatchObject({ ok: true, kind });
  });

  test('notes that a cztei_ token is of an unconfirmed kind', () => {
    expect(normalizeToken(TOKENS.czteiCn).notes).toContain('cztei-uncertain');
  });

  test('notes a PAT of unusual length', () => {
    expect(normalizeToken('pat_abc123').notes).toContain('unusual-length');
  });

  test.each([
    ['a JWT assertion', 'eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCJ9.eyJpc3MiOiIxMjM0In0.c2lnbmF0dXJl', 'jwt-assertion', 'jwt'],
    ['an OAuth client id', '10000000000000000000000000000001.app.coze', 'client-id', 'client-id'],
    ['a numeric app id', '1127900106117', 'app-id', 'app-id'],
    ['an authorization code', 'code_abcdefABCDEF0123456789', 'auth-code', 'auth-code'],
  ])('refuses %s where an access token belongs', (_name, raw, code, kind) => {
    expect(normalizeToken(raw)).toMatchObject({ ok: false, kind, problem: { code } });
  });

  test('lets a refresh-token-shaped string through with a warning', () => {
    const result = normalizeToken('a'.repeat(36) + 'B'.repeat(36));
    expect(result).toMatchObject({ ok: true, kind: 'maybe-refresh-token', fingerprint: '…BBBB' });
    expect(result.notes).toContain('maybe-refresh-token');
  });

  test('refuses an access token in the refresh-token box', () => {
    expect(normalizeToken(PAT, 'refresh-token')).toMatchObject({
      ok: false,
      problem: { code: 'access-token-in-refresh-box', field: 'refresh-token' },
    });
  });

  test('accepts a refresh token in the refresh-token box', () => {
    expect(normalizeToken('r'.repeat(72), 'refresh-token')).toMatchObject({ ok: true, kind: 'maybe-refresh-token' });
  });

  test('never shows more than the last four characters in a fingerprint', () => {
    const result = normalizeToken(PAT);
    expect(result.ok && result.fingerprint).toBe('pat_…Vc01');
    expect(normalizeToken('pat_short')).toMatchObject({ fingerprint: 'pat_…' });
  });

  test('never throws, whatever the input', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.string(), fc.string({ unit: 'grapheme' }), fc.string({ unit: 'binary' }), fc.string({ unit: 'binary', maxLength: 5000 })),
        fc.constantFrom('access-token', 'refresh-token', 'secret'),
        (raw, slot) => {
          const result = normalizeToken(raw, slot as 'access-token');
          if (result.ok) expect(result.token).toMatch(/^[\x21-\x7e]+$/);
          else expect(typeof result.problem.code).toBe('string');
        },
      ),
      { numRuns: 500 },
    );
  }, 30_000);

  test('returns the same token for any wrapping of a valid one', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('', ' ', '\n', '\u3000'),
        fc.constantFrom('', 'Bearer ', 'bearer  '),
        fc.constantFrom(['', ''], ['"', '"'], ["'", "'"]),
        (ws, bearer, [open, close]) => {
          const result = normalizeToken(`${ws}${open}${bearer}${PAT}${close}${ws}`);
          expect(result).toMatchObject({ ok: true, token: PAT });
        },
      ),
    );
  });
});

describe('normalizeClientId', () => {
  test('accepts the documented shape', () => {
    expect(normalizeClientId(' "10000000000000000000000000000001.app.coze" ')).toEqual({
      ok: true,
      clientId: '10000000000000000000000000000001.app.coze',
    });
  });

  test.each([
    ['a numeric app id', '1127900106117'],
    ['a PAT', PAT],
    ['text', 'my-app'],
  ])('refuses %s', (_name, raw) => {
    expect(normalizeClientId(raw)).toMatchObject({
      ok: false,
      problem: { code: 'client-id-shape', field: 'client-id' },
    });
  });
});
