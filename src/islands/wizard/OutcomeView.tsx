import type { OutcomeCopy } from '../../wizards/engine/types';
import { Inline } from './Inline';
import type { WizardLabels } from './labels';

/** The diagnosis: what is wrong, the fix as numbered steps, how to verify, and any caution. */
export function OutcomeView({ copy, labels }: { copy: OutcomeCopy; labels: WizardLabels }) {
  return (
    <>
      <h3>{labels.problem}</h3>
      <p>
        <Inline text={copy.problem} />
      </p>
      {copy.uncertain && (
        <aside class="wizard-caution" role="note">
          <strong>{labels.uncertain}</strong>
          <p>
            <Inline text={copy.uncertain} />
          </p>
        </aside>
      )}
      <h3>{labels.fix}</h3>
      <ol>
        {copy.steps.map((step, i) => (
          <li key={i}>
            <Inline text={step} />
          </li>
        ))}
      </ol>
      <h3>{labels.verify}</h3>
      <ul>
        {copy.verify.map((step, i) => (
          <li key={i}>
            <Inline text={step} />
          </li>
        ))}
      </ul>
    </>
  );
}
