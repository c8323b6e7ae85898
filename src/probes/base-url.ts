/**
 * Where requests go. `cn` and `com` are fixed; `custom` is a base URL the visitor typed (self-hosted
 * Coze Studio, or the fake server in tests). The rules keep a typed URL from becoming a way to leak a
 * token: https only (plain http only on the loopback interface), no user:password, no query or hash.
 */
import type { HostChoice, InputProblem, Region } from '~/probes/types';
import { COZE_API_HOSTS, COZE_API_ORIGINS, isSecureEnough } from '~/site/origins.mjs';

export type ResolvedBaseUrl =
  | {
      readonly ok: true;
      readonly region: Region;
      /** Always ends with `/`, so relative paths like `v1/users/me` keep a custom path prefix. */
      readonly baseUrl: string;
      /** `https://api.coze.cn`: what the UI shows as "where your token goes". */
      readonly origin: string;
    }
  | { readonly ok: false; readonly problem: InputProblem };

/** Validates a typed base URL (see the module comment for the rules). */
export function validateCustomBaseUrl(raw: string | undefined): ResolvedBaseUrl {
  const fail = (code: InputProblem['code']): ResolvedBaseUrl => ({ ok: false, problem: { field: 'base-url', code } });
  const text = (raw ?? '').trim();
  if (text === '' || text.length > 2048) return fail('base-url-invalid');
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return fail('base-url-invalid');
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return fail('base-url-invalid');
  if (!isSecureEnough(url)) return fail('base-url-insecure');
  if (url.username !== '' || url.password !== '') return fail('base-url-credentials');
  // Checked on the raw text too: `new URL('https://x/?')` drops an empty query silently.
  if (url.search !== '' || url.hash !== '' || /[?#]/.test(text)) return fail('base-url-query');
  const path = url.pathname.endsWith('/') ? url.pathname : `${url.pathname}/`;
  return { ok: true, region: 'custom', baseUrl: `${url.origin}${path}`, origin: url.origin };
}

/**
 * The base URL for one concrete host. `overrides` come from {@link ProbeOptions.hostBaseUrls}
 * (tests only) and go through the same validation as a typed URL.
 */
export function resolveBaseUrl(host: Exclude<HostChoice, 'auto'>, baseUrl?: string, overrides?: Partial<Record<'cn' | 'com', string>>): ResolvedBaseUrl {
  if (host === 'custom') return validateCustomBaseUrl(baseUrl);
  const override = overrides?.[host];
  if (override !== undefined) {
    const checked = validateCustomBaseUrl(override);
    return checked.ok ? { ...checked, region: host } : checked;
  }
  const origin = COZE_API_ORIGINS[host];
  return { ok: true, region: host, baseUrl: `${origin}/`, origin };
}

/** The API host a JWT's `aud` must name: host only, no scheme (`api.coze.cn`). */
export function audienceFor(resolved: Extract<ResolvedBaseUrl, { ok: true }>): string {
  return resolved.region === 'custom' ? new URL(resolved.origin).host : COZE_API_HOSTS[resolved.region];
}
