import type { AnswerRecord, WizardCopy } from '~/wizards/engine/types';
import { isOutcomeCopy } from '~/wizards/engine/types';
import { Inline } from '~/islands/wizard/Inline';
import type { WizardLabels } from '~/islands/wizard/labels';
import { fill } from '~/site/fill';
import { verdictTitle, type VerdictWords } from '~/islands/wizard/verdict';

interface Props {
  readonly answers: readonly AnswerRecord[];
  readonly copy: WizardCopy;
  readonly labels: WizardLabels;
  readonly verdicts: VerdictWords;
}

/** "How you got here": each earlier step's title and the answer given, in order. */
export function Breadcrumb({ answers, copy, labels, verdicts }: Props) {
  if (answers.length === 0) return null;
  return (
    <nav class="wizard-trail" aria-labelledby="_wizard-trail">
      <p id="_wizard-trail" class="wizard-trail-label">
        {labels.howYouGotHere}
      </p>
      <ol>
        {answers.map(({ step, answer, verdict }) => {
          const text = copy.steps[step];
          const label = text && !isOutcomeCopy(text) ? (text.answers[answer] ?? answer) : answer;
          return (
            <li key={step}>
              <span class="wizard-trail-step">
                <Inline text={text?.title ?? step} />
              </span>
              {' → '}
              <strong>
                <Inline text={label} />
              </strong>
              {verdict && <span data-verdict={verdict}>{fill(labels.decidedByCheck, { verdict: verdictTitle(verdicts, verdict) })}</span>}
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
