import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { cspConfig, cspDirectives, parseExtraConnectSrc, starlightInlineScriptHashes } from '~/config/csp.mjs';

const connectSrc = (env: Record<string, string | undefined> = {}) =>
  cspDirectives(env)
    .find((d) => d.startsWith('connect-src '))!
    .split(' ')
    .slice(1);

describe('parseExtraConnectSrc', () => {
  test('returns nothing when the variable is unset or blank', () => {
    expect(parseExtraConnectSrc(undefined)).toEqual([]);
    expect(parseExtraConnectSrc('  ')).toEqual([]);
  });

  test('accepts https origins and loopback http separated by commas or spaces, without duplicates', () => {
    expect(parseExtraConnectSrc('https://coze.corp.example, https://10.0.0.5:8443 http://127.0.0.1:9000 https://coze.corp.example/')).toEqual([
      'https://coze.corp.example',
      'https://10.0.0.5:8443',
      'http://127.0.0.1:9000',
    ]);
  });

  test.each([
    ['a bare host', 'coze.corp.example'],
    ['a path', 'https://coze.corp.example/api'],
    ['a query', 'https://coze.corp.example?x=1'],
    ['credentials', 'https://user:pw@coze.corp.example'],
    ['a wildcard', 'https://*.example.com'],
    ['a quoted keyword', "'unsafe-inline'"],
    ['a directive injection', "https://a.example;script-src 'unsafe-inline'"],
    ['another scheme', 'ws://coze.corp.example'],
    ['javascript:', 'javascript:alert(1)'],
    ['plain http off loopback', 'http://10.0.0.5:8888'],
  ])('rejects %s', (_, value) => {
    expect(() => parseExtraConnectSrc(value)).toThrow(/COZE_EXTRA_CONNECT_SRC/);
  });
});

describe('cspDirectives', () => {
  test('lets the live checks reach only this origin, the two Coze API hosts and loopback', () => {
    expect(connectSrc()).toEqual(["'self'", 'https://api.coze.cn', 'https://api.coze.com', 'http://127.0.0.1:*', 'http://localhost:*']);
  });

  test('appends the origins from COZE_EXTRA_CONNECT_SRC to connect-src', () => {
    expect(connectSrc({ COZE_EXTRA_CONNECT_SRC: 'https://coze.corp.example' })).toContain('https://coze.corp.example');
  });

  test('locks down objects, base URLs, form targets and images', () => {
    const directives = cspDirectives({});
    expect(directives).toContain("default-src 'self'");
    expect(directives).toContain("object-src 'none'");
    expect(directives).toContain("base-uri 'self'");
    expect(directives).toContain("form-action 'self'");
    expect(directives).toContain("img-src 'self' data:");
  });
});

describe('cspConfig', () => {
  test('never allows inline or evaluated JavaScript', () => {
    const { scriptDirective } = cspConfig({});
    expect(scriptDirective.resources).not.toContain("'unsafe-inline'");
    expect(scriptDirective.resources).not.toContain("'unsafe-eval'");
  });

  test('allows inline styles in attributes only, never in style elements', () => {
    const { styleDirective } = cspConfig({});
    expect(styleDirective.resources).toEqual([
      { resource: "'self'", kind: 'element' },
      { resource: "'unsafe-inline'", kind: 'attribute' },
    ]);
  });
});

describe('starlightInlineScriptHashes', () => {
  test('covers the theme script Starlight inlines in every page head', () => {
    const file = fileURLToPath(import.meta.resolve('@astrojs/starlight/components/ThemeProvider.astro'));
    const body = /<script is:inline>([\s\S]*?)<\/script>/.exec(readFileSync(file, 'utf8'))?.[1] ?? '';
    const hash = `sha256-${createHash('sha256').update(body).digest('base64')}`;
    expect(body).toContain('StarlightThemeProvider');
    expect(starlightInlineScriptHashes()).toContain(hash);
  });
});
