import { type AnyActorLogic, createActor } from 'xstate';
import { isWizardHistoryState, writeHistory } from '~/islands/wizard/history';
import { resolveLink } from '~/wizards/engine/deep-link';
import { jumpTo } from '~/wizards/engine/jump';
import { wizardMachine } from '~/wizards/engine/machine';
import { stepOf } from '~/wizards/engine/snapshot';
import type { HistoryMode, StepReveal, WizardTree } from '~/wizards/engine/types';

/**
 * One wizard on one page: one actor, started once and stopped when the page leaves, fed by every
 * door the page has (answers, Back, Start over, the link it was opened with, browser history and
 * diagram boxes). The machine decides every move; this module only provides the two browser effects
 * its moves ask for (`writeHistory`, `revealStep`) and turns browser events into machine events.
 */
export function createWizardSession(tree: WizardTree, probeCheck?: AnyActorLogic) {
  // How many entries this visit pushed below the current one (mirrors `history.state.depth`).
  let depth = 0;
  let reveal: StepReveal | null = null;
  const machine = wizardMachine(tree).provide({
    ...(probeCheck ? { actors: { probeCheck } } : {}),
    actions: {
      writeHistory: (_, { mode, answers, step }) => {
        if (mode === 'back') {
          // An entry this visit pushed: the browser's Back shows the one before it (popstate below),
          // so the page's Back and the browser's Back walk the same list.
          if (depth > 0) return history.back();
          // Landed here by a link: there is no earlier entry of ours, so step back in place.
          return writeHistory('replace', tree.id, answers, step, depth);
        }
        if (mode === 'push') depth += 1;
        writeHistory(mode, tree.id, answers, step, depth);
      },
      revealStep: (_, params) => {
        reveal = params;
      },
    },
  });
  const actor = createActor(machine).start();

  /** Opens `target` keeping the visitor's answers when they pass through it, else on a new path (and says so). */
  const jump = (target: string, history: HistoryMode, scroll: boolean): boolean => {
    const snapshot = actor.getSnapshot();
    const to = jumpTo(tree, snapshot.context.answers, stepOf(snapshot), target);
    if (!to) return false;
    actor.send({ type: 'user.goto', answers: to.answers, history, notice: to.kept ? null : 'new-path', scroll });
    return true;
  };

  const onPopState = (event: PopStateEvent) => {
    if (isWizardHistoryState(event.state, tree.id)) {
      depth = event.state.depth ?? 0;
      actor.send({ type: 'user.goto', answers: event.state.answers, history: 'none' });
      return;
    }
    // A plain fragment link (an outline answer): the browser pushed an entry without state.
    // Follow it in the island too, but leave the visitor where the browser scrolled them.
    const fragment = resolveLink(tree, '', location.hash);
    if (fragment.targeted && fragment.notice === null) {
      depth += 1;
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

  return {
    actor,
    /**
     * Opens the step the page's link names and starts following history and the diagram; returns
     * the teardown, which also stops the actor (and with it any running probe).
     */
    connect(): () => void {
      const landed: unknown = history.state;
      if (isWizardHistoryState(landed, tree.id)) depth = landed.depth ?? 0;
      // The browser has already scrolled to the outline heading of a linked step, below the island,
      // so the island brings itself back into view.
      const link = resolveLink(tree, location.search, location.hash);
      actor.send(
        link.targeted
          ? { type: 'user.goto', answers: link.answers, history: 'keep', notice: link.notice, scroll: true }
          : { type: 'user.goto', answers: actor.getSnapshot().context.answers, history: 'keep', focus: false },
      );
      addEventListener('popstate', onPopState);
      document.addEventListener('click', onClick);
      return () => {
        removeEventListener('popstate', onPopState);
        document.removeEventListener('click', onClick);
        actor.stop();
      };
    },
    /** What the last move asked the view to do (focus, scroll), handed out once. */
    takeReveal(): StepReveal | null {
      const taken = reveal;
      reveal = null;
      return taken;
    },
  };
}
