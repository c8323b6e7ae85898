import { buildSupportReport } from '~/report/support-report';
import type { ReportLabels } from '~/report/labels';
import { plainInline } from '~/site/inline-copy';
import { isOutcomeCopy, type AnswerRecord, type Locale, type ProbeEvidence, type WizardCopy } from '~/wizards/engine/types';
import type { VerdictWords } from '~/islands/wizard/verdict';
import { verdictTitle } from '~/islands/wizard/verdict';

export interface WizardReportInput {
  readonly locale: Locale;
  readonly copy: WizardCopy;
  readonly step: string;
  readonly answers: readonly AnswerRecord[];
  readonly evidence: ProbeEvidence | null;
  readonly verdicts: VerdictWords;
  readonly link: string;
  readonly checkLabel: string;
  readonly date: Date;
  readonly userAgent: string;
}

/** A wizard outcome's support report: the step link, each answer in words, and the check's facts. */
export function wizardReport(input: WizardReportInput, labels: ReportLabels): string {
  const { copy, evidence } = input;
  const text = copy.steps[input.step];
  const answers = input.answers.map(({ step, answer, verdict }) => {
    const stepCopy = copy.steps[step];
    return {
      question: plainInline(stepCopy?.title ?? step),
      answer: plainInline(stepCopy && !isOutcomeCopy(stepCopy) ? (stepCopy.answers[answer] ?? answer) : answer),
      verdict: verdict ? `${verdict} (${verdictTitle(input.verdicts, verdict)})` : null,
    };
  });
  const d = evidence?.details ?? {};
  return buildSupportReport(
    {
      locale: input.locale,
      subject: `${copy.title} › ${plainInline(text?.title ?? input.step)} (#${input.step})`,
      link: input.link,
      answers,
      checks: evidence
        ? [
            {
              what: input.checkLabel,
              verdict: evidence.verdict,
              httpStatus: d['status'] ?? null,
              code: d['code'] ?? d['error'] ?? null,
              logid: d['logid'] ?? null,
              message: d['msg'] ?? null,
            },
          ]
        : [],
      date: input.date,
      userAgent: input.userAgent,
    },
    labels,
  );
}
