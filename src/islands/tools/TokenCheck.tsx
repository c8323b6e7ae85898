import { useEffect, useRef, useState } from 'preact/hooks';
import { checkToken, describeRequests, normalizeToken, type DescribeResult, type HostChoice, type NormalizedToken, type TokenCheckInput, type TokenCheckResult } from '~/probes';
import { CopyButton } from './CopyButton';
import { Field } from './Field';
import { problemMessage } from './format';
import { earlyHost, HostField } from './HostField';
import { fill, type TokenCheckLabels } from './labels';
import { OfflinePointer, OfflineSection } from './OfflineSection';
import { Progress } from './Progress';
import { RequestPreview } from './RequestPreview';
import { ResultSection } from './ResultSection';
import { commandPlan, firstOrigins, STAND_IN, type CommandPlan } from './stand-ins';
import { InputFeedback } from './token-check/InputFeedback';
import { reportText } from './token-check/report-text';
import { TokenReport } from './token-check/TokenReport';
import type { BaseToolProps } from './types';
import { useProbeRun } from './use-probe-run';
import { VerdictView } from './VerdictView';

interface Props extends BaseToolProps {
  readonly labels: TokenCheckLabels;
}

type Expect = '' | 'cn' | 'com';
interface Draft {
  readonly normalized: NormalizedToken;
  readonly described: DescribeResult;
  readonly plan: CommandPlan;
  readonly baseUrlTyped: boolean;
}

const HOSTS: readonly HostChoice[] = ['cn', 'com', 'auto', 'custom'];
const OFFLINE_VERDICTS = new Set(['cors-blocked', 'network-error', 'timeout']);

function toInput(token: string, host: HostChoice, baseUrl: string, expect: Expect): TokenCheckInput {
  return { token, host, ...(host === 'custom' ? { baseUrl } : {}), ...(host === 'auto' && expect ? { expectRegion: expect } : {}) };
}

function draftOf(token: string, host: HostChoice, baseUrl: string, expect: Expect): Draft {
  const input = toInput(token, host, baseUrl, expect);
  const described = describeRequests({ probe: 'token-check', ...input });
  const plan = commandPlan(described, () => describeRequests({ probe: 'token-check', ...input, token: STAND_IN.token }));
  return { normalized: normalizeToken(token), described, plan, baseUrlTyped: baseUrl.trim() !== '' };
}

/**
 * /tools/token-check/: what kind of token this is, whether it works, where, and for whom. The token
 * lives only in the textarea: it is read when the preview is rebuilt and when "Run check" is clicked,
 * and nothing is sent before that click.
 */
