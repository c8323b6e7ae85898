import { vi } from 'vitest';

interface Entry {
  state: unknown;
  url: string;
}
type Listener = (event: unknown) => void;

/**
 * Just enough of a browser for the wizard session: `location`, a `history` with a real entry list
 * whose Back fires `popstate` later (as browsers do), and the window and document listeners. Installed
 * with `vi.stubGlobal`, so code under test uses the same globals it uses on a page.
 */
export function installFakeBrowser(url: string) {
  const entries: Entry[] = [{ state: null, url }];
  let index = 0;
  const windowListeners = new Map<string, Set<Listener>>();
  const documentListeners = new Map<string, Set<Listener>>();
  const current = () => new URL(entries[index]!.url);
  const resolve = (next: string) => new URL(next, entries[index]!.url).href;
  const on = (map: Map<string, Set<Listener>>) => (type: string, listener: Listener) => void map.set(type, (map.get(type) ?? new Set()).add(listener));
  const off = (map: Map<string, Set<Listener>>) => (type: string, listener: Listener) => void map.get(type)?.delete(listener);
  const dispatch = (map: Map<string, Set<Listener>>, type: string, event: unknown) => {
    for (const listener of map.get(type) ?? []) listener(event);
  };
  const go = (delta: number) => {
    const next = index + delta;
    if (next < 0 || next >= entries.length) return;
    // Browsers fire popstate after the call returns.
    queueMicrotask(() => {
      index = next;
      dispatch(windowListeners, 'popstate', { state: entries[index]!.state });
    });
  };
  const history = {
    get state() {
      return entries[index]!.state;
    },
    get length() {
      return entries.length;
    },
    pushState: vi.fn((state: unknown, _title: string, next: string) => {
      entries.splice(index + 1, entries.length, { state: structuredClone(state), url: resolve(next) });
      index += 1;
    }),
    replaceState: vi.fn((state: unknown, _title: string, next: string) => {
      entries[index] = { state: structuredClone(state), url: resolve(next) };
    }),
    back: vi.fn(() => go(-1)),
    forward: vi.fn(() => go(1)),
  };
  const location = {
    get href() {
      return current().href;
    },
    get origin() {
      return current().origin;
    },
    get pathname() {
      return current().pathname;
    },
    get search() {
      return current().search;
    },
    get hash() {
      return current().hash;
    },
  };
  vi.stubGlobal('history', history);
  vi.stubGlobal('location', location);
  vi.stubGlobal('addEventListener', on(windowListeners));
  vi.stubGlobal('removeEventListener', off(windowListeners));
  vi.stubGlobal('document', { addEventListener: on(documentListeners), removeEventListener: off(documentListeners) });

  return {
    history,
    location,
    /** The URLs of every entry and which one is current. */
    entries: () => ({ urls: entries.map((e) => e.url.replace(/^https?:\/\/[^/]+/, '')), index }),
    /** A plain left click on a diagram box of `wizard`. */
    clickDiagramBox(wizard: string, step: string) {
      const figure = { getAttribute: (name: string) => (name === 'data-diagram' ? wizard : null) };
      const box = { closest: () => figure, getAttribute: (name: string) => (name === 'data-diagram-step' ? step : null) };
      const event = {
        defaultPrevented: false,
        button: 0,
        target: { closest: () => box },
        preventDefault() {
          event.defaultPrevented = true;
        },
      };
      dispatch(documentListeners, 'click', event);
      return event.defaultPrevented;
    },
    /** Lets a pending popstate (after Back or Forward) fire. */
    settle: () => new Promise<void>((done) => queueMicrotask(done)),
  };
}
