import type { CommonLabels } from '~/islands/tools/labels';
import { useClipboard } from '~/islands/tools/use-clipboard';

interface Props {
  /** Called at click time, so a secret is read only when the visitor asks for it. */
  readonly text: () => string;
  readonly labels: CommonLabels;
  readonly label?: string;
  readonly describedBy?: string;
}

export function CopyButton({ text, labels, label, describedBy }: Props) {
  const [status, copy] = useClipboard();
  return (
    <span class="tool-copy">
      <button type="button" data-copy onClick={() => void copy(text())} aria-describedby={describedBy}>
        {label ?? labels.copy}
      </button>
      <span role="status" class={status === 'failed' ? 'tool-error-text' : 'tool-ok-text'}>
        {status === 'copied' ? labels.copied : status === 'failed' ? labels.copyFailed : ''}
      </span>
    </span>
  );
}
