import { useState } from 'preact/hooks';
import { encodeShare } from '~/playground/share-link';
import { CopyButton } from '~/islands/tools/CopyButton';
import type { StepProps } from '~/islands/tools/oauth-playground/types';

/** The share link: settings and step only; the client id only when the box is ticked. */
export function SharePanel({ base, t, snapshot, step }: StepProps & { step: 'setup' | 'authorize' }) {
  const [include, setInclude] = useState(false);
  const c = snapshot.context;
  const page = c.redirectUri;
  const link = `${page}${encodeShare({ flow: c.flow, host: c.host, clientId: c.clientId.trim() || null, step }, include)}`;
  return (
    <details class="pg-share" data-share>
      <summary>{t.shareHeading}</summary>
      <label class="tool-check">
        <input type="checkbox" name="share-client-id" checked={include} onChange={(e) => setInclude(e.currentTarget.checked)} />
        <span>{t.shareInclude}</span>
      </label>
      <div class="tool-field">
        <label for="pg-share-link">{t.shareLabel}</label>
        <input id="pg-share-link" type="text" readOnly value={link} aria-describedby="pg-share-hint" data-share-link />
        <p id="pg-share-hint" class="tool-hint">
          {t.shareHint}
        </p>
        <CopyButton text={() => link} labels={base.common} />
      </div>
    </details>
  );
}
