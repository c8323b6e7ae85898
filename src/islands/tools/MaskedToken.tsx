import { useState } from 'preact/hooks';
import { CopyButton } from '~/islands/tools/CopyButton';
import type { CommonLabels } from '~/islands/tools/labels';

interface Props {
  readonly id: string;
  readonly label: string;
  readonly token: string;
  readonly fingerprint: string | null;
  readonly labels: CommonLabels;
}

/**
 * A token the visitor obtained, masked by default (shoulder-surfing, screen sharing), shown on
 * request and copyable either way. The refresh test and the OAuth playground both issue tokens.
 */
export function MaskedToken({ id, label, token, fingerprint, labels: l }: Props) {
  const [shown, setShown] = useState(false);
  return (
    <>
      <label for={id}>{label}</label>
      <input
        id={id}
        type="text"
        readOnly
        value={shown ? token : (fingerprint ?? '••••••••')}
        autocomplete="off"
        spellcheck={false}
        data-masked={shown ? 'false' : 'true'}
      />
      <div class="tool-actions">
        <button type="button" aria-pressed={shown ? 'true' : 'false'} aria-controls={id} onClick={() => setShown(!shown)}>
          {shown ? l.hide : l.reveal}
        </button>
        <CopyButton text={() => token} labels={l} />
      </div>
    </>
  );
}
