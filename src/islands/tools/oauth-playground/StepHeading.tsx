import type { PlaygroundLabels } from '~/islands/tools/oauth-playground/labels';
import type { StepId } from '~/playground/types';

/** The step's heading: focus lands here whenever the step changes (the root moves it). */
export function StepHeading({ step, t }: { readonly step: StepId; readonly t: PlaygroundLabels }) {
  return (
    <h2 id="pg-step-heading" tabIndex={-1} data-step-heading>
      {t.steps[step]}
    </h2>
  );
}
