/**
 * The share link: the flow, the region, the step and (only when the visitor ticks the box) the
 * client id, in the fragment so it never reaches a server log. Never a code, verifier or token, and
 * never a base URL: a link must not be able to point the page at another host.
 */
import { normalizeClientId } from '~/probes';
import type { Flow } from '~/playground/diagnose';

export interface Shared {
  readonly flow: Flow;
  readonly host: 'cn' | 'com' | 'custom';
  readonly clientId: string | null;
  /** `authorize` reopens at the authorize link (PKCE with a client id on cn / com); else the form. */
  readonly step: 'setup' | 'authorize';
}

const FLOWS: readonly Flow[] = ['pkce', 'device', 'web'];
const HOSTS = ['cn', 'com', 'custom'] as const;
const KEYS = new Set(['flow', 'host', 'client_id', 'step']);

export function encodeShare(shared: Shared, includeClientId: boolean): string {
  const params = new URLSearchParams({ flow: shared.flow, host: shared.host });
  if (includeClientId && shared.clientId) params.set('client_id', shared.clientId);
  params.set('step', shared.step);
  return `#${params.toString()}`;
}

/** null: no share link in `hash`; `invalid`: a link we cannot read (the page says so and opens the form). */
export function decodeShare(hash: string): Shared | 'invalid' | null {
  const text = hash.replace(/^#/, '');
  if (text === '') return null;
  const params = new URLSearchParams(text);
  if (![...params.keys()].every((k) => KEYS.has(k))) return 'invalid';
  const flow = FLOWS.find((f) => f === params.get('flow'));
  const host = HOSTS.find((h) => h === (params.get('host') ?? 'cn'));
  const step = params.get('step') ?? 'setup';
  if (!flow || !host || (step !== 'setup' && step !== 'authorize')) return 'invalid';
  const raw = params.get('client_id');
  const id = raw === null ? null : normalizeClientId(raw);
  if (id && !id.ok) return 'invalid';
  return { flow, host, clientId: id?.ok ? id.clientId : null, step };
}
