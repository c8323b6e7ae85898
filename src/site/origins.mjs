// @ts-check
/**
 * Where a token may go: the two official Coze API origins, and loopback (a Coze Studio on this
 * computer, the tests' fake server). One list feeds both walls that guard it: the CSP's
 * `connect-src` (src/config/csp.mjs) and the custom base-URL check (src/probes/base-url.ts), so the
 * browser and the form can never disagree about a host.
 *
 * Plain JavaScript so that csp.mjs, which astro.config.mjs loads, imports it by relative path.
 */

/** The API origin of each Coze region: what the live checks call. */
export const COZE_API_ORIGINS = /** @type {const} */ ({ cn: 'https://api.coze.cn', com: 'https://api.coze.com' });

/** The web origin of each region: the OAuth authorize page lives there (`www` for `api`). */
export const COZE_WEB_ORIGINS = /** @type {const} */ ({ cn: 'https://www.coze.cn', com: 'https://www.coze.com' });

/** The API host of each region, without scheme: what a JWT's `aud` names. */
export const COZE_API_HOSTS = {
  cn: new URL(COZE_API_ORIGINS.cn).host,
  com: new URL(COZE_API_ORIGINS.com).host,
};

/**
 * Loopback host names, as `URL.hostname` spells them. `[::1]` is not among them: a CSP source
 * cannot name an IPv6 literal (CSP 3 host-part is letters, digits, `-` and dots), so the browser
 * would block it whatever the form said.
 */
export const LOOPBACK_HOSTNAMES = /** @type {const} */ (['127.0.0.1', 'localhost']);

/** Loopback as CSP sources: plain http on any port. */
export const LOOPBACK_SOURCES = LOOPBACK_HOSTNAMES.map((host) => `http://${host}:*`);

/**
 * True when a URL may be used over its scheme: https anywhere, plain http only on loopback (a
 * token sent in clear over any other network can be read on the way).
 * @param {URL} url
 */
export function isSecureEnough(url) {
  return url.protocol === 'https:' || (url.protocol === 'http:' && /** @type {readonly string[]} */ (LOOPBACK_HOSTNAMES).includes(url.hostname));
}
