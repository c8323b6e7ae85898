/**
 * What survives the trip to the authorize page: the PKCE verifier, the state, the client id and the
 * region (for `custom`, the base URL the visitor typed, since that is what the region is). Only in
 * this tab's sessionStorage, only between "build the authorize URL" and the exchange's answer, and
 * never a token. Read strictly: anything that is not exactly this shape counts as nothing stored.
 */
import { isValidVerifier, normalizeClientId, resolveBaseUrl } from '~/probes';

export interface PkceSession {
  readonly verifier: string;
  readonly state: string;
  readonly clientId: string;
  readonly host: 'cn' | 'com' | 'custom';
  readonly baseUrl?: string;
}

export interface SessionStore {
  load(): PkceSession | null;
  save(session: PkceSession): void;
  clear(): void;
}

const SESSION_KEY = 'coze-auth-doctor:oauth-playground';

export function parseSession(text: string | null): PkceSession | null {
  if (!text) return null;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return null;
  }
  if (typeof value !== 'object' || value === null) return null;
  const v = value as Record<string, unknown>;
  const host = v['host'];
  if (host !== 'cn' && host !== 'com' && host !== 'custom') return null;
  if (typeof v['verifier'] !== 'string' || !isValidVerifier(v['verifier'])) return null;
  if (typeof v['state'] !== 'string' || !/^[A-Za-z0-9_-]{16,64}$/.test(v['state'])) return null;
  if (typeof v['clientId'] !== 'string' || !normalizeClientId(v['clientId']).ok) return null;
  const baseUrl = typeof v['baseUrl'] === 'string' ? v['baseUrl'] : undefined;
  if (host === 'custom' && !resolveBaseUrl('custom', baseUrl).ok) return null;
  return { verifier: v['verifier'], state: v['state'], clientId: v['clientId'], host, ...(host === 'custom' && baseUrl !== undefined ? { baseUrl } : {}) };
}

/** This tab's sessionStorage; every failure (private mode, quota) reads as "nothing stored". */
export function browserSessionStore(): SessionStore {
  const storage = (): Storage | null => {
    try {
      return globalThis.sessionStorage ?? null;
    } catch {
      return null;
    }
  };
  return {
    load: () => {
      try {
        return parseSession(storage()?.getItem(SESSION_KEY) ?? null);
      } catch {
        return null;
      }
    },
    save: (session) => {
      try {
        storage()?.setItem(SESSION_KEY, JSON.stringify(session));
      } catch {
        // Without storage the round trip cannot work; the return then reads as "session lost".
      }
    },
    clear: () => {
      try {
        storage()?.removeItem(SESSION_KEY);
      } catch {
        // Nothing stored, nothing to remove.
      }
    },
  };
}

/** For tests: the same contract in memory, with the raw text visible. */
export function memorySessionStore(): SessionStore & { text: string | null } {
  const store = {
    text: null as string | null,
    load: () => parseSession(store.text),
    save: (session: PkceSession) => void (store.text = JSON.stringify(session)),
    clear: () => void (store.text = null),
  };
  return store;
}
