import { useEffect, useRef, useState } from 'preact/hooks';
import type { RefreshInput } from '~/probes';
import type { RefreshLabels, TokenCheckLabels, TokenFormLabels } from '~/islands/tools/labels';
import { TokenCheck } from '~/islands/tools/TokenCheck';
import type { BaseToolProps } from '~/islands/tools/types';

interface Props {
  readonly base: BaseToolProps;
  /** The new access token, as the refresh returned it. Held in memory only, like the result itself. */
  readonly token: string;
  readonly host: RefreshInput['host'];
  readonly baseUrl: string;
  readonly labels: RefreshLabels;
  readonly tokenCheck: TokenCheckLabels;
  readonly form: TokenFormLabels;
}

/**
 * "Test the new access token": the token check, opened on this same page with the new token filled
 * in. Handing it over in memory (a prop) is the only way that keeps it out of URLs and storage on a
 * static site where every page load starts afresh. Nothing is sent until the visitor clicks Run.
 */
export function TestAccessToken({ base, token, host, baseUrl, labels: t, tokenCheck, form }: Props) {
  const [open, setOpen] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (open) heading.current?.focus();
  }, [open]);
  if (!open) {
    return (
      <p class="tool-actions" data-test-access>
        <button type="button" aria-describedby="rt-test-hint" onClick={() => setOpen(true)}>
          {t.testAccess}
        </button>{' '}
        <span id="rt-test-hint" class="tool-hint">
          {t.testAccessHint}
        </span>
      </p>
    );
  }
  return (
    <section class="tool-handoff" aria-labelledby="rt-test-heading" data-test-access-check>
      <h2 id="rt-test-heading" tabIndex={-1} ref={heading}>
        {t.testHeading}
      </h2>
      <TokenCheck {...base} labels={tokenCheck} form={form} preset={{ token, host, ...(host === 'custom' ? { baseUrl } : {}) }} />
    </section>
  );
}
