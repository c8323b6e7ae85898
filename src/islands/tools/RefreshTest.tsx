import { useEffect, useRef, useState } from 'preact/hooks';
import { withRenderBoundary } from '~/islands/RenderBoundary';
import {
  describeRequests,
  normalizeClientId,
  normalizeToken,
  refreshToken,
  resolveBaseUrl,
  type DescribeResult,
  type InputProblem,
  type RefreshInput,
  type RefreshResult,
} from '~/probes';
import { Field } from '~/islands/tools/Field';
import { problemMessage } from '~/islands/tools/format';
import { earlyHost, HostField } from '~/islands/tools/HostField';
import type { RefreshLabels, TokenCheckLabels, TokenFormLabels } from '~/islands/tools/labels';
import { fill } from '~/site/fill';
import { NO_ANSWER } from '~/site/verdicts';
import { OfflinePointer, OfflineSection } from '~/islands/tools/OfflineSection';
import { Progress } from '~/islands/tools/Progress';
import { refreshExplain } from '~/islands/tools/refresh/explain';
import { RefreshSuccess } from '~/islands/tools/refresh/RefreshSuccess';
import { RequestPreview } from '~/islands/tools/RequestPreview';
import { ResultSection } from '~/islands/tools/ResultSection';
import { commandPlan, firstOrigins, STAND_IN, type CommandPlan } from '~/islands/tools/stand-ins';
import type { BaseToolProps } from '~/islands/tools/types';
import { runAnnouncement } from '~/islands/tools/run-announcement';
import { useProbeRun } from '~/islands/tools/use-probe-run';
import { VerdictView } from '~/islands/tools/VerdictView';
import { TestAccessToken } from '~/islands/tools/refresh/TestAccessToken';
import { blockedOrigin, CspBlocked } from '~/islands/tools/token-form/CspBlocked';

interface Props extends BaseToolProps {
  readonly labels: RefreshLabels;
  /** For the token check this page opens on the new access token. */
  readonly tokenCheck: TokenCheckLabels;
  readonly form: TokenFormLabels;
}

type Host = RefreshInput['host'];
const HOSTS: readonly Host[] = ['cn', 'com', 'custom'];
interface Values {
  readonly clientId: string;
  readonly refreshToken: string;
  readonly clientSecret: string;
  readonly baseUrl: string;
}

type FieldName = 'client-id' | 'refresh-token' | 'client-secret' | 'base-url';

/** Each field checked on its own, so a problem shows next to the field being typed in. */
function fieldProblems(v: Values, host: Host): Readonly<Record<FieldName, InputProblem | null>> {
  const id = normalizeClientId(v.clientId);
  const refresh = normalizeToken(v.refreshToken, 'refresh-token');
  const secret = v.clientSecret.trim() ? normalizeToken(v.clientSecret, 'secret') : null;
  const base = host === 'custom' ? resolveBaseUrl('custom', v.baseUrl) : null;
  return {
    'client-id': id.ok ? null : id.problem,
    'refresh-token': refresh.ok ? null : refresh.problem,
    'client-secret': secret && !secret.ok ? secret.problem : null,
    'base-url': base && !base.ok ? base.problem : null,
  };
}

function toInput(v: Values, host: Host): RefreshInput {
  return {
    clientId: v.clientId,
    refreshToken: v.refreshToken,
    host,
    ...(v.clientSecret.trim() ? { clientSecret: v.clientSecret } : {}),
    ...(host === 'custom' ? { baseUrl: v.baseUrl } : {}),
  };
}

/**
 * /tools/refresh-test/: runs the refresh grant once, on request. The warning about rotation sits
 * right above the button, and a success shows the new refresh token before anything else.
 */
