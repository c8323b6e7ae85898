import { useState } from 'preact/hooks';
import type { WizardLabels } from './labels';

interface Props {
  readonly labels: WizardLabels;
  readonly canGoBack: boolean;
  readonly onBack: () => void;
  readonly onRestart: () => void;
  /** The absolute link to the current step, built only when asked for. */
  readonly link: () => string;
  readonly announce: (text: string) => void;
}

/** Back, Start over and "Copy link to this step"; the engine decides what each of them means. */
export function Toolbar({ labels, canGoBack, onBack, onRestart, link, announce }: Props) {
  const [fallback, setFallback] = useState<string | null>(null);

  const copy = async () => {
    const url = link();
    try {
      await navigator.clipboard.writeText(url);
      setFallback(null);
      announce(labels.linkCopied);
    } catch {
      // No clipboard (permissions, old browser): show the link so it can be copied by hand.
      setFallback(url);
      announce(labels.copyFailed);
    }
  };

  return (
    <div class="wizard-toolbar">
      <button type="button" onClick={onBack} disabled={!canGoBack}>
        {labels.back}
      </button>
      <button type="button" onClick={onRestart} disabled={!canGoBack}>
        {labels.startOver}
      </button>
      <button type="button" onClick={copy} data-copy-link>
        {labels.copyLink}
      </button>
      {fallback && (
        <label class="wizard-link-fallback">
          <span>{labels.copyFailed}</span>
          <input type="text" readOnly value={fallback} onFocus={(e) => (e.currentTarget as HTMLInputElement).select()} />
        </label>
      )}
    </div>
  );
}
