import { useEffect, useState } from 'preact/hooks';
import { fromPromise } from 'xstate';
import { useActor } from '~/islands/shared/use-actor';
import { createWizardSession } from '~/islands/wizard/session';
import type { CheckInput, ProbeEvidence, WizardTree } from '~/wizards/engine/types';

// The probe code (ky, classifiers) loads only when a visitor actually runs a check.
const probeCheck = fromPromise<ProbeEvidence, CheckInput>(async ({ input, signal }) => {
  const { runWizardCheck } = await import('~/probes/wizard-checks');
  return runWizardCheck(input, signal);
});

/**
 * The island's one bridge to its wizard: one session (one actor for the page's life), one
 * subscription to it. Returns the snapshot, `send` for every event (answers, checks, Back, Start
 * over), whether the page's link has been opened yet, and the focus/scroll the last move asked for.
 */
export function useWizard(tree: WizardTree) {
  const [session] = useState(() => createWizardSession(tree, probeCheck));
  const [snapshot, send] = useActor(session.actor);
  const [hydrated, setHydrated] = useState(false);
  useEffect(() => {
    const disconnect = session.connect();
    setHydrated(true);
    return disconnect;
  }, [session]);
  return { snapshot, send, hydrated, takeReveal: session.takeReveal };
}
