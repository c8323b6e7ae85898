import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { WizardMachine } from '~/wizards/engine/define-wizard';
import { encodeAnswers, resolveLink, type LinkNotice } from '~/wizards/engine/deep-link';
import { replay, startAt, type WizardActor } from '~/wizards/engine/replay';
import { stepOf } from '~/wizards/engine/tree';
import type { AnswerRecord, WizardTree } from '~/wizards/engine/types';
import { isWizardHistoryState, writeHistory, type HistoryMode } from '~/lib/wizard-history';
import { jumpTo } from '~/lib/wizard-path';

/** Tells the island what to do after a step change: move focus to the heading, bring itself into view. */
export interface StepChange {
  readonly seq: number;
  readonly focus: boolean;
  readonly scroll: boolean;
}

/** A link's notice, or `new-path`: a jump to a step the visitor's answers do not lead to. */
export type NavNotice = LinkNotice | 'new-path';

interface NavState {
  readonly actor: WizardActor;
  readonly notice: NavNotice | null;
  readonly change: StepChange;
}

interface GoOptions {
  readonly history: HistoryMode;
  readonly focus: boolean;
  readonly scroll?: boolean;
  readonly notice?: NavNotice | null;
}

const keyOf = (answers: readonly AnswerRecord[], step: string) => `${encodeAnswers(answers)}#${step}`;

/**
 * The answers list is the navigation state. Back, start over, deep links and history entries all
 * replay a list of answers into a fresh actor; answering a step (by hand or by a probe) moves the
 * live actor, and the change is pushed to history here. The island only renders and calls these.
 * Back is the browser's Back whenever this visit pushed the entry, so the two never disagree.
 */
export function useWizardNavigation(machine: WizardMachine, tree: WizardTree) {
  const lastKey = useRef(keyOf([], tree.initial));
  const current = useRef<WizardActor | null>(null);
  // How many entries this visit pushed below the current one (mirrors `history.state.depth`).
  const depth = useRef(0);
  const setStateRef = useRef<(update: (previous: NavState) => NavState) => void>(() => {});

  /**
   * Starts an actor and follows it at once, not in an effect: a visitor may answer before
   * effects run (they run after paint), and that answer must still become a history entry.
   */
  const follow = useCallback(
    (answers: readonly AnswerRecord[]) => {
      const actor = startAt(machine, tree, answers);
      actor.subscribe((snapshot) => {
        if (actor !== current.current) return;
        const key = keyOf(snapshot.context.answers, stepOf(snapshot));
        if (key === lastKey.current) return;
        lastKey.current = key;
        depth.current += 1;
        writeHistory('push', tree.id, snapshot.context.answers, stepOf(snapshot), depth.current);
        setStateRef.current((previous) => ({ ...previous, notice: null, change: { seq: previous.change.seq + 1, focus: true, scroll: false } }));
      });
      return actor;
    },
    [machine, tree],
  );

  const [state, setState] = useState<NavState>(() => ({
    actor: (current.current = follow([])),
    notice: null,
    change: { seq: 0, focus: false, scroll: false },
  }));
  setStateRef.current = setState;
  const [hydrated, setHydrated] = useState(false);

  const go = useCallback(
    (answers: readonly AnswerRecord[], options: GoOptions) => {
      const actor = follow(answers);
      // The replaced actor may be running a probe; stopping it aborts the probe's signal.
      current.current?.stop();
      current.current = actor;
      const snapshot = actor.getSnapshot();
      lastKey.current = keyOf(snapshot.context.answers, stepOf(snapshot));
      if (options.history === 'push') depth.current += 1;
      writeHistory(options.history, tree.id, snapshot.context.answers, stepOf(snapshot), depth.current);
      setState((previous) => ({
        actor,
        notice: options.notice ?? null,
        change: { seq: previous.change.seq + 1, focus: options.focus, scroll: options.scroll ?? false },
      }));
    },
    [follow, tree],
  );

  /** Opens `target` keeping the visitor's answers when they pass through it, else on a new path (and says so). */
  const jump = useCallback(
    (target: string, history: HistoryMode, scroll: boolean) => {
      const snapshot = current.current?.getSnapshot();
      if (!snapshot) return false;
      const to = jumpTo(tree, snapshot.context.answers, stepOf(snapshot), target);
      if (!to) return false;
      go(to.answers, { history, focus: true, scroll, notice: to.kept ? null : 'new-path' });
      return true;
    },
    [go, tree],
  );

  useEffect(() => () => current.current?.stop(), []);

  // On load: open the step the link names. The browser has already scrolled to the outline
  // heading of that step, below the island, so the island brings itself back into view.
  useEffect(() => {
    const link = resolveLink(tree, location.search, location.hash);
    const landed = history.state as unknown;
    if (isWizardHistoryState(landed, tree.id)) depth.current = landed.depth ?? 0;
    if (link.targeted) go(link.answers, { history: 'keep', focus: true, scroll: true, notice: link.notice });
    else writeHistory('keep', tree.id, [], tree.initial, depth.current);
    setHydrated(true);

    const onPopState = (event: PopStateEvent) => {
      if (isWizardHistoryState(event.state, tree.id)) {
        depth.current = event.state.depth ?? 0;
        go(replay(tree, event.state.answers).answers, { history: 'none', focus: true });
        return;
      }
      // A plain fragment link (an outline answer): the browser pushed an entry without state.
      // Follow it in the island too, but leave the visitor where the browser scrolled them.
      const fragment = resolveLink(tree, '', location.hash);
      if (fragment.targeted && fragment.notice === null) {
        depth.current += 1;
        jump(fragment.step, 'replace', false);
      }
    };
    // A diagram box opens its step in the island, in view, as one more history entry.
    const onClick = (event: MouseEvent) => {
      if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
      const box = (event.target as Element | null)?.closest?.('[data-diagram] a[data-diagram-step]');
      if (!box || box.closest('[data-diagram]')?.getAttribute('data-diagram') !== tree.id) return;
      if (jump(box.getAttribute('data-diagram-step') ?? '', 'push', true)) event.preventDefault();
    };
    addEventListener('popstate', onPopState);
    document.addEventListener('click', onClick);
    return () => {
      removeEventListener('popstate', onPopState);
      document.removeEventListener('click', onClick);
    };
  }, [go, jump, tree]);

  return {
    actor: state.actor,
    notice: state.notice,
    change: state.change,
    hydrated,
    back: () => {
      // An entry this visit pushed: the browser's Back replays the one before it (popstate above).
      if (depth.current > 0) return history.back();
      // Landed here by a link: there is no earlier entry of ours, so step back in place.
      go(state.actor.getSnapshot().context.answers.slice(0, -1), { history: 'replace', focus: true });
    },
    restart: () => go([], { history: 'push', focus: true }),
  };
}