export function TokenCheck(props: Props) {
  const { labels: t, common: l, copy, locale, titles } = props;
  const tokenRef = useRef<HTMLTextAreaElement>(null);
  const baseUrlRef = useRef<HTMLInputElement>(null);
  const pastedRef = useRef<HTMLTextAreaElement>(null);
  const [host, setHost] = useState<HostChoice>('auto');
  const [expect, setExpect] = useState<Expect>('');
  const [showErrors, setShowErrors] = useState(false);
  const [ranWith, setRanWith] = useState<{ host: HostChoice; origins: string[] }>({ host: 'auto', origins: [] });
  const [draft, setDraft] = useState<Draft>(() => draftOf('', 'auto', '', ''));
  const { state, run, cancel } = useProbeRun<TokenCheckResult>();
  const running = state.phase === 'running';
  const rootRef = useRef<HTMLDivElement>(null);
  // Adopt anything typed or picked before hydration, so the preview matches the form on screen.
  useEffect(() => {
    const early = earlyHost(rootRef.current, HOSTS) ?? host;
    setHost(early);
    refresh(early);
  }, []);

  const refresh = (nextHost = host, nextExpect = expect) =>
    setDraft(draftOf(tokenRef.current?.value ?? '', nextHost, baseUrlRef.current?.value ?? '', nextExpect));

  const start = (nextHost: HostChoice = host, nextExpect: Expect = expect) => {
    setShowErrors(true);
    const token = tokenRef.current?.value ?? '';
    const input = toInput(token, nextHost, baseUrlRef.current?.value ?? '', nextExpect);
    setRanWith({ host: nextHost, origins: firstOrigins(describeRequests({ probe: 'token-check', ...input })) });
    void run((signal) => checkToken(input, signal));
  };

  // After "invalid token" on one host: with the visitor's click, ask both hosts and expect the one they use.
  const tryOtherRegion = (asked: 'cn' | 'com') => {
    setHost('auto');
    setExpect(asked);
    refresh('auto', asked);
    start('auto', asked);
  };

  const { normalized, described } = draft;
  const tokenProblem = !normalized.ok && (normalized.problem.code !== 'empty' || showErrors) ? problemMessage(normalized.problem, copy) : null;
  const baseProblem = !described.ok && described.problem.field === 'base-url' && (draft.baseUrlTyped || showErrors) ? problemMessage(described.problem, copy) : null;
  const result = state.phase === 'done' ? state.result : null;
  const announcement =
    state.phase === 'running' ? l.running : result ? fill(l.announceDone, { title: copy.verdicts[result.verdict].title }) : state.phase === 'cancelled' ? l.cancelled : state.phase === 'failed' ? l.failed : '';
  const other = ranWith.host === 'cn' ? 'com' : 'cn';

  return (
    <div class="tool" data-tool="token-check" ref={rootRef}>
      <form class="tool-form" autocomplete="off" noValidate onSubmit={(e) => e.preventDefault()}>
        <Field id="tc-token" label={t.tokenLabel} hint={t.tokenHint} error={tokenProblem} after={<InputFeedback id="tc-feedback" normalized={normalized.kind === null && normalized.notes.length === 0 ? null : normalized} labels={t} common={l} copy={copy} />}>
          {(control) => (
            <textarea {...control} ref={tokenRef} name="token" rows={3} autocomplete="off" spellcheck={false} autocapitalize="off" disabled={running} onInput={() => refresh()} />
          )}
        </Field>
        <HostField idPrefix="tc" hosts={HOSTS} host={host} onHost={(h) => (setHost(h), refresh(h))} onBaseUrl={() => refresh()} baseUrlRef={baseUrlRef} baseUrlError={baseProblem} disabled={running} labels={l} />
        {host === 'auto' && (
          <div class="tool-field">
            <label for="tc-expect">{t.expectLegend}</label>
            <select id="tc-expect" name="expect-region" value={expect} disabled={running} onChange={(e) => { const v = e.currentTarget.value as Expect; setExpect(v); refresh(host, v); }}>
              <option value="">{t.expectUnsure}</option>
              <option value="cn">api.coze.cn</option>
              <option value="com">api.coze.com</option>
            </select>
          </div>
        )}
        <RequestPreview idPrefix="tc" requests={described.ok ? described.requests : null} labels={l} />
        <div class="tool-actions">
          <button type="button" class="tool-primary" data-run disabled={running} onClick={() => start()}>
            {t.run}
          </button>
        </div>
      </form>
      <ResultSection id="tc-result" heading={l.resultHeading} phase={state.phase} announcement={announcement} focusKey={state}>
        {state.phase === 'running' && <Progress startedAt={state.startedAt} hosts={ranWith.origins} onCancel={cancel} labels={l} />}
        {state.phase === 'cancelled' && <p data-cancelled>{l.cancelled}</p>}
        {state.phase === 'failed' && <p class="tool-field-error">{l.failed}</p>}
        {result && (
          <>
            <VerdictView base={props} source="live" verdict={result.verdict} uncertain={result.uncertain} explain={result.step} evidence={result.evidence} notes={result.notes} problem={result.problem}>
              {result.suggestOtherRegion && (ranWith.host === 'cn' || ranWith.host === 'com') && (
                <p>
                  <button type="button" onClick={() => tryOtherRegion(ranWith.host as 'cn' | 'com')} aria-describedby="tc-other-hint">
                    {fill(t.tryOtherRegion, { host: `api.coze.${other}` })}
                  </button>{' '}
                  <span id="tc-other-hint" class="tool-hint">{t.tryOtherRegionHint}</span>
                </p>
              )}
              {OFFLINE_VERDICTS.has(result.verdict) && <OfflinePointer base={props} pastedRef={pastedRef} />}
            </VerdictView>
            <TokenReport result={result} labels={t} common={l} />
            <CopyButton
              label={t.copyReport}
              labels={l}
              text={() => {
                const raw = tokenRef.current?.value ?? '';
                const clean = normalizeToken(raw);
                const secrets = [raw.trim(), ...(clean.ok ? [clean.token] : [])];
                return reportText(result, { host: ranWith.host, locale, labels: t, common: l, copy, titles, origin: location.origin, now: new Date(), secrets });
              }}
            />
          </>
        )}
      </ResultSection>
      <OfflineSection base={props} idPrefix="tc" requests={draft.plan.requests} canUnmask={draft.plan.real} pastedRef={pastedRef} />
    </div>
  );
}
