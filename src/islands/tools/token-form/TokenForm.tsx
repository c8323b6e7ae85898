import type { ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { Field } from '~/islands/tools/Field';
import { problemMessage } from '~/islands/tools/format';
import { HostField } from '~/islands/tools/HostField';
import type { CommonLabels } from '~/islands/tools/labels';
import { fill } from '~/site/fill';
import type { TokenFormLabels } from '~/islands/tools/labels/token-form';
import { RequestPreview } from '~/islands/tools/RequestPreview';
import type { ToolCopy } from '~/islands/tools/types';
import { CspBlocked } from '~/islands/tools/token-form/CspBlocked';
import { APP_HOSTS, type AppHostChoice } from '~/islands/tools/token-form/draft';
import { HOSTS, type TokenForm as FormState } from '~/islands/tools/token-form/use-token-form';
import type { TokenCheckInput } from '~/probes';

export interface TokenFormText {
  readonly form: TokenFormLabels;
  readonly common: CommonLabels;
  readonly copy: ToolCopy;
}

interface Props {
  readonly state: FormState;
  readonly idPrefix: string;
  /** `tool`: a multi-line token box on the token check page; `wizard`: a password field in a check step. */
  readonly variant: 'tool' | 'wizard';
  readonly class: string;
  readonly text: TokenFormText;
  readonly tokenLabel: string;
  readonly tokenHint: string;
  /** Right under the token field's hint, e.g. a link to what exactly is sent. */
  readonly hintExtra?: ComponentChildren;
  readonly runLabel: string;
  readonly running: boolean;
  readonly onRun: (input: TokenCheckInput) => void;
  /** Where the command-line route lives on this page (the offline section, or the token check tool). */
  readonly commandRoute: ComponentChildren;
  readonly intro?: ComponentChildren;
  /** Under the token field: what the page made of the paste. */
  readonly feedback?: ComponentChildren;
  /** Replaces the run button while running (progress + cancel). */
  readonly busy?: ComponentChildren;
  readonly children?: ComponentChildren;
}

const APP_LABEL: Readonly<Record<AppHostChoice, keyof TokenFormLabels>> = {
  cn: 'appHostCn',
  com: 'appHostCom',
  custom: 'appHostCustom',
  unknown: 'appHostUnknown',
};

/**
 * The one token form: the token check tool and every wizard check step render it, so both ask the
 * same questions, show the same preview (built from the plan `checkToken` sends) and refuse the same
 * inputs inline: an empty token, an unusable base URL, or a custom host the site's CSP would block.
 */
export function TokenForm(props: Props) {
  const { state: f, idPrefix: id, variant, text, running } = props;
  const { form: t, common: l, copy } = text;
  const { draft, refusal } = f;
  const tokenProblem = !draft.normalized.ok && draft.normalized.problem.code !== 'empty' ? problemMessage(draft.normalized.problem, copy) : null;
  const tokenError = refusal === 'empty' ? t.tokenEmpty : tokenProblem;
  const baseError = draft.baseUrlProblem && (draft.baseUrlTyped || f.submitted) ? problemMessage(draft.baseUrlProblem, copy) : null;

  // Only a click on the button sends (Enter or Space on the focused button is a click too); Enter
  // in a text field must not, so the form's own submission is switched off.
  // Disabled in the server-rendered HTML until the island runs: a click before hydration would do
  // nothing, and a visitor (or a test) must not be left wondering why.
  const [hydrated, setHydrated] = useState(false);
  useEffect(() => setHydrated(true), []);
  const onRun = () => {
    const outcome = f.submit();
    if ('input' in outcome) return props.onRun(outcome.input);
    // Focus the field that needs fixing; its message is tied to it with aria-describedby.
    (outcome.refusal === 'empty' ? f.tokenRef.current : f.baseUrlRef.current)?.focus();
  };

  const control = {
    ref: f.tokenRef as never,
    name: 'token',
    autocomplete: 'off',
    spellcheck: false,
    autocapitalize: 'off',
    disabled: running,
    onInput: f.refresh,
  } as const;

  return (
    <form
      class={props.class}
      ref={f.rootRef as never}
      noValidate
      autocomplete="off"
      onSubmit={(e) => e.preventDefault()}
      aria-busy={running ? 'true' : 'false'}
    >
      {props.intro}
      <Field id={`${id}-token`} label={props.tokenLabel} hint={props.tokenHint} error={tokenError} after={props.feedback}>
        {(c) => (variant === 'tool' ? <textarea {...c} {...control} rows={3} /> : <input {...c} {...control} type="password" />)}
      </Field>
      {props.hintExtra}
      <HostField
        idPrefix={id}
        hosts={HOSTS}
        host={f.host}
        onHost={f.setHost}
        onBaseUrl={f.refresh}
        baseUrlRef={f.baseUrlRef}
        baseUrlError={baseError}
        disabled={running}
        labels={l}
      />
      <fieldset class="tool-fieldset" disabled={running}>
        <legend>{t.appHostLegend}</legend>
        {APP_HOSTS.map((value) => (
          <label key={value} class="tool-radio">
            <input type="radio" name="app-host" value={value} checked={f.appHost === value} onChange={() => f.setAppHost(value)} />
            <span>{t[APP_LABEL[value]]}</span>
          </label>
        ))}
      </fieldset>
      {draft.bothHosts && f.host !== 'auto' && (
        <p class="tool-hint" data-both-hosts>
          {fill(t.appHostBoth, { run: props.runLabel })}
        </p>
      )}
      {f.host === 'custom' && draft.blockedOrigin && (
        <CspBlocked origin={draft.blockedOrigin} labels={t} refused={refusal === 'csp'} commandRoute={props.commandRoute} />
      )}
      <RequestPreview idPrefix={id} requests={draft.described.ok ? draft.described.requests : null} labels={l} headingLevel={variant === 'wizard' ? 3 : 2} />
      <div class="tool-actions">
        {running && props.busy ? (
          props.busy
        ) : (
          <button type="button" class="tool-primary wizard-primary" data-run disabled={running || !hydrated} onClick={onRun}>
            {props.runLabel}
          </button>
        )}
      </div>
      <p class="tool-field-error" role="status" data-refused={refusal ?? undefined}>
        {refusal ? t.nothingSent : ''}
      </p>
      {props.children}
    </form>
  );
}
