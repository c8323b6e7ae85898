import type { Ref } from 'preact';
import type { Classification, ExplainRef, PlannedRequest } from '~/probes';
import { CommandsPanel } from '~/islands/tools/CommandsPanel';
import { PastedResponse } from '~/islands/tools/PastedResponse';
import type { BaseToolProps } from '~/islands/tools/types';

interface Props {
  readonly base: BaseToolProps;
  readonly idPrefix: string;
  readonly requests: readonly PlannedRequest[] | null;
  readonly canUnmask: boolean;
  readonly pastedRef: Ref<HTMLTextAreaElement>;
  readonly explainFor?: (classification: Classification) => ExplainRef | null;
}

/** Commands to run elsewhere plus the box to paste their output back: the CORS-proof path. */
export function OfflineSection({ base, idPrefix, requests, canUnmask, pastedRef, explainFor }: Props) {
  const l = base.common;
  return (
    <section class="tool-offline" id={`${idPrefix}-offline`} aria-labelledby={`${idPrefix}-offline-heading`}>
      <h2 id={`${idPrefix}-offline-heading`}>{l.offlineHeading}</h2>
      <p>{l.offlineIntro}</p>
      <CommandsPanel idPrefix={idPrefix} requests={requests} canUnmask={canUnmask} labels={l} />
      <PastedResponse base={base} idPrefix={idPrefix} inputRef={pastedRef} {...(explainFor ? { explainFor } : {})} />
    </section>
  );
}

/** Moves the visitor to the paste box after a live check could not reach the API. */
export function OfflinePointer({ base, pastedRef }: { readonly base: BaseToolProps; readonly pastedRef: { current: HTMLTextAreaElement | null } }) {
  const l = base.common;
  const go = () => {
    pastedRef.current?.scrollIntoView({ block: 'center' });
    pastedRef.current?.focus();
  };
  return (
    <p class="tool-offline-pointer" data-offline-pointer>
      {l.offlinePointer}{' '}
      <button type="button" class="tool-link-button" onClick={go}>
        {l.offlineLink}
      </button>
    </p>
  );
}
