import { useRef, useState } from 'preact/hooks';
import { withRenderBoundary } from '~/islands/RenderBoundary';
import type { HostChoice, TokenCheckInput, TokenCheckResult } from '~/probes';
import { normalizeToken } from '~/probes/normalize-token';
import { describeRequests } from '~/probes/plan';
import type { TokenCheckLabels, TokenFormLabels } from '~/islands/tools/labels';
import { fill } from '~/site/fill';
import { NO_USABLE_ANSWER } from '~/site/verdicts';
import { OfflinePointer, OfflineSection } from '~/islands/tools/OfflineSection';
import { Progress } from '~/islands/tools/Progress';
import { ResultSection } from '~/islands/tools/ResultSection';
import { firstOrigins } from '~/islands/tools/stand-ins';
import { InputFeedback } from '~/islands/tools/token-check/InputFeedback';
import { reportText } from '~/islands/tools/token-check/report-text';
import { TokenReport } from '~/islands/tools/token-check/TokenReport';
import { TokenForm } from '~/islands/tools/token-form/TokenForm';
import { useTokenForm, type TokenPreset } from '~/islands/tools/token-form/use-token-form';
import type { BaseToolProps } from '~/islands/tools/types';
import { runAnnouncement } from '~/islands/tools/run-announcement';
import { useProbeRun } from '~/islands/tools/use-probe-run';
import { VerdictView } from '~/islands/tools/VerdictView';

interface Props extends BaseToolProps {
  readonly labels: TokenCheckLabels;
  readonly form: TokenFormLabels;
  /** A token handed over in memory by another tool on this page; never from a link or storage. */
  readonly preset?: TokenPreset;
}

/**
 * /tools/token-check/: what kind of token this is, whether it works, where, and for whom. The token
 * lives only in the textarea: it is read when the preview is rebuilt and when "Run check" is clicked,
 * and nothing is sent before that click.
 */
function TokenCheckView(props: Props) {
  const { labels: t, common: l, copy, locale, titles } = props;
  const form = useTokenForm(props.preset);
  const pasted = useRef<HTMLTextAreaElement>(null);
  const [ranWith, setRanWith] = useState<{ host: HostChoice; origins: string[] }>({ host: 'auto', origins: [] });
  const { state, run, cancel } = useProbeRun<TokenCheckResult>();
  const running = state.phase === 'running';

  const start = (input: TokenCheckInput) => {
    setRanWith({ host: input.host, origins: firstOrigins(describeRequests({ probe: 'token-check', ...input })) });
    // The probe (ky, the classifiers) loads on the first Run only; `run` shows the progress state at
    // once, so the wait for the chunk reads as the check starting, and Cancel works during it too.
    void run(async (signal) => (await import('~/probes/check-token')).checkToken(input, signal));
  };

  // After "invalid token" on one host: with the visitor's click, say the app calls that host, which asks both.
  const tryOtherRegion = (asked: 'cn' | 'com') => {
    const outcome = form.submit({ appHost: asked });
    if ('input' in outcome) start(outcome.input);
  };

  const { normalized } = form.draft;
  const result = state.phase === 'done' ? state.result : null;
  const announcement = runAnnouncement(state, l, (done) => copy.verdicts[done.verdict].title);
  const other = ranWith.host === 'cn' ? 'com' : 'cn';

  return (
    <div class="tool" data-tool="token-check">
      <TokenForm
        state={form}
        idPrefix="tc"
        variant="tool"
        class="tool-form"
        text={{ form: props.form, common: l, copy }}
        tokenLabel={t.tokenLabel}
        tokenHint={t.tokenHint}
        runLabel={t.run}
        running={running}
        onRun={start}
        commandRoute={<OfflinePointer base={props} pastedRef={pasted} />}
        feedback={
          <InputFeedback
            id="tc-feedback"
            normalized={normalized.kind === null && normalized.notes.length === 0 ? null : normalized}
            labels={t}
            common={l}
            copy={copy}
          />
        }
      />
      <ResultSection id="tc-result" heading={l.resultHeading} phase={state.phase} announcement={announcement} focusKey={state}>
        {state.phase === 'running' && <Progress startedAt={state.startedAt} hosts={ranWith.origins} onCancel={cancel} labels={l} />}
        {state.phase === 'cancelled' && <p data-cancelled>{l.cancelled}</p>}
        {state.phase === 'failed' && <p class="tool-field-error">{l.failed}</p>}
        {result && (
          <>
            <VerdictView
              base={props}
              source="live"
              verdict={result.verdict}
              uncertain={result.uncertain}
              explain={result.step}
              evidence={result.evidence}
              notes={result.notes}
              problem={result.problem}
              reportLines={() =>
                reportText(result, { host: ranWith.host, locale, labels: t, common: l, copy, titles, origin: location.origin, now: new Date(), secrets: [] })
                  .split('\n')
                  .slice(2)
                  .filter(
                    (_line, i, all) =>
                      !all
                        .slice(0, i + 1)
                        .some((l2) => [l.notesHeading, t.reportEvidence, t.reportMore].some((h) => l2.startsWith(`${h}:`) || l2.startsWith(`${h}：`))),
                  )
              }
              secrets={() => {
                const raw = form.tokenRef.current?.value ?? '';
                const clean = normalizeToken(raw);
                return [raw.trim(), ...(clean.ok ? [clean.token] : [])];
              }}
            >
              {result.suggestOtherRegion && (ranWith.host === 'cn' || ranWith.host === 'com') && (
                <p>
                  <button type="button" onClick={() => tryOtherRegion(ranWith.host as 'cn' | 'com')} aria-describedby="tc-other-hint">
                    {fill(t.tryOtherRegion, { host: `api.coze.${other}` })}
                  </button>{' '}
                  <span id="tc-other-hint" class="tool-hint">
                    {t.tryOtherRegionHint}
                  </span>
                </p>
              )}
              {NO_USABLE_ANSWER.has(result.verdict) && <OfflinePointer base={props} pastedRef={pasted} />}
            </VerdictView>
            <TokenReport result={result} labels={t} common={l} />
          </>
        )}
      </ResultSection>
      <OfflineSection base={props} idPrefix="tc" requests={form.draft.plan.requests} canUnmask={form.draft.plan.real} pastedRef={pasted} />
    </div>
  );
}

/** The island, behind a render boundary: a render error shows a message with a reset, never a blank tool. */
export const TokenCheck = withRenderBoundary(TokenCheckView);
