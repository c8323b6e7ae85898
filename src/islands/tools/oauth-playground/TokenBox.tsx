import { useState } from 'preact/hooks';
import type { Locale } from '~/wizards/engine/types';
import { CopyButton } from '../CopyButton';
import { localDateTime } from '../format';
import type { CommonLabels } from '../labels';
import { fill } from '../labels/fill';
import type { PlaygroundLabels } from './labels';
import { timeLeft, useNow } from './use-now';

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
  const [shown, setShown] = useState(false);
  const now = useNow();
  const expired = kind === 'access' && expiresAt !== null && expiresAt.getTime() <= now;
  return (
    <div class="tool-field pg-token" data-token={kind}>
      <label for={id}>{label}</label>
      <input id={id} type="text" readOnly value={shown ? token : (fingerprint ?? '••••••••')} autocomplete="off" spellcheck={false} data-masked={shown ? 'false' : 'true'} />
      <div class="tool-actions">
        <button type="button" aria-pressed={shown ? 'true' : 'false'} aria-controls={id} onClick={() => setShown(!shown)}>
          {shown ? l.hide : l.reveal}
        </button>
        <CopyButton text={() => token} labels={l} />
      </div>
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
