import { useState } from 'preact/hooks';
import type { CheckCredentials, ProbeEvidence, WizardEvent } from '../../wizards/engine/types';
import type { WizardLabels } from './labels';

type Host = CheckCredentials['host'];
const HOSTS: readonly Host[] = ['cn', 'com', 'auto', 'custom'];

interface Props {
  readonly phase: 'idle' | 'running' | 'failed';
  readonly evidence: ProbeEvidence | null;
  readonly labels: WizardLabels;
  readonly verdicts: Readonly<Record<string, string>>;
  readonly send: (event: WizardEvent) => void;
}

const hostLabel = (l: WizardLabels, host: Host) =>
  ({ cn: l.hostCn, com: l.hostCom, auto: l.hostAuto, custom: l.hostCustom })[host];

/**
 * The live-check form of a check step. The token field is uncontrolled and read only when the
 * visitor submits, straight into the `probe.run` event: it is never held in component state, the
 * machine's context or the URL. The island mounts a fresh form per step, so leaving the step
 * clears the field. The base URL is typed here only; no link can fill it in.
 */
export function CheckForm({ phase, evidence, labels, verdicts, send }: Props) {
  const [host, setHost] = useState<Host>('auto');
  const running = phase === 'running';

  const onSubmit = (event: Event) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget as HTMLFormElement);
    const baseUrl = String(data.get('base-url') ?? '').trim();
    const credentials: CheckCredentials = {
      token: String(data.get('token') ?? ''),
      host,
      ...(host === 'custom' && baseUrl ? { baseUrl } : {}),
    };
    send({ type: phase === 'failed' ? 'probe.retry' : 'probe.run', credentials });
  };

  return (
    <form class="wizard-check" onSubmit={onSubmit} aria-busy={running ? 'true' : 'false'}>
      <p>{labels.checkIntro}</p>
      <label>
        <span>{labels.token}</span>
        <input name="token" type="password" autocomplete="off" spellcheck={false} autocapitalize="off" required disabled={running} />
      </label>
      <p class="wizard-hint">{labels.tokenHint}</p>
      <fieldset disabled={running}>
        <legend>{labels.host}</legend>
        {HOSTS.map((value) => (
          <label key={value} class="wizard-radio">
            <input type="radio" name="host" value={value} checked={host === value} onChange={() => setHost(value)} />
            <span>{hostLabel(labels, value)}</span>
          </label>
        ))}
      </fieldset>
      {host === 'custom' && (
        <label>
          <span>{labels.baseUrl}</span>
          <input name="base-url" type="url" inputMode="url" autocomplete="off" spellcheck={false} required disabled={running} placeholder="https://" />
        </label>
      )}
      {running ? (
        <div class="wizard-progress">
          <p role="status" aria-busy="true">
            {labels.running}
          </p>
          <button type="button" onClick={() => send({ type: 'probe.cancel' })}>
            {labels.cancel}
          </button>
        </div>
      ) : (
        <button type="submit" class="wizard-primary">
          {phase === 'failed' ? labels.retry : labels.runCheck}
        </button>
      )}
      {phase === 'failed' && evidence && <Evidence evidence={evidence} labels={labels} verdicts={verdicts} />}
    </form>
  );
}

function Evidence({ evidence, labels, verdicts }: { evidence: ProbeEvidence; labels: WizardLabels; verdicts: Readonly<Record<string, string>> }) {
  const details = Object.entries(evidence.details);
  return (
    <div class="wizard-evidence" data-verdict={evidence.verdict} role="alert">
      <p>
        {labels.checkInconclusive} <strong>{verdicts[evidence.verdict] ?? evidence.verdict}</strong>
      </p>
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
