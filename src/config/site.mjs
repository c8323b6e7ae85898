// @ts-check
/**
 * The address the site is served at, for canonical links and the sitemap. A deploy sets
 * `SITE_URL`; without it the site names the address `npm start` serves, so a local build never
 * points readers at a host nobody serves.
 */

/** Name of the build-time variable that sets the site's public address. */
const SITE_URL_ENV = 'SITE_URL';

/** What `npm start` serves (`astro preview --host 127.0.0.1 --port 4321`). */
export const DEFAULT_SITE_URL = 'http://127.0.0.1:4321';

/**
 * `SITE_URL` checked: an http(s) URL without credentials, query or fragment (a path is kept for a
 * site served under a sub-path). A typo fails the build instead of shipping wrong canonical links.
 * @param {Record<string, string | undefined>} [env]
 * @returns {string}
 */
export function siteUrl(env = process.env) {
  const raw = env[SITE_URL_ENV]?.trim();
  if (!raw) return DEFAULT_SITE_URL;
  /** @param {string} why @returns {never} */
  const reject = (why) => {
    throw new Error(`${SITE_URL_ENV}: "${raw}" ${why}; expected an address such as https://auth-doctor.example.com`);
  };
  let url;
  try {
    url = new URL(raw);
  } catch {
    return reject('is not a valid URL');
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') reject('is not an http(s) URL');
  if (url.username || url.password) reject('must not carry credentials');
  if (url.search || url.hash || /[?#]/.test(raw)) reject('must not have a query or fragment');
  return `${url.origin}${url.pathname.replace(/\/+$/, '')}`;
}
