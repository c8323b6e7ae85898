import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { fromPromise } from 'xstate';
import { useActor } from '~/lib/use-actor';
import { plainInline } from '~/site/inline-copy';
import { useDiagramPath } from '~/lib/use-diagram-path';
import { withRenderBoundary } from '~/islands/RenderBoundary';
import { useWizardNavigation } from '~/lib/use-wizard-navigation';
import { shareableLink } from '~/lib/wizard-history';
import { checkPhaseOf, currentMeta, machineFromTree, stepOf } from '~/wizards/engine/tree';
import { isOutcomeCopy, type CheckInput, type Locale, type ProbeEvidence, type WizardCopy, type WizardTree } from '~/wizards/engine/types';
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
import { wizardReport } from '~/islands/wizard/report';
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

// The probe code (ky, classifiers) loads only when a visitor actually runs a check.
const probeCheck = fromPromise<ProbeEvidence, CheckInput>(async ({ input, signal }) => {
  const { runWizardCheck } = await import('~/probes/wizard-checks');
  return runWizardCheck(input, signal);
});

/**
 * Renders any wizard from its machine's snapshot. It holds no wizard logic: the step, its answers
 * and its kind come from `getMeta()`, the text from the copy, and every move is an event sent
 * through the bridge hook or a replay asked of the navigation hook.
 */
function WizardIslandView({ tree, copy, locale, labels, verdicts, guideTitles, form, report }: WizardIslandProps) {
  const machine = useMemo(() => machineFromTree(tree).provide({ actors: { probeCheck } }), [tree]);
  const nav = useWizardNavigation(machine, tree);
  const [snapshot, send] = useActor(nav.actor);
  const [announcement, setAnnouncement] = useState('');
  const root = useRef<HTMLElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);

  const step = stepOf(snapshot);
  const meta = currentMeta(snapshot);
  const text = copy.steps[step];
  const { answers, evidence } = snapshot.context;
  const number = fill(labels.stepNumber, { n: answers.length + 1 });
  const title = text?.title ?? step;
  useDiagramPath(tree.id, answers, step);

  useEffect(() => {
    if (nav.change.seq === 0) return;
    if (nav.change.scroll) root.current?.scrollIntoView({ block: 'start' });
    if (nav.change.focus) heading.current?.focus({ preventScroll: nav.change.scroll });
    // Screen readers would read the copy's Markdown marks aloud.
    setAnnouncement(`${number}${labels.stepSeparator}${plainInline(title)}`);
  }, [nav.change.seq]);

  const phase = checkPhaseOf(snapshot);
  return (
    <section
      ref={root}
      class="wizard"
      data-wizard={tree.id}
      data-step={step}
      data-hydrated={nav.hydrated ? 'true' : undefined}
      aria-label={fill(labels.region, { title: copy.title })}
      data-pagefind-ignore
    >
      {nav.notice && (
        <p class="wizard-notice" role="status" data-notice={nav.notice}>
          {nav.notice === 'unknown-link' ? labels.noticeUnknownLink : nav.notice === 'new-path' ? labels.noticeNewPath : labels.noticeAnswersReset}
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
            wizardReport(
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
        onBack={nav.back}
        onRestart={nav.restart}
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
