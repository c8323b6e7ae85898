import { useEffect, useRef, useState } from 'preact/hooks';

export type CopyStatus = 'idle' | 'copied' | 'failed';

/** Writes text to the clipboard and reports the outcome for a few seconds; never throws. */
export function useClipboard(): [CopyStatus, (text: string) => Promise<void>] {
  const [status, setStatus] = useState<CopyStatus>('idle');
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);
  const copy = async (text: string) => {
    clearTimeout(timer.current);
    try {
      await navigator.clipboard.writeText(text);
      setStatus('copied');
    } catch {
      // Denied permission or an insecure context: say so, and the text is still on screen to select.
      setStatus('failed');
    }
    timer.current = setTimeout(() => setStatus('idle'), 4000);
  };
  return [status, copy];
}
