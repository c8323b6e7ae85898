import type { RefreshResult } from '~/probes';
import type { Locale } from '~/site/locale';
import { CopyButton } from '~/islands/tools/CopyButton';
import { IssuedToken } from '~/islands/tools/IssuedToken';
import type { CommonLabels, RefreshLabels } from '~/islands/tools/labels';

interface Props {
  readonly result: RefreshResult & { readonly newRefreshToken: string };
  readonly locale: Locale;
  readonly labels: RefreshLabels;
  readonly common: CommonLabels;
}

/**
 * A successful refresh. The new refresh token comes first and in plain sight: the one the visitor
 * pasted is already dead, so losing this one means re-authorising.
 */
export function RefreshSuccess({ result: r, locale, labels: t, common: l }: Props) {
  return (
    <div class="tool-issued" data-refresh-success>
      <div class="tool-warning" data-new-refresh-token>
        <h3>{t.newRefreshHeading}</h3>
        <div class="tool-field">
          <label for="rt-new-refresh">{t.newRefreshLabel}</label>
          <input
            id="rt-new-refresh"
            name="new-refresh-token"
            type="text"
            readOnly
            value={r.newRefreshToken}
            autocomplete="off"
            spellcheck={false}
            aria-describedby="rt-new-refresh-hint"
            onFocus={(e) => e.currentTarget.select()}
          />
          <p id="rt-new-refresh-hint">{t.savedHint}</p>
        </div>
        <CopyButton text={() => r.newRefreshToken} labels={l} />
      </div>
      {r.accessToken && (
        <>
          <h3>{t.accessHeading}</h3>
          <IssuedToken
            id="rt-access"
            label={t.accessLabel}
            token={r.accessToken}
            fingerprint={r.accessTokenFingerprint}
            expiresAt={r.expiresAt}
            locale={locale}
            labels={l}
          />
        </>
      )}
    </div>
  );
}
