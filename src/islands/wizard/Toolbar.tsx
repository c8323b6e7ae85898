import type { ReportLabels } from '~/report/labels';
import { CopyFeedbackButton } from '~/islands/shared/CopyFeedbackButton';
import type { WizardLabels } from '~/islands/wizard/labels';

interface Props {
  readonly labels: WizardLabels;
  readonly report: ReportLabels;
  readonly canGoBack: boolean;
  readonly onBack: () => void;
  readonly onRestart: () => void;
  /** The absolute link to the current step, built only when asked for. */
  readonly link: () => string;
}

/** Back, Start over and "Copy link to this step"; the engine decides what each of them means. */
export function Toolbar({ labels, report, canGoBack, onBack, onRestart, link }: Props) {
  return (
    <div class="wizard-toolbar not-content">
      <button type="button" onClick={onBack} disabled={!canGoBack} data-wizard-back>
        {labels.back}
      </button>
      <button type="button" onClick={onRestart} disabled={!canGoBack}>
        {labels.startOver}
      </button>
      <CopyFeedbackButton text={link} copied={report.copied} failed={labels.copyFailed} hook={{ 'data-copy-link': true }}>
        {labels.copyLink}
      </CopyFeedbackButton>
    </div>
  );
}
