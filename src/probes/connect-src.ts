/**
 * Whether a Content-Security-Policy lets the page connect to a URL (its `connect-src`, else
 * `default-src`). The tool pages read their own `<meta>` policy with this before sending, so a
 * custom host the browser would block is explained up front instead of failing as a "network
 * error" three times. Pure: the caller passes the policy text and the page's own origin.
 */

function directive(policy: string, name: string): string[] | null {
  for (const part of policy.split(';')) {
    const [head, ...sources] = part.trim().split(/\s+/);
    if (head?.toLowerCase() === name) return sources;
  }
  return null;
}

function defaultPort(scheme: string): string {
  return scheme === 'https:' ? '443' : scheme === 'http:' ? '80' : '';
}

/** One CSP source expression against a URL (CSP 3 matching, without path rules: the sources here have none). */
function sourceMatches(source: string, url: URL, selfOrigin: string): boolean {
  const s = source.toLowerCase();
  if (s === "'self'") return url.origin === selfOrigin;
  if (s.startsWith("'")) return false; // 'none', nonces and hashes allow no connection
  if (s === '*') return url.protocol === 'http:' || url.protocol === 'https:';
  if (/^[a-z][a-z0-9+.-]*:$/.test(s)) return url.protocol === s || (s === 'http:' && url.protocol === 'https:');
  const m = /^(?:([a-z][a-z0-9+.-]*):\/\/)?(\*\.)?([^:/]+|\[[^\]]+\])(?::(\d+|\*))?(?:\/.*)?$/.exec(s);
  if (!m) return false;
  const [, scheme, wildcard, host, port] = m;
  if (scheme && `${scheme}:` !== url.protocol && !(scheme === 'http' && url.protocol === 'https:')) return false;
  const hostname = url.hostname.toLowerCase();
  if (wildcard ? !hostname.endsWith(`.${host}`) : hostname !== host) return false;
  if (port === '*') return true;
  const actual = url.port || defaultPort(url.protocol);
  return actual === (port ?? defaultPort(scheme ? `${scheme}:` : url.protocol));
}

/**
 * True when `policy` (the text of a CSP, or null for none) allows a fetch to `target`.
 * An unparsable target is "not allowed": the base URL check reports it on its own.
 */
export function connectAllowed(policy: string | null | undefined, target: string, selfOrigin: string): boolean {
  if (!policy) return true;
  let url: URL;
  try {
    url = new URL(target);
  } catch {
    return false;
  }
  const sources = directive(policy, 'connect-src') ?? directive(policy, 'default-src');
  if (sources === null) return true;
  return sources.some((source) => sourceMatches(source, url, selfOrigin));
}
