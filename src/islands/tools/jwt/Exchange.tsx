import { useRef, useState } from 'preact/hooks';
import { describeRequests, exchangeJwt, type JwtExchangeInput, type JwtExchangeResult } from '~/probes';
import { Field } from '~/islands/tools/Field';
import { IssuedToken } from '~/islands/tools/IssuedToken';
import type { JwtLabels, TokenFormLabels } from '~/islands/tools/labels';
import { fill } from '~/site/fill';
import { NO_ANSWER } from '~/site/verdicts';
import { blockedOrigin, CspBlocked } from '~/islands/tools/token-form/CspBlocked';
import { OfflinePointer, OfflineSection } from '~/islands/tools/OfflineSection';
import { Progress } from '~/islands/tools/Progress';
import { RequestPreview } from '~/islands/tools/RequestPreview';
import { ResultSection } from '~/islands/tools/ResultSection';
import { commandPlan, firstOrigins, STAND_IN } from '~/islands/tools/stand-ins';
import type { BaseToolProps } from '~/islands/tools/types';
import { runAnnouncement } from '~/islands/tools/run-announcement';
import { useProbeRun } from '~/islands/tools/use-probe-run';
import { VerdictView } from '~/islands/tools/VerdictView';
import { jwtExplain } from '~/islands/tools/jwt/explain';

interface Props {
  readonly base: BaseToolProps;
  readonly labels: JwtLabels;
  readonly jwt: string;
  readonly host: JwtExchangeInput['host'];
  readonly baseUrl: string;
  readonly form: TokenFormLabels;
}

type Parsed<T> = { ok: true; value: T | undefined } | { ok: false; error: string };

function parseDuration(text: string, j: JwtLabels): Parsed<number> {
  if (text.trim() === '') return { ok: true, value: undefined };
  const n = Number(text);
  return Number.isInteger(n) && n >= 1 && n <= 86_399 ? { ok: true, value: n } : { ok: false, error: j.durationInvalid };
}

function parseScope(text: string, j: JwtLabels): Parsed<unknown> {
  if (text.trim() === '') return { ok: true, value: undefined };
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch (error) {
    // The parser's message names the position of the mistake; the scope holds no secret.
    return { ok: false, error: fill(j.scopeInvalid, { detail: error instanceof Error ? error.message : '' }) };
  }
}

/** The optional "spend this JWT" step: one POST to the token endpoint, only on a click. */
export function Exchange({ base, labels: j, jwt, host, baseUrl, form }: Props) {
  const l = base.common;
  const pastedRef = useRef<HTMLTextAreaElement>(null);
  const [durationText, setDurationText] = useState('');
  const [scopeText, setScopeText] = useState('');
  const [submitted, setSubmitted] = useState(false);
  const [origins, setOrigins] = useState<string[]>([]);
  const { state, run, cancel } = useProbeRun<JwtExchangeResult>();
  const running = state.phase === 'running';
  const duration = parseDuration(durationText, j);
  const scope = parseScope(scopeText, j);
  const input: JwtExchangeInput = {
    jwt,
    host,
    ...(host === 'custom' ? { baseUrl } : {}),
    ...(duration.ok && duration.value !== undefined ? { durationSeconds: duration.value } : {}),
    ...(scope.ok && scope.value !== undefined ? { scope: scope.value } : {}),
  };
  const described = describeRequests({ probe: 'jwt-exchange', ...input });
  const plan = commandPlan(described, () => describeRequests({ probe: 'jwt-exchange', ...input, jwt: STAND_IN.jwt }));

  const blocked = blockedOrigin(host, baseUrl);
  const start = () => {
    setSubmitted(true);
    // Said where it belongs (the JWT box, the base URL field, the CSP note); nothing is sent for these.
    if (!duration.ok || !scope.ok || blocked) return;
    if (!described.ok && (described.problem.field === 'base-url' || described.problem.code === 'empty')) return;
    setOrigins(firstOrigins(described));
    void run((signal) => exchangeJwt(input, signal));
  };

  const result = state.phase === 'done' ? state.result : null;
  const announcement = runAnnouncement(state, l, (done) => base.copy.verdicts[done.verdict].title);
  return (
    <section class="tool-form" aria-labelledby="jw-exchange-heading" data-exchange>
      <h2 id="jw-exchange-heading">{j.exchangeHeading}</h2>
      <p class="tool-warning">{j.exchangeNote}</p>
      <Field id="jw-duration" label={j.durationLabel} hint={j.durationHint} error={!duration.ok && (submitted || durationText !== '') ? duration.error : null}>
        {(c) => (
          <input
            {...c}
            name="duration-seconds"
            type="number"
            inputMode="numeric"
            min={1}
            max={86399}
            step={1}
            value={durationText}
            disabled={running}
            onInput={(e) => setDurationText(e.currentTarget.value)}
          />
        )}
      </Field>
      <Field id="jw-scope" label={j.scopeLabel} hint={j.scopeHint} error={!scope.ok && (submitted || scopeText !== '') ? scope.error : null}>
        {(c) => (
          <textarea
            {...c}
            name="scope"
            rows={4}
            spellcheck={false}
            autocomplete="off"
            autocapitalize="off"
            value={scopeText}
            disabled={running}
            onInput={(e) => setScopeText(e.currentTarget.value)}
          />
        )}
      </Field>
      {blocked && <CspBlocked origin={blocked} labels={form} refused={submitted} commandRoute={<OfflinePointer base={base} pastedRef={pastedRef} />} />}
      {submitted && !described.ok && described.problem.code === 'empty' && (
        <p class="tool-field-error" role="status" data-refused="empty">
          {form.jwtEmpty}
        </p>
      )}
      <RequestPreview idPrefix="jw" requests={described.ok ? described.requests : null} labels={l} />
      <div class="tool-actions">
        <button type="button" class="tool-primary" data-run disabled={running} onClick={start} aria-describedby="jw-exchange-heading">
          {j.exchangeRun}
        </button>
      </div>
      <ResultSection id="jw-result" heading={l.resultHeading} phase={state.phase} announcement={announcement} focusKey={state}>
        {state.phase === 'running' && <Progress startedAt={state.startedAt} hosts={origins} onCancel={cancel} labels={l} />}
        {state.phase === 'cancelled' && <p data-cancelled>{l.cancelled}</p>}
        {state.phase === 'failed' && <p class="tool-field-error">{l.failed}</p>}
        {result?.accessToken && (
          <>
            <h3>{j.accessHeading}</h3>
            <IssuedToken
              id="jw-access"
              label={j.accessHeading}
              token={result.accessToken}
              fingerprint={result.accessTokenFingerprint}
              expiresAt={result.expiresAt}
              locale={base.locale}
              labels={l}
            />
          </>
        )}
        {result && (
          <VerdictView
            base={base}
            source="live"
            verdict={result.verdict}
            uncertain={result.uncertain}
            explain={jwtExplain(result.verdict, result.evidence[0]?.errorCode ?? null)}
            evidence={result.evidence}
            notes={result.notes}
            problem={result.problem}
          >
            {NO_ANSWER.has(result.verdict) && <OfflinePointer base={base} pastedRef={pastedRef} />}
          </VerdictView>
        )}
      </ResultSection>
      <OfflineSection
        base={base}
        idPrefix="jw"
        requests={plan.requests}
        canUnmask={plan.real}
        pastedRef={pastedRef}
        explainFor={(c) => jwtExplain(c.verdict, c.facts.errorCode)}
      />
    </section>
  );
}
