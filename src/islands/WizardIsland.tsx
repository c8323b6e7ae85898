import { useEffect, useRef, useState } from 'preact/hooks';
import { plainInline } from '~/site/inline-copy';
import { withRenderBoundary } from '~/islands/RenderBoundary';
import { shareableLink } from '~/islands/wizard/history';
import { useDiagramPath } from '~/islands/wizard/use-diagram-path';
import { useWizard } from '~/islands/wizard/use-wizard';
import { isOutcomeCopy, type Locale, type WizardCopy, type WizardTree } from '~/wizards/engine/types';
import { Answers } from '~/islands/wizard/Answers';
import { Breadcrumb } from '~/islands/wizard/Breadcrumb';
import type { TokenFormText } from '~/islands/tools/token-form/TokenForm';
import { LazyCheckForm } from '~/islands/wizard/LazyCheckForm';
import { GuideLinks } from '~/islands/wizard/GuideLinks';
import { Inline } from '~/islands/wizard/Inline';
import type { WizardLabels } from '~/islands/wizard/labels';
import { fill } from '~/site/fill';
import { OutcomeView } from '~/islands/wizard/OutcomeView';
import { Toolbar } from '~/islands/wizard/Toolbar';
import type { VerdictWords } from '~/islands/wizard/verdict';
import { reportText } from '~/islands/wizard/lazy-report';
import type { ReportLabels } from '~/report/labels';

export interface WizardIslandProps {
  readonly tree: WizardTree;
  readonly copy: WizardCopy;
  readonly locale: Locale;
  readonly labels: WizardLabels;
  /** Verdict -> its title and one sentence in this locale (from `src/probes/verdict-copy.ts`). */
  readonly verdicts: VerdictWords;
  /** Guide page (`guides/regions`) -> its title in this locale. */
  readonly guideTitles: Readonly<Record<string, string>>;
  /** Words of the support report and its copy buttons, in this locale. */
  readonly report: ReportLabels;
  /** Labels and copy of the token form that check steps share with the token check tool. */
  readonly form: TokenFormText;
}

/**
 * Renders any wizard from its machine's snapshot. It holds no wizard logic: the step, its answers
 * and its kind come from `getMeta()` (through `viewOf`), the text from the copy, and every move
 * (answers, Back, Start over) is an event sent through `useWizard()` to the page's one actor.
 */
function WizardIslandView({ tree, copy, locale, labels, verdicts, guideTitles, form, report }: WizardIslandProps) {
  const root = useRef<HTMLElement>(null);
  const { view, send, hydrated, takeReveal } = useWizard(tree, root);
  const [announcement, setAnnouncement] = useState('');
  const heading = useRef<HTMLHeadingElement>(null);

  const { step, meta, answers, evidence, notice, phase } = view;
  const text = copy.steps[step];
  const number = fill(labels.stepNumber, { n: answers.length + 1 });
  const title = text?.title ?? step;
  useDiagramPath(tree.id, answers, step);

  // What the last render shows, for the frame callback below (which may run after a later render).
  const shown = useRef({ number, title });
  shown.current = { number, title };
  // After a move the machine asked to show (every one but the quiet first load): focus, scroll,
  // announce. In the next frame, not at once: a history step to a fragment (Back) makes the browser
  // drop focus after its popstate handlers ran, and the heading must win over that.
  useEffect(() => {
    const frame = requestAnimationFrame(() => {
      const reveal = takeReveal();
      if (!reveal || (!reveal.focus && !reveal.scroll)) return;
      if (reveal.scroll) root.current?.scrollIntoView({ block: 'start' });
      if (reveal.focus) heading.current?.focus({ preventScroll: reveal.scroll });
      // Screen readers would read the copy's Markdown marks aloud.
      setAnnouncement(`${shown.current.number}${labels.stepSeparator}${plainInline(shown.current.title)}`);
    });
    return () => cancelAnimationFrame(frame);
  }, [view]);

  return (
    <section
      ref={root}
      class="wizard"
      data-wizard={tree.id}
      data-step={step}
      data-hydrated={hydrated ? 'true' : undefined}
      aria-label={fill(labels.region, { title: copy.title })}
      data-pagefind-ignore
    >
      {notice && (
        <p class="wizard-notice" role="status" data-notice={notice}>
          {notice === 'unknown-link' ? labels.noticeUnknownLink : notice === 'new-path' ? labels.noticeNewPath : labels.noticeAnswersReset}
        </p>
      )}
      <Breadcrumb answers={answers} copy={copy} labels={labels} verdicts={verdicts} />
      <h2 ref={heading} tabIndex={-1} class="wizard-heading">
        <span class="wizard-step-number">{number}</span>
        {labels.stepSeparator}
        <Inline text={title} />
      </h2>
      {text && !isOutcomeCopy(text) && text.body && (
        <p>
          <Inline text={text.body} />
        </p>
      )}
      {text && isOutcomeCopy(text) ? (
        <OutcomeView
          copy={text}
          labels={labels}
          report={report}
          reportText={() =>
            reportText(
              {
                locale,
                copy,
                step,
                answers,
                evidence,
                verdicts,
                link: shareableLink(answers, step),
                checkLabel: labels.kindCheck,
                date: new Date(),
                userAgent: navigator.userAgent,
              },
              report,
            )
          }
        />
      ) : (
        <>
          {/* On a check step the answers by hand come first: no visitor needs a token to go on. */}
          <Answers answers={meta?.answers ?? []} copy={text} label={meta?.kind === 'check' ? labels.answerByHand : labels.chooseAnswer} send={send} />
          {meta?.kind === 'check' && phase && (
            <LazyCheckForm key={step} phase={phase} evidence={evidence} labels={labels} verdicts={verdicts} form={form} locale={locale} send={send} />
          )}
        </>
      )}
      <GuideLinks guides={meta?.guides ?? []} locale={locale} titles={guideTitles} heading={labels.guides} />
      <Toolbar
        labels={labels}
        canGoBack={answers.length > 0}
        onBack={() => send({ type: 'user.back' })}
        onRestart={() => send({ type: 'user.restart' })}
        report={report}
        link={() => shareableLink(answers, step)}
      />
      <p class="wizard-sr-only" aria-live="polite">
        {announcement}
      </p>
    </section>
  );
}

/** The island, behind a render boundary: a render error shows a message with a reset, never a blank step. */
export default withRenderBoundary(WizardIslandView);
