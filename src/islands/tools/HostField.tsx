import type { Ref } from 'preact';
import type { HostChoice } from '~/probes';
import { Field } from '~/islands/tools/Field';
import type { CommonLabels } from '~/islands/tools/labels';

interface Props {
  readonly idPrefix: string;
  readonly hosts: readonly HostChoice[];
  readonly host: HostChoice;
  readonly onHost: (host: HostChoice) => void;
  /** Read on input only: a base URL is typed by the visitor, never filled from a link or storage. */
  readonly onBaseUrl: () => void;
  readonly baseUrlRef: Ref<HTMLInputElement>;
  readonly baseUrlError: string | null;
  readonly disabled: boolean;
  readonly labels: CommonLabels;
  readonly legend?: string;
}

const LABEL: Readonly<Record<HostChoice, keyof CommonLabels>> = { cn: 'hostCn', com: 'hostCom', auto: 'hostAuto', custom: 'hostCustom' };

/**
 * Host radios plus the custom base URL. The base URL field stays mounted (only hidden) when another
 * host is picked, so switching back does not lose what was typed.
 */
export function HostField({ idPrefix, hosts, host, onHost, onBaseUrl, baseUrlRef, baseUrlError, disabled, labels, legend }: Props) {
  return (
    <>
      <fieldset class="tool-fieldset" disabled={disabled}>
        <legend>{legend ?? labels.hostLegend}</legend>
        {hosts.map((value) => (
          <label key={value} class="tool-radio">
            <input type="radio" name="host" value={value} checked={host === value} onChange={() => onHost(value)} />
            <span>{labels[LABEL[value]] as string}</span>
          </label>
        ))}
      </fieldset>
      <Field
        id={`${idPrefix}-base-url`}
        label={labels.baseUrl}
        hint={labels.baseUrlHint}
        error={host === 'custom' ? baseUrlError : null}
        hidden={host !== 'custom'}
      >
        {(control) => (
          <input
            {...control}
            ref={baseUrlRef}
            name="base-url"
            type="url"
            inputMode="url"
            autocomplete="off"
            spellcheck={false}
            autocapitalize="off"
            placeholder="https://"
            disabled={disabled}
            onInput={onBaseUrl}
          />
        )}
      </Field>
    </>
  );
}

/**
 * The host radio the visitor picked in the server-rendered form before the island hydrated (Preact
 * keeps the DOM's `checked` while hydrating), so the island's state can adopt it instead of
 * silently disagreeing with what is on screen.
 */
export function earlyHost<T extends HostChoice>(root: HTMLElement | null, allowed: readonly T[]): T | null {
  const value = root?.querySelector<HTMLInputElement>('input[name="host"]:checked')?.value;
  return allowed.find((h) => h === value) ?? null;
}
