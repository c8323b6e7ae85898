import { useEffect, useRef, useState } from 'preact/hooks';
import { isProbeCancelled } from '~/probes/errors';

export type RunState<T> =
  | { readonly phase: 'idle' }
  | { readonly phase: 'running'; readonly startedAt: number }
  | { readonly phase: 'done'; readonly result: T }
  | { readonly phase: 'cancelled' }
  | { readonly phase: 'failed' };

/**
 * One probe at a time with a Cancel. Leaving the page (pagehide, also when it goes into the
 * back/forward cache) or unmounting aborts the request, so nothing keeps talking to the API after
 * the visitor has gone. Any error other than cancellation becomes `failed` without being logged:
 * an error object could quote a request, and the console must never see a token.
 */
export function useProbeRun<T>() {
  const [state, setState] = useState<RunState<T>>({ phase: 'idle' });
  const current = useRef<AbortController | null>(null);

  useEffect(() => {
    const abort = () => current.current?.abort();
    addEventListener('pagehide', abort);
    return () => {
      removeEventListener('pagehide', abort);
      abort();
    };
  }, []);

  const run = async (probe: (signal: AbortSignal) => Promise<T>): Promise<void> => {
    current.current?.abort();
    const controller = new AbortController();
    current.current = controller;
    setState({ phase: 'running', startedAt: Date.now() });
    try {
      const result = await probe(controller.signal);
      if (current.current === controller) setState({ phase: 'done', result });
    } catch (error) {
      if (current.current === controller) setState(isProbeCancelled(error) || controller.signal.aborted ? { phase: 'cancelled' } : { phase: 'failed' });
    } finally {
      if (current.current === controller) current.current = null;
    }
  };

  const cancel = () => current.current?.abort();
  return { state, run, cancel };
}
