import type { AnswerMeta, QuestionCopy, WizardEvent } from '~/wizards/engine/types';
import { Inline } from '~/islands/wizard/Inline';

interface Props {
  readonly answers: readonly AnswerMeta[];
  readonly copy: QuestionCopy | undefined;
  readonly label: string;
  readonly send: (event: WizardEvent) => void;
}

/** The step's answers as real buttons, each sending the same typed event a probe result would cause. */
export function Answers({ answers, copy, label, send }: Props) {
  return (
    <div class="wizard-answers not-content" role="group" aria-labelledby="_wizard-answers">
      <p class="wizard-answers-label" id="_wizard-answers">
        {label}
      </p>
      {answers.map(({ id }) => (
        <button key={id} type="button" data-answer={id} onClick={() => send({ type: 'user.answer', answer: id })}>
          <Inline text={copy?.answers[id] ?? id} />
        </button>
      ))}
    </div>
  );
}
