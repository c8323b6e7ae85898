import type { Locale } from '~/site/locale';
import { MaskedToken } from '~/islands/tools/MaskedToken';
import { localDateTime } from '~/islands/tools/format';
import type { CommonLabels } from '~/islands/tools/labels';
import { fill } from '~/site/fill';

interface Props {
  readonly id: string;
  readonly label: string;
  readonly token: string;
  readonly fingerprint: string | null;
  /** From `expires_in`, an absolute Unix time (not a duration). */
  readonly expiresAt: Date | null;
  readonly locale: Locale;
  readonly labels: CommonLabels;
}

/** "in 15 minutes" / "already expired", rounded down, as of now. */
export function minutesLeft(expiresAt: Date, labels: CommonLabels, now = Date.now()): string {
  const minutes = Math.floor((expiresAt.getTime() - now) / 60_000);
  return minutes < 0 ? labels.expiredAlready : fill(labels.expiresIn, { n: minutes });
}

/**
 * An access token the visitor just obtained: masked by default (shoulder-surfing, screen sharing),
 * shown on request, copyable either way, with its expiry as a local date and time.
 */
export function IssuedToken({ id, label, token, fingerprint, expiresAt, locale, labels: l }: Props) {
  return (
    <div class="tool-field" data-issued-token>
      <MaskedToken id={id} label={label} token={token} fingerprint={fingerprint} labels={l} />
      {expiresAt && (
        <p data-expires-at={String(Math.floor(expiresAt.getTime() / 1000))}>
          {fill(l.expires, { date: localDateTime(expiresAt, locale), relative: minutesLeft(expiresAt, l) })}
        </p>
      )}
    </div>
  );
}
