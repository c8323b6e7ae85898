import { useCallback, useEffect, useLayoutEffect, useState } from 'preact/hooks';
import type { AnyActorRef, EventFrom, SnapshotFrom } from 'xstate';

interface Instance<T> {
  value: T;
  getSnapshot: () => T;
}

function changed<T>(instance: Instance<T>): boolean {
  try {
    return !Object.is(instance.value, instance.getSnapshot());
  } catch {
    return true;
  }
}

/**
 * `useSyncExternalStore` on plain `preact/hooks`, so the island needs no `preact/compat`. Adapted
 * from statelyai/xstate `packages/xstate-store-preact` (itself from Preact compat and React's shim):
 * the layout effect catches a snapshot that changed between render and commit, the effect
 * subscribes and re-checks, and a forced update with a fresh wrapper object re-renders.
 */
function useSyncExternalStore<T>(subscribe: (onChange: () => void) => () => void, getSnapshot: () => T): T {
  const value = getSnapshot();
  const [{ instance }, forceUpdate] = useState({ instance: { value, getSnapshot } as Instance<T> });

  useLayoutEffect(() => {
    instance.value = value;
    instance.getSnapshot = getSnapshot;
    if (changed(instance)) forceUpdate({ instance });
  }, [subscribe, value, getSnapshot]);

  useEffect(() => {
    if (changed(instance)) forceUpdate({ instance });
    return subscribe(() => {
      if (changed(instance)) forceUpdate({ instance });
    });
  }, [subscribe]);

  return value;
}

/**
 * The one bridge between Preact and XState: the current snapshot of `actor` and its `send`.
 * Follows `@xstate/react`'s contract (`actor.subscribe` + `getSnapshot`): one subscription per actor.
 */
export function useActor<TActor extends AnyActorRef>(actor: TActor): [SnapshotFrom<TActor>, (event: EventFrom<TActor>) => void] {
  const subscribe = useCallback(
    (onChange: () => void) => {
      const subscription = actor.subscribe({ next: onChange, error: onChange });
      return () => subscription.unsubscribe();
    },
    [actor],
  );
  const getSnapshot = useCallback(() => actor.getSnapshot() as SnapshotFrom<TActor>, [actor]);
  const snapshot = useSyncExternalStore(subscribe, getSnapshot);
  const send = useCallback((event: EventFrom<TActor>) => actor.send(event), [actor]);
  return [snapshot, send];
}
