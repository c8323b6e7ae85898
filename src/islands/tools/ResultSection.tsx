import type { ComponentChildren } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import type { RunState } from '~/islands/tools/use-probe-run';

interface Props {
  readonly id: string;
  readonly heading: string;
  readonly phase: RunState<unknown>['phase'];
  /** Short text for the polite live region: "Checking…", then the verdict title. */
  readonly announcement: string;
  /** Changes whenever a new result should take focus (e.g. the result object). */
  readonly focusKey: unknown;
  readonly children: ComponentChildren;
}

/**
 * Where a check's outcome appears. The live region is always in the DOM, so screen readers pick up
 * the change; when a run ends, focus moves to the heading so keyboard users land on the answer.
 */
export function ResultSection({ id, heading, phase, announcement, focusKey, children }: Props) {
  const headingRef = useRef<HTMLHeadingElement>(null);
  const finished = phase === 'done' || phase === 'cancelled' || phase === 'failed';
  useEffect(() => {
    if (finished) headingRef.current?.focus();
  }, [focusKey, finished]);
  return (
    <div class="tool-result-wrap">
      <p role="status" aria-live="polite" class="sr-only">
        {announcement}
      </p>
      {phase !== 'idle' && (
        <section class="tool-result" id={id} aria-labelledby={`${id}-heading`} aria-busy={phase === 'running' ? 'true' : 'false'}>
          <h2 id={`${id}-heading`} tabIndex={-1} ref={headingRef}>
            {heading}
          </h2>
          {children}
        </section>
      )}
    </div>
  );
}
