import type { Locale } from '~/site/locale';
import { MaskedToken } from '~/islands/tools/MaskedToken';
import { localDateTime } from '~/islands/tools/format';
import type { CommonLabels } from '~/islands/tools/labels';
import { fill } from '~/site/fill';
import type { PlaygroundLabels } from '~/islands/tools/oauth-playground/labels';
import { timeLeft, useNow } from '~/islands/tools/oauth-playground/use-now';

interface Props {
  readonly id: string;
  readonly label: string;
  readonly token: string;
  readonly fingerprint: string | null;
  /** Access token: `expires_in` (an absolute Unix time) as a live countdown. Refresh token: issue + 30 days. */
  readonly expiresAt: Date | null;
  readonly kind: 'access' | 'refresh';
  readonly locale: Locale;
  readonly common: CommonLabels;
  readonly t: PlaygroundLabels;
}

/** A token the visitor obtained: masked until asked, copyable, with its expiry. */
export function TokenBox({ id, label, token, fingerprint, expiresAt, kind, locale, common: l, t }: Props) {
  const now = useNow();
  const expired = kind === 'access' && expiresAt !== null && expiresAt.getTime() <= now;
  return (
    <div class="tool-field pg-token" data-token={kind}>
      <MaskedToken id={id} label={label} token={token} fingerprint={fingerprint} labels={l} />
      {expiresAt && kind === 'access' && (
        <p data-expires-at={String(Math.floor(expiresAt.getTime() / 1000))}>
          {fill(t.accessExpires, { date: localDateTime(expiresAt, locale) })}{' '}
          <span role="timer" aria-live="off" data-countdown>
            {expired ? t.expiredNow : fill(t.countdown, { time: timeLeft(expiresAt.getTime(), now) })}
          </span>
        </p>
      )}
      {expiresAt && kind === 'refresh' && <p data-refresh-expires>{fill(t.refreshExpires, { date: localDateTime(expiresAt, locale) })}</p>}
    </div>
  );
}
