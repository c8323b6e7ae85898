import { describe, expect, test } from 'vitest';
import { cspDirectives, HEADER_ONLY_DIRECTIVES, SECURITY_HEADERS } from '~/config/csp.mjs';
import { headersFile, metaPolicyOf, parsePolicy, unionPolicy } from '~/config/headers-file.mjs';

/** A page policy the way Astro writes it into `<meta>`: our directives, then its hashed script/style ones. */
const pagePolicy = (scriptHashes: string[]) =>
  `${cspDirectives({}).join(';')}; script-src 'self' 'wasm-unsafe-eval' ${scriptHashes.map((h) => `'${h}'`).join(' ')}; style-src 'self' ; style-src-attr 'unsafe-inline';`;

const page = (policy: string) =>
  `<!doctype html><html><head><meta charset="utf-8"><meta http-equiv="content-security-policy" content="${policy}"><title>x</title></head></html>`;

/** The `Content-Security-Policy` line of a `_headers` text, parsed. */
const headerPolicy = (text: string) => {
  const line = text.split('\n').find((l) => l.trimStart().startsWith('Content-Security-Policy:'));
  expect(line, 'the _headers file has a CSP line').toBeDefined();
  return parsePolicy(line!.split(': ').slice(1).join(': '));
};

describe('metaPolicyOf', () => {
  test('reads the policy Astro puts in a built page', () => {
    const policy = pagePolicy(['sha256-AAA=']);
    expect(metaPolicyOf(page(policy))).toBe(policy);
  });

  test('finds nothing in a page without a CSP meta', () => {
    expect(metaPolicyOf('<html><head><meta charset="utf-8"></head></html>')).toBeNull();
  });
});

describe('the _headers file', () => {
  const policies = [pagePolicy(['sha256-AAA=', 'sha256-BBB=']), pagePolicy(['sha256-AAA=', 'sha256-CCC='])];
  const text = headersFile(policies);

  test('applies to every path, in the format Netlify and Cloudflare Pages read', () => {
    const lines = text.split('\n').filter((l) => l && !l.startsWith('#'));
    expect(lines[0]).toBe('/*');
    for (const line of lines.slice(1)) expect(line).toMatch(/^ {2}[A-Za-z-]+: \S/);
  });

  test('carries every directive and source of every page policy, so no page breaks under it', () => {
    const header = headerPolicy(text);
    for (const policy of policies) {
      for (const [name, sources] of parsePolicy(policy)) {
        expect(header.get(name), name).toEqual(expect.arrayContaining(sources));
      }
    }
  });

  test('adds no source that no page policy has, only the header-only directives', () => {
    const header = headerPolicy(text);
    const pages = parsePolicy(policies.join(';'));
    const headerOnly = parsePolicy(HEADER_ONLY_DIRECTIVES.join(';'));
    for (const [name, sources] of header) {
      expect(sources, name).toEqual(headerOnly.get(name) ?? pages.get(name));
    }
    expect(header.get('frame-ancestors')).toEqual(["'none'"]);
  });

  test('keeps connect-src to this origin, the Coze API hosts and loopback', () => {
    const connect = cspDirectives({})
      .find((d) => d.startsWith('connect-src '))!
      .split(' ')
      .slice(1);
    expect(headerPolicy(text).get('connect-src')).toEqual(connect);
  });

  test('sends every security header once', () => {
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) {
      expect(text.split('\n').filter((l) => l.trim().startsWith(`${name}:`))).toEqual([`  ${name}: ${value}`]);
    }
  });

  test('refuses to write a policy when no page carries one', () => {
    expect(() => unionPolicy([])).toThrow(/no page/);
  });
});
