import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { WizardMachine } from '../wizards/engine/define-wizard';
import { encodeAnswers, resolveLink, type LinkNotice } from '../wizards/engine/deep-link';
import { replay, startAt, type WizardActor } from '../wizards/engine/replay';
import { stepOf } from '../wizards/engine/tree';
import type { AnswerRecord, WizardTree } from '../wizards/engine/types';
import { isWizardHistoryState, writeHistory, type HistoryMode } from './wizard-history';

/** Tells the island what to do after a step change: move focus to the heading, bring itself into view. */
export interface StepChange {
  readonly seq: number;
  readonly focus: boolean;
  readonly scroll: boolean;
}

interface NavState {
  readonly actor: WizardActor;
  readonly notice: LinkNotice | null;
  readonly change: StepChange;
}

interface GoOptions {
  readonly history: HistoryMode;
  readonly focus: boolean;
  readonly scroll?: boolean;
  readonly notice?: LinkNotice | null;
}

const keyOf = (answers: readonly AnswerRecord[], step: string) => `${encodeAnswers(answers)}#${step}`;

/**
 * The answers list is the navigation state. Back, start over, deep links and history entries all
 * replay a list of answers into a fresh actor; answering a step (by hand or by a probe) moves the
 * live actor, and the change is pushed to history here. The island only renders and calls these.
 */
export function useWizardNavigation(machine: WizardMachine, tree: WizardTree) {
  const [state, setState] = useState<NavState>(() => ({
    actor: startAt(machine, tree, []),
    notice: null,
    change: { seq: 0, focus: false, scroll: false },
  }));
  const [hydrated, setHydrated] = useState(false);
  const lastKey = useRef(keyOf([], tree.initial));

  const go = useCallback(
    (answers: readonly AnswerRecord[], options: GoOptions) => {
      const actor = startAt(machine, tree, answers);
      const { context } = actor.getSnapshot();
      const step = stepOf(actor.getSnapshot());
      lastKey.current = keyOf(context.answers, step);
      writeHistory(options.history, tree.id, context.answers, step);
      setState((previous) => ({
        actor,
        notice: options.notice ?? null,
        change: { seq: previous.change.seq + 1, focus: options.focus, scroll: options.scroll ?? false },
      }));
    },
    [machine, tree],
  );

  // Moves made inside the live actor (an answer, a probe result) become history entries.
  useEffect(() => {
    const { actor } = state;
    const subscription = actor.subscribe((snapshot) => {
      const key = keyOf(snapshot.context.answers, stepOf(snapshot));
      if (key === lastKey.current) return;
      lastKey.current = key;
      writeHistory('push', tree.id, snapshot.context.answers, stepOf(snapshot));
      setState((previous) => ({ ...previous, notice: null, change: { seq: previous.change.seq + 1, focus: true, scroll: false } }));
    });
    return () => {
      subscription.unsubscribe();
      actor.stop();
    };
  }, [state.actor, tree.id]);

  // On load: open the step the link names. The browser has already scrolled to the outline
  // heading of that step, below the island, so the island brings itself back into view.
  useEffect(() => {
    const link = resolveLink(tree, location.search, location.hash);
    if (link.targeted) go(link.answers, { history: 'keep', focus: true, scroll: true, notice: link.notice });
    else writeHistory('keep', tree.id, [], tree.initial);
    setHydrated(true);

    const onPopState = (event: PopStateEvent) => {
      if (isWizardHistoryState(event.state, tree.id)) {
        go(replay(tree, event.state.answers).answers, { history: 'none', focus: true });
        return;
      }
      // A plain fragment link (outline or diagram): follow it in the island too, but leave the
      // visitor where the browser scrolled them.
      const fragment = resolveLink(tree, '', location.hash);
      if (fragment.targeted && fragment.notice === null) go(fragment.answers, { history: 'replace', focus: false });
    };
    addEventListener('popstate', onPopState);
    return () => removeEventListener('popstate', onPopState);
  }, [go, tree]);

  const answers = state.actor.getSnapshot().context.answers;
  return {
    actor: state.actor,
    notice: state.notice,
    change: state.change,
    hydrated,
    back: () => go(answers.slice(0, -1), { history: 'push', focus: true }),
    restart: () => go([], { history: 'push', focus: true }),
  };
}
