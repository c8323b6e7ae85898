// @ts-check
/**
 * The `_headers` file (Netlify and Cloudflare Pages format) that sends the site's CSP and security
 * headers as real HTTP headers. The CSP is not written a second time: it is read back from the
 * `<meta http-equiv>` Astro put in each built page from `cspConfig` (src/config/csp.mjs), so the
 * header can never drift from the meta.
 *
 * One `/*` rule carries the union of every page's policy (pages differ only by a few hashes):
 * Cloudflare Pages allows at most 100 rules, and each page's own `<meta>` still applies its
 * narrower policy on top, because a browser enforces every policy it is given.
 */
import { HEADER_ONLY_DIRECTIVES, SECURITY_HEADERS } from './csp.mjs';

/** Cloudflare Pages drops a header line longer than this. */
export const MAX_HEADER_LENGTH = 2000;

/**
 * The CSP `content` of a built page's `<meta http-equiv="content-security-policy">`, or null.
 * @param {string} html
 * @returns {string | null}
 */
export function metaPolicyOf(html) {
  for (const [tag] of html.matchAll(/<meta\b[^>]*>/gi)) {
    if (!/http-equiv\s*=\s*["']?content-security-policy["']?/i.test(tag)) continue;
    const content = /\bcontent\s*=\s*"([^"]*)"/i.exec(tag) ?? /\bcontent\s*=\s*'([^']*)'/i.exec(tag);
    if (content)
      return (content[1] ?? '')
        .replace(/&#39;|&apos;/g, "'")
        .replace(/&quot;/g, '"')
        .replace(/&amp;/g, '&');
  }
  return null;
}

/**
 * A policy as ordered `directive → sources`.
 * @param {string} policy
 * @returns {Map<string, string[]>}
 */
export function parsePolicy(policy) {
  /** @type {Map<string, string[]>} */
  const directives = new Map();
  for (const part of policy.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/).filter(Boolean);
    if (!name) continue;
    const key = name.toLowerCase();
    const known = directives.get(key) ?? [];
    for (const source of sources) if (!known.includes(source)) known.push(source);
    directives.set(key, known);
  }
  return directives;
}

/**
 * Every page's policy merged (sources in first-seen order), then the directives only a header can
 * carry.
 * @param {readonly string[]} policies
 * @returns {string}
 */
export function unionPolicy(policies) {
  if (policies.length === 0) throw new Error('_headers: no page carries a CSP <meta>');
  const merged = parsePolicy(policies.join(';'));
  for (const [name, sources] of parsePolicy(HEADER_ONLY_DIRECTIVES.join(';'))) merged.set(name, sources);
  return [...merged].map(([name, sources]) => [name, ...sources].join(' ')).join('; ');
}

/**
 * The `_headers` text for the given page policies.
 * @param {readonly string[]} policies
 * @returns {string}
 */
export function headersFile(policies) {
  const headers = { 'Content-Security-Policy': unionPolicy(policies), ...SECURITY_HEADERS };
  const lines = Object.entries(headers).map(([name, value]) => `  ${name}: ${value}`);
  return ["# Generated at build from src/config/csp.mjs (via each page's CSP <meta>); do not edit.", '/*', ...lines, ''].join('\n');
}
