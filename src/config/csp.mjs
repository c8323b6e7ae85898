// @ts-check
/**
 * The site's Content-Security-Policy, fed to Astro's built-in `security.csp` (a `<meta>` per page
 * with hashes of every script and `<style>` Astro itself emits).
 *
 * Why each part is there:
 * - `connect-src`: the live checks may only talk to the two official Coze API hosts and to
 *   loopback (a self-hosted Coze Studio on this machine, and the tests' fake server): the same list
 *   the custom base-URL field checks against (src/site/origins.mjs). Any other custom host is
 *   blocked by the browser, so a crafted page state can never ship a token elsewhere. Whoever
 *   builds the site for their own Coze Studio adds its origin with `COZE_EXTRA_CONNECT_SRC`.
 * - `script-src`: Astro hashes its own bundled/inlined scripts, but not `<script is:inline>`. Starlight
 *   inlines a few (theme, search shortcut, sidebar state, synced tabs) to avoid a flash on load, so
 *   their hashes are read from the installed Starlight at build time. `'wasm-unsafe-eval'` lets
 *   Pagefind compile its WebAssembly search code when it falls back from its web worker to the main
 *   thread (and inside the worker, should this policy ever be sent as a header); it does not allow
 *   `eval()` of JavaScript.
 * - `style-src-attr 'unsafe-inline'`: Starlight and Expressive Code set CSS custom properties in
 *   `style="…"` attributes (`--sl-icon-size`, `--depth`, code token colours), too many and too
 *   varied to hash. Attribute styles cannot run script, and `img-src` keeps `url()` on this origin,
 *   so `<style>` elements stay hash-only while attributes are allowed.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { COZE_API_ORIGINS, isSecureEnough, LOOPBACK_SOURCES } from '../site/origins.mjs';

/** Name of the build-time variable that adds origins to `connect-src`. */
const EXTRA_CONNECT_SRC_ENV = 'COZE_EXTRA_CONNECT_SRC';

/**
 * Parses `COZE_EXTRA_CONNECT_SRC` (origins separated by commas or spaces) into CSP sources.
 * Only bare `http(s)://host[:port]` origins pass: a path, query, credentials, wildcard, quote or
 * `;` would either not mean what the builder thinks or inject another directive, so it throws.
 * Plain http passes only on loopback, as in the custom base-URL field: an origin that field
 * refuses would be allowed for nothing.
 *
 * @example
 * parseExtraConnectSrc('https://coze.corp.example, https://10.0.0.5:8443')
 * // → ['https://coze.corp.example', 'https://10.0.0.5:8443']
 * @param {string | undefined} value
 * @returns {string[]}
 */
export function parseExtraConnectSrc(value) {
  if (!value || !value.trim()) return [];
  /** @type {string[]} */
  const origins = [];
  for (const entry of value.split(/[\s,]+/).filter(Boolean)) {
    /** @param {string} why @returns {never} */
    const reject = (why) => {
      throw new Error(`${EXTRA_CONNECT_SRC_ENV}: "${entry}" ${why}; expected an origin such as https://coze.example.com or https://10.0.0.5:8443`);
    };
    if (!/^https?:\/\/[^\s;,'"*]+$/i.test(entry)) reject('is not an http(s) origin');
    let url;
    try {
      url = new URL(entry);
    } catch {
      return reject('is not a valid URL');
    }
    if (url.username || url.password) reject('must not carry credentials');
    if (url.pathname !== '/' || url.search || url.hash || /^https?:\/\/[^/]+\/./i.test(entry)) {
      reject('must not have a path, query or fragment');
    }
    if (!isSecureEnough(url)) reject('is plain http on a host other than loopback (the base-URL field would refuse it)');
    if (!origins.includes(url.origin)) origins.push(url.origin);
  }
  return origins;
}

/**
 * SHA-256 sources for every `<script is:inline>` shipped in Starlight's components. Astro emits
 * those bodies verbatim, so hashing the source equals hashing what the browser sees; a Starlight
 * upgrade that changes them is picked up on the next build.
 * @returns {`sha256-${string}`[]}
 */
export function starlightInlineScriptHashes() {
  const distDir = dirname(fileURLToPath(import.meta.resolve('@astrojs/starlight')));
  /** @type {`sha256-${string}`[]} */
  const hashes = [];
  for (const file of astroFiles(distDir)) {
    const source = readFileSync(file, 'utf8');
    for (const match of source.matchAll(/<script\b[^>]*\bis:inline\b[^>]*>([\s\S]*?)<\/script>/g)) {
      const hash = /** @type {const} */ (
        `sha256-${createHash('sha256')
          .update(match[1] ?? '')
          .digest('base64')}`
      );
      if (!hashes.includes(hash)) hashes.push(hash);
    }
  }
  return hashes;
}

/** @param {string} dir @returns {string[]} */
function astroFiles(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return astroFiles(path);
    return entry.name.endsWith('.astro') ? [path] : [];
  });
}

/**
 * The directives beyond `script-src`/`style-src` (those two are built by Astro from `cspConfig`).
 * @param {Record<string, string | undefined>} [env]
 * @returns {`${string}`[]}
 */
export function cspDirectives(env = process.env) {
  const connect = ["'self'", ...Object.values(COZE_API_ORIGINS), ...LOOPBACK_SOURCES, ...parseExtraConnectSrc(env[EXTRA_CONNECT_SRC_ENV])];
  return ["default-src 'self'", `connect-src ${connect.join(' ')}`, "img-src 'self' data:", "object-src 'none'", "base-uri 'self'", "form-action 'self'"];
}

/**
 * Directives a `<meta>` policy cannot carry (browsers ignore them there), sent only in the
 * `_headers` file: no site may frame these pages, so a token field cannot be overlaid by a click-jacker.
 */
export const HEADER_ONLY_DIRECTIVES = ["frame-ancestors 'none'"];

/**
 * The other security headers in `_headers` (src/config/headers-file.mjs). Why each:
 * - `nosniff`: a served file is only ever what its type says;
 * - `no-referrer`: a wizard link's answers (`?a=`) stay on this site;
 * - `DENY`: `frame-ancestors` for browsers that predate it;
 * - `Permissions-Policy`: the site needs no camera, microphone, location or payment;
 * - `same-origin` opener: a page opened from here cannot reach back into a tab holding a token;
 * - HSTS: once seen over https, never over plain http (ignored on http, so local previews work).
 */
export const SECURITY_HEADERS = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'X-Frame-Options': 'DENY',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=()',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Strict-Transport-Security': 'max-age=31536000',
};

/**
 * The value for `security.csp` in astro.config.mjs.
 * @param {Record<string, string | undefined>} [env]
 */
export function cspConfig(env = process.env) {
  return {
    algorithm: /** @type {const} */ ('SHA-256'),
    directives: /** @type {any[]} */ (cspDirectives(env)),
    scriptDirective: {
      resources: ["'self'", "'wasm-unsafe-eval'"],
      hashes: starlightInlineScriptHashes(),
    },
    styleDirective: {
      // Scoped kinds only: a plain 'self' next to an attribute source makes Astro warn that it
      // does not reach `style-src-attr`, which is exactly what we want.
      resources: [
        { resource: "'self'", kind: /** @type {const} */ ('element') },
        { resource: "'unsafe-inline'", kind: /** @type {const} */ ('attribute') },
      ],
    },
  };
}
