/**
 * `--host cn|com|auto|<base URL>` onto the probes' host choice. A base URL goes through the
 * probes' own validation (https, or http on loopback only), so the command line accepts exactly
 * what the site's custom-host field accepts.
 *
 * Two environment variables stand in for the Coze hosts themselves: `COZE_AUTH_DOCTOR_CN_BASE_URL`
 * and `COZE_AUTH_DOCTOR_COM_BASE_URL`. The tests point them at the fake API (nothing may reach a
 * real host at test time), and they are the only way to test `auto` and `--app-host` offline. They
 * are validated like a typed base URL, and like the token they can only come from the user's own
 * environment, never from a link.
 */
import { problemCopy, resolveBaseUrl, type HostChoice, type ProbeOptions, type TokenCheckInput } from '~/probes';
import type { Locale } from '~/site/locale';
import { UsageError } from '~/cli/exit-codes';

type Env = Readonly<Record<string, string | undefined>>;

export interface HostPick {
  readonly host: HostChoice;
  readonly baseUrl?: string;
}

const HOST_OVERRIDE_ENV = { cn: 'COZE_AUTH_DOCTOR_CN_BASE_URL', com: 'COZE_AUTH_DOCTOR_COM_BASE_URL' } as const;

/** Reads `--host`; `allowAuto` is false for commands that spend a single-use credential. */
export function parseHost(raw: string | undefined, fallback: 'auto' | null, allowAuto: boolean, locale: Locale): HostPick | null {
  const value = raw ?? fallback;
  if (value === null) return null;
  if (value === 'cn' || value === 'com') return { host: value };
  if (value === 'auto') {
    if (allowAuto) return { host: 'auto' };
    throw new UsageError('badHost');
  }
  if (!/^https?:\/\//i.test(value)) throw new UsageError('badHost');
  const resolved = resolveBaseUrl('custom', value);
  if (!resolved.ok) throw new UsageError('badBaseUrl', { reason: problemCopy(resolved.problem, locale).text });
  return { host: 'custom', baseUrl: value };
}

/** `--app-host`: where the failing app sends its calls. */
export function parseAppHost(raw: string | undefined): 'cn' | 'com' | undefined {
  if (raw === undefined) return undefined;
  if (raw === 'cn' || raw === 'com') return raw;
  throw new UsageError('badAppHost');
}

/**
 * The token-check input field for `--app-host`: with `cn` or `com` the probe asks both Coze hosts
 * (whatever `--host` says, unless it is a base URL) and reads a token valid only on the other one
 * as `wrong-region`.
 */
export function appHostInput(appHost: 'cn' | 'com' | undefined): Pick<TokenCheckInput, 'appHost'> {
  return appHost === undefined ? {} : { appHost };
}

/** Probe options from the environment overrides and `--timeout`. */
export function probeOptions(env: Env, timeoutSeconds: number | undefined, locale: Locale): ProbeOptions {
  const hostBaseUrls: Partial<Record<'cn' | 'com', string>> = {};
  for (const region of ['cn', 'com'] as const) {
    const name = HOST_OVERRIDE_ENV[region];
    const value = env[name];
    if (value === undefined || value === '') continue;
    const resolved = resolveBaseUrl('custom', value);
    if (!resolved.ok) throw new UsageError('badOverride', { env: name, reason: problemCopy(resolved.problem, locale).text });
    hostBaseUrls[region] = value;
  }
  return {
    ...(Object.keys(hostBaseUrls).length > 0 ? { hostBaseUrls } : {}),
    ...(timeoutSeconds === undefined ? {} : { timeoutMs: timeoutSeconds * 1000 }),
    corsEnforced: false,
  };
}

/** The base URL a region resolves to after overrides (what `reach` and the progress line name). */
export function originOf(region: 'cn' | 'com', options: ProbeOptions): string {
  const resolved = resolveBaseUrl(region, undefined, options.hostBaseUrls);
  return resolved.ok ? resolved.origin : region;
}
