import { useRef } from 'preact/hooks';
import { describeDeviceCode } from '~/probes';
import { COZE_API_ORIGINS } from '~/site/origins.mjs';
import { formProblems, hostOf } from '~/playground/form';
import type { Flow } from '~/playground/diagnose';
import type { Host } from '~/playground/types';
import { CopyButton } from '~/islands/tools/CopyButton';
import { Field } from '~/islands/tools/Field';
import { problemMessage } from '~/islands/tools/format';
import { HostField } from '~/islands/tools/HostField';
import { RequestPreview } from '~/islands/tools/RequestPreview';
import { StepHeading } from '~/islands/tools/oauth-playground/StepHeading';
import type { StepProps } from '~/islands/tools/oauth-playground/types';

const FLOWS: readonly Flow[] = ['pkce', 'device', 'web'];
const HOSTS: readonly Host[] = ['cn', 'com', 'custom'];

/** The web flow's exchange as a command: the secret comes from an environment variable, never from this page. */
function webCommand(host: Host, baseUrl: string, clientId: string, redirectUri: string): string {
  const base = host === 'custom' ? baseUrl.trim().replace(/\/?$/, '/') || 'https://<YOUR_API_HOST>/' : `${COZE_API_ORIGINS[host]}/`;
  const body = JSON.stringify({
    grant_type: 'authorization_code',
    client_id: clientId.trim() || '<YOUR_CLIENT_ID>',
    redirect_uri: redirectUri,
    code: '<YOUR_CODE>',
  });
  return [
    `curl -sS -X POST '${base}api/permission/oauth2/token'`,
    `-H "Authorization: Bearer $COZE_CLIENT_SECRET"`,
    `-H 'Content-Type: application/json'`,
    `--data-raw '${body}'`,
  ].join(' \\\n  ');
}

/** Step 1: the flow, the app's client id, the region; the redirect URL to register. */
export function SetupStep({ base, t, snapshot, send }: StepProps) {
  const { common: l, copy } = base;
  const c = snapshot.context;
  const baseUrlRef = useRef<HTMLInputElement>(null);
  const problems = formProblems(c);
  const show = (problem: typeof problems.clientId, typed: string) =>
    problem && (c.attempted || (typed.trim() !== '' && problem.code !== 'empty')) ? problemMessage(problem, copy) : null;
  const device = c.flow === 'device' && !problems.clientId && !problems.baseUrl ? describeDeviceCode({ clientId: c.clientId, ...hostOf(c) }) : null;
  return (
    <section class="pg-step" aria-labelledby="pg-step-heading">
      <StepHeading step="setup" t={t} />
      <form class="tool-form" autocomplete="off" noValidate onSubmit={(e) => e.preventDefault()}>
        <fieldset class="tool-fieldset">
          <legend>{t.flowLegend}</legend>
          {FLOWS.map((flow) => (
            <label key={flow} class="tool-radio">
              <input
                type="radio"
                name="flow"
                value={flow}
                checked={c.flow === flow}
                onChange={() => send({ type: 'user.setFlow', flow })}
                aria-describedby={`pg-flow-${flow}-hint`}
              />
              <span>{t.flows[flow].label}</span>
            </label>
          ))}
          <p id={`pg-flow-${c.flow}-hint`} class="tool-hint">
            {t.flows[c.flow].hint}
          </p>
        </fieldset>
        <Field id="pg-client-id" label={t.clientIdLabel} hint={t.clientIdHint} error={show(problems.clientId, c.clientId)}>
          {(control) => (
            <input
              {...control}
              name="client-id"
              type="text"
              value={c.clientId}
              autocomplete="off"
              spellcheck={false}
              autocapitalize="off"
              onInput={(e) => send({ type: 'user.setClientId', clientId: e.currentTarget.value })}
            />
          )}
        </Field>
        <HostField
          idPrefix="pg"
          hosts={HOSTS}
          host={c.host}
          onHost={(host) => send({ type: 'user.setHost', host: host as Host })}
          onBaseUrl={() => send({ type: 'user.setBaseUrl', baseUrl: baseUrlRef.current?.value ?? '' })}
          baseUrlRef={baseUrlRef}
          baseUrlError={show(problems.baseUrl, c.baseUrl)}
          disabled={false}
          labels={l}
        />
        {c.flow !== 'device' && (
          <div class="tool-field" data-redirect-uri>
            <p id="pg-redirect-label">
              <strong>{t.redirectLabel}</strong>
            </p>
            <p>
              <code>{c.redirectUri}</code>
            </p>
            <p class="tool-hint" id="pg-redirect-hint">
              {t.redirectHint}
            </p>
            <CopyButton text={() => c.redirectUri} labels={l} describedBy="pg-redirect-label" />
          </div>
        )}
        {c.flow === 'pkce' && (
          <div class="tool-actions">
            <button type="button" class="tool-primary" onClick={() => send({ type: 'user.prepare' })}>
              {t.prepare}
            </button>
          </div>
        )}
        {c.flow === 'device' && (
          <>
            <p class="tool-hint">{t.devicePreviewIntro}</p>
            <RequestPreview idPrefix="pg-device" requests={device?.ok ? [device.request] : null} labels={l} />
            <div class="tool-actions">
              <button type="button" class="tool-primary" onClick={() => send({ type: 'user.startDevice' })}>
                {t.startDevice}
              </button>
            </div>
          </>
        )}
      </form>
      {c.flow === 'web' && (
        <div class="pg-web" data-web-flow>
          {t.webText.map((text, i) => (
            <p key={i}>{text}</p>
          ))}
          <p>{t.webCommandIntro}</p>
          <pre>
            <code>{webCommand(c.host, c.baseUrl, c.clientId, c.redirectUri)}</code>
          </pre>
        </div>
      )}
    </section>
  );
}