function RefreshTestView(props: Props) {
  const { labels: t, common: l, copy, locale } = props;
  const refs = {
    clientId: useRef<HTMLInputElement>(null),
    refreshToken: useRef<HTMLTextAreaElement>(null),
    clientSecret: useRef<HTMLInputElement>(null),
    baseUrl: useRef<HTMLInputElement>(null),
  };
  const pastedRef = useRef<HTMLTextAreaElement>(null);
  const [host, setHost] = useState<Host>('cn');
  const [touched, setTouched] = useState<ReadonlySet<FieldName>>(new Set());
  const [submitted, setSubmitted] = useState(false);
  const [draft, setDraft] = useState<{ described: DescribeResult; plan: CommandPlan; problems: Readonly<Record<FieldName, InputProblem | null>> } | null>(null);
  const [origins, setOrigins] = useState<string[]>([]);
  const { state, run, cancel } = useProbeRun<RefreshResult>();
  const running = state.phase === 'running';
  const [cleared, setCleared] = useState(false);

  const values = (): Values => ({
    clientId: refs.clientId.current?.value ?? '',
    refreshToken: refs.refreshToken.current?.value ?? '',
    clientSecret: refs.clientSecret.current?.value ?? '',
    baseUrl: refs.baseUrl.current?.value ?? '',
  });
  const refresh = (nextHost: Host = host, field?: FieldName) => {
    if (field) setTouched((prev) => new Set([...prev, field]));
    const v = values();
    const input = toInput(v, nextHost);
    const described = describeRequests({ probe: 'refresh', ...input });
    // Stand-ins only for the secrets: the client id is not secret and the command needs the real one.
    const standIn = () =>
      describeRequests({ probe: 'refresh', ...input, refreshToken: STAND_IN.refreshToken, ...(input.clientSecret ? { clientSecret: 'x'.repeat(40) } : {}) });
    setDraft({ described, plan: commandPlan(described, standIn), problems: fieldProblems(v, nextHost) });
  };
  const rootRef = useRef<HTMLDivElement>(null);
  // Adopt anything typed or picked before hydration, so the preview matches the form on screen.
  useEffect(() => {
    const early = earlyHost(rootRef.current, HOSTS) ?? host;
    setHost(early);
    refresh(early);
  }, []);
  const start = () => {
    setSubmitted(true);
    const v = values();
    refresh(host);
    // An empty field or an unusable base URL is said next to its field; nothing is sent for it.
    const problems = fieldProblems(v, host);
    const blocking = (['client-id', 'refresh-token', 'base-url'] as const).find((f) => problems[f] && (f === 'base-url' || problems[f]?.code === 'empty'));
    if (blocking) {
      ({ 'client-id': refs.clientId, 'refresh-token': refs.refreshToken, 'base-url': refs.baseUrl })[blocking].current?.focus();
      return;
    }
    if (blockedOrigin(host, v.baseUrl)) return;
    const input = toInput(v, host);
    setCleared(false);
    setOrigins(firstOrigins(describeRequests({ probe: 'refresh', ...input })));
    void run((signal) => refreshToken(input, signal));
  };

  // An empty field is only an error once the visitor tried to run; other problems show while typing.
  const errorFor = (field: FieldName) => {
    const problem = draft?.problems[field];
    return problem && (submitted || (touched.has(field) && problem.code !== 'empty')) ? problemMessage(problem, copy) : null;
  };
  const result = state.phase === 'done' ? state.result : null;
  const success = result && result.verdict === 'valid' && result.newRefreshToken ? (result as RefreshResult & { newRefreshToken: string }) : null;
  // The refresh token just used is spent: clear it, so a second click cannot "test" a dead token.
  useEffect(() => {
    if (!success || !refs.refreshToken.current) return;
    refs.refreshToken.current.value = '';
    setCleared(true);
    setSubmitted(false);
    refresh(host);
  }, [success]);
  const announcement = runAnnouncement(state, l, (done) => copy.verdicts[done.verdict].title);
  const text = { autocomplete: 'off', spellcheck: false, autocapitalize: 'off', disabled: running } as const;
  const blocked = draft ? blockedOrigin(host, refs.baseUrl.current?.value ?? '') : null;

  return (
    <div class="tool" data-tool="refresh-test" ref={rootRef}>
      <form class="tool-form" autocomplete="off" noValidate onSubmit={(e) => e.preventDefault()}>
        <Field id="rt-client-id" label={t.clientIdLabel} hint={t.clientIdHint} error={errorFor('client-id')}>
          {(c) => <input {...c} {...text} ref={refs.clientId} name="client-id" type="text" onInput={() => refresh(host, 'client-id')} />}
        </Field>
        <Field id="rt-refresh-token" label={t.refreshTokenLabel} hint={cleared ? t.spentCleared : t.refreshTokenHint} error={errorFor('refresh-token')}>
          {(c) => <textarea {...c} {...text} ref={refs.refreshToken} name="refresh-token" rows={2} onInput={() => refresh(host, 'refresh-token')} />}
        </Field>
        <Field id="rt-client-secret" label={t.secretLabel} hint={t.secretWarning} error={errorFor('client-secret')}>
          {/* A text field drawn masked: a password field would invite the browser to save the secret. */}
          {(c) => (
            <input
              {...c}
              {...text}
              ref={refs.clientSecret}
              name="client-secret"
              type="text"
              class="tool-masked"
              onInput={() => refresh(host, 'client-secret')}
            />
          )}
        </Field>
        <HostField
          idPrefix="rt"
          hosts={HOSTS}
          host={host}
          onHost={(h) => (setHost(h as Host), refresh(h as Host))}
          onBaseUrl={() => refresh(host, 'base-url')}
          baseUrlRef={refs.baseUrl}
          baseUrlError={errorFor('base-url')}
          disabled={running}
          labels={l}
        />
        {blocked && (
          <CspBlocked origin={blocked} labels={props.form} refused={submitted} commandRoute={<OfflinePointer base={props} pastedRef={pastedRef} />} />
        )}
        <RequestPreview idPrefix="rt" requests={draft?.described.ok ? draft.described.requests : null} labels={l} />
        <div class="tool-warning" role="note" aria-labelledby="rt-rotation-title" data-rotation-warning>
          <p id="rt-rotation-title">
            <strong>{t.rotationTitle}</strong>
          </p>
          <p>{t.rotationText}</p>
        </div>
        <div class="tool-actions">
          <button type="button" class="tool-primary" data-run disabled={running} onClick={start} aria-describedby="rt-rotation-title">
            {t.run}
          </button>
        </div>
      </form>
      <ResultSection id="rt-result" heading={l.resultHeading} phase={state.phase} announcement={announcement} focusKey={state}>
        {state.phase === 'running' && <Progress startedAt={state.startedAt} hosts={origins} onCancel={cancel} labels={l} />}
        {state.phase === 'cancelled' && <p data-cancelled>{l.cancelled}</p>}
        {state.phase === 'failed' && <p class="tool-field-error">{l.failed}</p>}
        {success && <RefreshSuccess result={success} locale={locale} labels={t} common={l} />}
        {result && (
          <VerdictView
            base={props}
            source="live"
            verdict={result.verdict}
            uncertain={result.uncertain}
            explain={refreshExplain(result.verdict, result.evidence[0]?.errorCode ?? null)}
            evidence={result.evidence}
            notes={result.notes}
            problem={result.problem}
            {...(success ? { title: t.successTitle, text: t.successText } : {})}
          >
            {result.refreshTokenFingerprint && <p>{fill(t.sentFingerprint, { fingerprint: result.refreshTokenFingerprint })}</p>}
            {NO_ANSWER.has(result.verdict) && <OfflinePointer base={props} pastedRef={pastedRef} />}
          </VerdictView>
        )}
      </ResultSection>
      {success?.accessToken && (
        <TestAccessToken
          key={success.accessToken}
          base={props}
          token={success.accessToken}
          host={host}
          baseUrl={refs.baseUrl.current?.value ?? ''}
          labels={t}
          tokenCheck={props.tokenCheck}
          form={props.form}
        />
      )}
      <OfflineSection
        base={props}
        idPrefix="rt"
        requests={draft?.plan.requests ?? null}
        canUnmask={draft?.plan.real ?? false}
        pastedRef={pastedRef}
        explainFor={(c) => refreshExplain(c.verdict, c.facts.errorCode)}
      />
    </div>
  );
}

/** The island, behind a render boundary: a render error shows a message with a reset, never a blank tool. */
export const RefreshTest = withRenderBoundary(RefreshTestView);
