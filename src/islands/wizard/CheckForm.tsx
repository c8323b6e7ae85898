import { NO_USABLE_ANSWER } from '~/site/verdicts';
import { guideHref, toolHref } from '~/site/routes';
import type { Locale, ProbeEvidence, WizardEvent } from '~/wizards/engine/types';
import { TokenForm, type TokenFormText } from '~/islands/tools/token-form/TokenForm';
import { useTokenForm } from '~/islands/tools/token-form/use-token-form';
import type { WizardLabels } from '~/islands/wizard/labels';
import { verdictTitle, type VerdictWords } from '~/islands/wizard/verdict';

interface Props {
  readonly phase: 'idle' | 'running' | 'failed';
  readonly evidence: ProbeEvidence | null;
  readonly labels: WizardLabels;
  readonly verdicts: VerdictWords;
  readonly form: TokenFormText;
  readonly locale: Locale;
  readonly send: (event: WizardEvent) => void;
}

/**
 * The live-check form of a check step: the same form as the token check tool. The token field is
 * read only when the visitor submits, straight into the `probe.run` event: it is never held in
 * component state, the machine's context or the URL. The island mounts a fresh form per step, so
 * leaving the step clears the field. The base URL is typed here only; no link can fill it in.
 */
export function CheckForm({ phase, evidence, labels, verdicts, form: text, locale, send }: Props) {
  const form = useTokenForm();
  const running = phase === 'running';
  const tokenCheck = toolHref('token-check', locale);

  return (
    <TokenForm
      state={form}
      idPrefix="wz"
      variant="wizard"
      class="wizard-check"
      text={text}
      tokenLabel={labels.token}
      tokenHint={labels.tokenHint}
      hintExtra={
        <p class="wizard-hint">
          <a href={guideHref('guides/privacy', locale)}>{labels.whatIsSent}</a>
        </p>
      }
      intro={<p>{labels.checkIntro}</p>}
      runLabel={phase === 'failed' ? labels.retry : labels.runCheck}
      running={running}
      onRun={(input) =>
        send({
          type: phase === 'failed' ? 'probe.retry' : 'probe.run',
          credentials: {
            token: input.token,
            host: input.host,
            ...(input.baseUrl === undefined ? {} : { baseUrl: input.baseUrl }),
            ...(input.appHost === undefined ? {} : { appHost: input.appHost }),
          },
        })
      }
      commandRoute={<a href={tokenCheck}>{labels.useCommand}</a>}
      busy={
        <div class="wizard-progress">
          <p role="status" aria-busy="true">
            {labels.running}
          </p>
          <button type="button" onClick={() => send({ type: 'probe.cancel' })}>
            {labels.cancel}
          </button>
        </div>
      }
    >
      {phase === 'failed' && evidence && <Evidence evidence={evidence} labels={labels} verdicts={verdicts} tokenCheck={tokenCheck} />}
    </TokenForm>
  );
}

function Evidence({ evidence, labels, verdicts, tokenCheck }: { evidence: ProbeEvidence; labels: WizardLabels; verdicts: VerdictWords; tokenCheck: string }) {
  const details = Object.entries(evidence.details);
  return (
    <div class="wizard-evidence" data-verdict={evidence.verdict} role="alert">
      <p>
        {labels.checkInconclusive} <strong>{verdictTitle(verdicts, evidence.verdict)}</strong>
      </p>
      {verdicts[evidence.verdict] && <p>{verdicts[evidence.verdict]?.text}</p>}
      {NO_USABLE_ANSWER.has(evidence.verdict) && (
        <p data-command-route>
          <a href={tokenCheck}>{labels.useCommand}</a>
        </p>
      )}
      <p>{labels.answerByHandAfterFailure}</p>
      {details.length > 0 && (
        <dl>
          {details.map(([key, value]) => (
            <div key={key}>
              <dt>{key}</dt>
              <dd>
                <code>{value}</code>
              </dd>
            </div>
          ))}
        </dl>
      )}
    </div>
  );
}
