import { stepsFor, type Cause } from '~/playground/diagnose';
import { CopyButton } from '~/islands/tools/CopyButton';
import { CauseLinks } from '~/islands/tools/oauth-playground/CauseLinks';
import { StepHeading } from '~/islands/tools/oauth-playground/StepHeading';
import type { StepProps } from '~/islands/tools/oauth-playground/types';

/** What Coze's own page may show instead of the consent screen: this page never sees those answers. */
const PAGE_ERRORS: readonly Cause[] = ['redirect-mismatch', 'client-unknown', 'wrong-app-type', 'app-deactivated'];

/** Step 2 (PKCE): the redirect URL to register and the authorize link, opened in this same tab. */
export function AuthorizeStep({ base, t, snapshot, send }: StepProps) {
  const c = snapshot.context;
  const url = c.pkce?.authorizeUrl ?? '';
  return (
    <section class="pg-step" aria-labelledby="pg-step-heading">
      <StepHeading step="authorize" t={t} />
      <p>{t.authorizeIntro}</p>
      <div class="tool-field" data-redirect-uri>
        <p id="pg-redirect-label">
          <strong>{t.redirectLabel}</strong>
        </p>
        <p>
          <code>{c.redirectUri}</code>
        </p>
        <CopyButton text={() => c.redirectUri} labels={base.common} describedBy="pg-redirect-label" />
      </div>
      {url && (
        <>
          <p id="pg-authorize-url-label">{t.authorizeUrlLabel}</p>
          <pre class="pg-url" aria-labelledby="pg-authorize-url-label" tabIndex={0}>
            <code>{url}</code>
          </pre>
          <p class="tool-actions">
            <a class="pg-button tool-primary" href={url} data-authorize onClick={() => send({ type: 'user.openAuthorize' })}>
              {t.authorizeLink}
            </a>
          </p>
        </>
      )}
      <p class="tool-hint" data-storage-note>
        {t.storageNote}
      </p>
      <div class="tool-notes">
        <h3>{t.pageErrorsHeading}</h3>
        <p>{t.pageErrorsIntro}</p>
        <ul>
          {PAGE_ERRORS.map((cause) => {
            const { step, also } = stepsFor(cause, 'unexpected-response', 'pkce');
            return (
              <li key={cause} data-cause={cause}>
                <strong>{t.causes[cause].title}</strong> {t.causes[cause].text}
                <CauseLinks base={base} t={t} step={step} also={also} />
              </li>
            );
          })}
        </ul>
      </div>
      <div class="tool-actions">
        <button type="button" onClick={() => send({ type: 'user.restart' })}>
          {t.restart}
        </button>
      </div>
    </section>
  );
}
