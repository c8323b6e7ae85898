import type { ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';

interface Props {
  /**
   * Built at click time, so nothing is read before the visitor asks. A promise when the code that
   * builds it is still loading; a string whenever possible, since some browsers accept a clipboard
   * write only in the click's own task (awaiting a string stays in it).
   */
  readonly text: () => string | Promise<string>;
  readonly copied: string;
  readonly failed: string;
  readonly children: ComponentChildren;
  /** Extra attributes for the button: the contract hooks (`data-support-report`, `data-copy-link`). */
  readonly hook: Readonly<Record<string, string | boolean>>;
}

/**
 * A copy button that says what happened next to itself ("Copied" / 「已复制」) for a few seconds, in
 * a status element so screen readers hear the same words. When the clipboard is refused, the text
 * appears in a read-only box to copy by hand.
 */
export function CopyFeedbackButton({ text, copied, failed, children, hook }: Props) {
  const [status, setStatus] = useState<'idle' | 'copied' | 'failed'>('idle');
  const [fallback, setFallback] = useState<string | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);
  const copy = async () => {
    clearTimeout(timer.current);
    // Cleared first, so copying twice is announced twice.
    setStatus('idle');
    let value = '';
    try {
      value = await text();
      await navigator.clipboard.writeText(value);
      setFallback(null);
      setStatus('copied');
      timer.current = setTimeout(() => setStatus('idle'), 4000);
    } catch {
      setFallback(value || null);
      setStatus('failed');
    }
  };
  return (
    <span class="copy-feedback">
      <button type="button" onClick={() => void copy()} {...hook}>
        {children}
      </button>
      <span role="status" class="copy-feedback-status" data-copy-status={status}>
        {status === 'copied' ? copied : status === 'failed' ? failed : ''}
      </span>
      {fallback !== null && (
        <textarea
          class="copy-feedback-fallback"
          readOnly
          rows={Math.min(12, fallback.split('\n').length + 1)}
          aria-label={failed}
          onFocus={(e) => e.currentTarget.select()}
        >
          {fallback}
        </textarea>
      )}
    </span>
  );
}
