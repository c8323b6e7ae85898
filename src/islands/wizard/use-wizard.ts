import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { isWizardHistoryState } from '~/islands/wizard/history';
import type { LiveWizard } from '~/islands/wizard/live-wizard';
import { firstView, type WizardView } from '~/islands/wizard/wizard-view';
import type { StepReveal, WizardEvent, WizardTree } from '~/wizards/engine/types';

/** Signs that a visitor is about to use the wizard: the machine starts loading on the first one. */
const INTENT = ['pointerover', 'pointerdown', 'touchstart', 'focusin', 'keydown'] as const;

/**
 * The island's one bridge to its wizard: one session (one actor for the page's life), one
 * subscription to it. XState and the machine (about 15 KB gz) load when the page opens on a linked
 * step or history entry, or at the first sign the visitor reaches for the wizard (pointer, touch or
 * focus on it); a reader who only reads the first question, or the outline, never downloads them.
 * Until then the view is the first step as the server rendered it, and events sent in the meantime
 * (a click that beat the download) are kept and sent in order once the actor runs.
 */
export function useWizard(tree: WizardTree, root: { readonly current: HTMLElement | null }) {
  const [view, setView] = useState<WizardView>(() => firstView(tree));
  const [hydrated, setHydrated] = useState(false);
  const live = useRef<LiveWizard | null>(null);
  const waiting = useRef<WizardEvent[]>([]);
  const loading = useRef<Promise<void> | null>(null);
  const teardown = useRef<(() => void) | null>(null);
  const mounted = useRef(true);

  const load = useCallback(() => {
    loading.current ??= import('~/islands/wizard/live-wizard')
      .then(({ startLiveWizard, viewOf }) => {
        if (!mounted.current) return;
        const session = startLiveWizard(tree);
        live.current = session;
        const subscription = session.actor.subscribe((snapshot) => setView(viewOf(snapshot)));
        const disconnect = session.connect();
        teardown.current = () => {
          subscription.unsubscribe();
          disconnect();
        };
        for (const event of waiting.current.splice(0)) session.actor.send(event);
        setView(viewOf(session.actor.getSnapshot()));
      })
      .catch(() => {
        // Offline or a stale deploy: the first step stays usable, and the next answer tries again.
        loading.current = null;
      });
    return loading.current;
  }, [tree]);

  useEffect(() => {
    // A link to a step, or a history entry of this wizard (Back, Forward, reload): open it at once.
    // `data-hydrated` means the island shows what the page was opened on and takes input, so on a
    // link it waits for the machine; on a plain visit the first step is already right.
    const linked = location.search !== '' || location.hash !== '' || isWizardHistoryState(history.state, tree.id);
    if (linked) void load().then(() => mounted.current && setHydrated(true));
    const element = root.current;
    const onIntent = () => void load();
    for (const type of INTENT) element?.addEventListener(type, onIntent, { passive: true, once: true });
    // The outline and diagram below lead into the wizard too (their links and boxes).
    const below = document.querySelectorAll(`[data-diagram="${tree.id}"], [data-wizard-outline="${tree.id}"]`);
    for (const node of below) for (const type of INTENT) node.addEventListener(type, onIntent, { passive: true, once: true });
    addEventListener('popstate', onIntent, { once: true });
    if (!linked) setHydrated(true);
    return () => {
      for (const type of INTENT) element?.removeEventListener(type, onIntent);
      for (const node of below) for (const type of INTENT) node.removeEventListener(type, onIntent);
      removeEventListener('popstate', onIntent);
      mounted.current = false;
      teardown.current?.();
    };
  }, [load, tree]);

  const send = useCallback(
    (event: WizardEvent) => {
      if (live.current) return live.current.actor.send(event);
      waiting.current.push(event);
      void load();
    },
    [load],
  );
  const takeReveal = useCallback((): StepReveal | null => live.current?.takeReveal() ?? null, []);
  return { view, send, hydrated, takeReveal };
}
