import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, test } from 'vitest';
import { cspDirectives, parseExtraConnectSrc } from '~/config/csp.mjs';
import { validateCustomBaseUrl } from '~/probes/base-url';
import { connectAllowed } from '~/probes/connect-src';
import { COZE_API_ORIGINS, LOOPBACK_HOSTNAMES } from '~/site/origins.mjs';
import { DECISIVE_VERDICTS, NO_ANSWER, NO_USABLE_ANSWER, SAYS_NOTHING_ABOUT_TOKEN, TRY_AGAIN, VERDICTS } from '~/site/verdicts';

const root = join(__dirname, '../../..');
const src = join(root, 'src');

const codeFiles = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? codeFiles(join(dir, e.name)) : /\.(ts|tsx|mjs|astro)$/.test(e.name) ? [join(dir, e.name)] : [],
  );

/** Source files outside the vocabulary module, with their path from the repository root. */
const outsideVocabulary = codeFiles(src)
  .map((file) => [relative(root, file), readFileSync(file, 'utf8')] as const)
  .filter(([path]) => !path.startsWith('src/site/'));

/** A comment line: prose may name a host or a prefix to explain it. */
const isComment = (line: string) => /^\s*(?:\/\/|\/?\*)/.test(line);

/** `path:line: text` for every code line outside src/site/ that matches. */
function linesMatching(pattern: RegExp, skip: (path: string) => boolean = () => false): string[] {
  return outsideVocabulary.flatMap(([path, text]) =>
    skip(path) ? [] : text.split('\n').flatMap((line, i) => (!isComment(line) && pattern.test(line) ? [`${path}:${i + 1}: ${line.trim()}`] : [])),
  );
}

const VERDICT_WORD = `(?:${VERDICTS.join('|')})`;

describe('the vocabulary is written once, in src/site/', () => {
  test('no code outside src/site/ spells a Coze API or web origin or host as a value', () => {
    expect(linesMatching(/(['"])(?:https:\/\/)?(?:api|www)\.coze\.(?:cn|com)\/?\1/)).toEqual([]);
  });

  test('no code outside src/site/ writes a locale prefix', () => {
    expect(linesMatching(/(['"`])(?:\/en\/?|en\/)\1|\\\/en\\\//)).toEqual([]);
  });

  test('no code outside src/site/ lists the locales', () => {
    expect(linesMatching(/\[\s*'zh-CN'\s*,\s*'en'\s*\]|\[\s*'en'\s*,\s*'zh-CN'\s*\]/)).toEqual([]);
  });

  test('no code outside src/site/ names a loopback host as a value', () => {
    expect(linesMatching(/(['"])(?:127\.0\.0\.1|localhost|\[::1\])\1/)).toEqual([]);
  });

  test('no code outside src/site/ writes its own group of verdicts', () => {
    expect(linesMatching(new RegExp(`\\[\\s*'${VERDICT_WORD}'\\s*,\\s*'${VERDICT_WORD}'`))).toEqual([]);
  });

  test('placeholders are filled and secrets scrubbed by one function each', () => {
    expect(linesMatching(/function fill\(/)).toEqual([]);
    expect(linesMatching(/\.split\(secret\)\.join\(/, (path) => path === 'src/probes/scrub.ts')).toEqual([]);
  });
});

describe('the CSP and the custom base-URL check agree', () => {
  const SELF = 'https://doctor.example';
  const policy = (env: Record<string, string> = {}) => cspDirectives(env).join('; ');
  const hosts = [...LOOPBACK_HOSTNAMES, '[::1]', '10.0.0.5', 'api.coze.cn', 'localhost.evil.example', '127.0.0.1.nip.io'];

  test.each(hosts)('plain http to %s is allowed by both or by neither', (host) => {
    const url = `http://${host}:8888/`;
    expect(validateCustomBaseUrl(url).ok).toBe(connectAllowed(policy(), url, SELF));
  });

  test.each(Object.values(COZE_API_ORIGINS))('both allow the official API origin %s', (origin) => {
    expect(validateCustomBaseUrl(origin).ok).toBe(true);
    expect(connectAllowed(policy(), `${origin}/v1/users/me`, SELF)).toBe(true);
  });

  test.each(hosts)('COZE_EXTRA_CONNECT_SRC takes plain http to %s exactly when the base-URL field does', (host) => {
    const origin = `http://${host}:8888`;
    let parsed: boolean;
    try {
      parsed = parseExtraConnectSrc(origin).length === 1;
    } catch {
      parsed = false;
    }
    expect(parsed).toBe(validateCustomBaseUrl(origin).ok);
  });

  test('an origin added with COZE_EXTRA_CONNECT_SRC is one the base-URL field accepts and the CSP then allows', () => {
    const extra = 'https://coze.corp.example, https://10.0.0.5:8443';
    for (const origin of parseExtraConnectSrc(extra)) {
      expect(validateCustomBaseUrl(origin).ok).toBe(true);
      expect(connectAllowed(policy({ COZE_EXTRA_CONNECT_SRC: extra }), `${origin}/v1/users/me`, SELF)).toBe(true);
    }
  });
});

describe('verdict groups', () => {
  const members = (group: ReadonlySet<string>) => [...group].sort();

  test('every member of every group is a contract verdict, and none is "valid"', () => {
    for (const group of [NO_ANSWER, NO_USABLE_ANSWER, SAYS_NOTHING_ABOUT_TOKEN, TRY_AGAIN]) {
      for (const verdict of group) expect(VERDICTS).toContain(verdict);
      expect(group.has('valid')).toBe(false);
    }
  });

  test('no answer is a kind of no usable answer, which says nothing about the token', () => {
    for (const verdict of NO_ANSWER) expect(NO_USABLE_ANSWER.has(verdict)).toBe(true);
    for (const verdict of NO_USABLE_ANSWER) expect(SAYS_NOTHING_ABOUT_TOKEN.has(verdict)).toBe(true);
    for (const verdict of NO_USABLE_ANSWER) expect(TRY_AGAIN.has(verdict)).toBe(true);
  });

  test('a verdict a visitor can give by hand means an answer came back', () => {
    for (const verdict of DECISIVE_VERDICTS) expect(SAYS_NOTHING_ABOUT_TOKEN.has(verdict)).toBe(false);
    expect(members(NO_ANSWER)).toEqual(['cors-blocked', 'network-error', 'timeout']);
  });
});
