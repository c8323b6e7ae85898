import { useEffect } from 'preact/hooks';
import type { ReportLabels } from '~/lib/support-report-labels';
import type { OutcomeCopy } from '~/wizards/engine/types';
import { CopyFeedbackButton } from '~/islands/shared/CopyFeedbackButton';
import { Inline } from '~/islands/wizard/Inline';
import { preloadReport } from '~/islands/wizard/lazy-report';
import type { WizardLabels } from '~/islands/wizard/labels';

interface Props {
  readonly copy: OutcomeCopy;
  readonly labels: WizardLabels;
  readonly report: ReportLabels;
  /** The support report's text, built when the visitor clicks. */
  readonly reportText: () => string | Promise<string>;
}

/** The diagnosis: what is wrong, the fix as numbered steps, how to verify, any caution, and the support report. */
export function OutcomeView({ copy, labels, report, reportText }: Props) {
  useEffect(() => void preloadReport(), []);
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
      <p class="wizard-report not-content">
        <CopyFeedbackButton text={reportText} copied={report.copied} failed={report.copyFailed} hook={{ 'data-support-report': true }}>
          {report.button}
        </CopyFeedbackButton>
      </p>
    </>
  );
}
