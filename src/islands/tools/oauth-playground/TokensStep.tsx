import { fill } from '~/site/fill';
import { Progress } from '~/islands/tools/Progress';
import { VerdictView } from '~/islands/tools/VerdictView';
import { CauseLinks } from '~/islands/tools/oauth-playground/CauseLinks';
import { StepHeading } from '~/islands/tools/oauth-playground/StepHeading';
import { TokenBox } from '~/islands/tools/oauth-playground/TokenBox';
import type { StepProps } from '~/islands/tools/oauth-playground/types';

/**
 * Step 4: the tokens, then on request a token test and a refresh. After a refresh the new refresh
 * token comes first (the old one is spent and listed as such), so it cannot be missed.
 */
export function TokensStep({ base, t, snapshot, send }: StepProps) {
  const { common: l, locale } = base;
  const { tokens, exchange, check, refresh } = snapshot.context;
  const busy = !snapshot.matches({ tokens: 'idle' });
  if (!tokens) return null;
  const rotated = tokens.spent.length > 0 && tokens.refreshToken !== null;
  const refreshBox = tokens.refreshToken && (
    <div class={rotated ? 'tool-warning' : undefined} data-refresh-token>
      {rotated && <p>{t.newRefreshNote}</p>}
      <TokenBox
        id="pg-refresh"
        label={t.refreshLabel}
        token={tokens.refreshToken}
        fingerprint={tokens.refreshTokenFingerprint}
        expiresAt={tokens.refreshExpiresAt}
        kind="refresh"
        locale={locale}
        common={l}
        t={t}
      />
    </div>
  );
  return (
    <section class="pg-step" aria-labelledby="pg-step-heading">
      <StepHeading step="tokens" t={t} />
      {exchange && (
        <VerdictView
          base={base}
          source="live"
          verdict={exchange.verdict}
          uncertain={exchange.uncertain}
          explain={null}
          evidence={exchange.evidence}
          notes={[]}
          {...(exchange.verdict === 'valid' ? t.exchangeValid : {})}
        />
      )}
      <p class="tool-hint">{t.tokensIntro}</p>
      {rotated && refreshBox}
      <TokenBox
        id="pg-access"
        label={t.accessLabel}
        token={tokens.accessToken}
        fingerprint={tokens.accessTokenFingerprint}
        expiresAt={tokens.expiresAt}
        kind="access"
        locale={locale}
        common={l}
        t={t}
      />
      {!rotated && refreshBox}
      {!tokens.refreshToken && <p>{t.noRefreshToken}</p>}
      {tokens.spent.length > 0 && (
        <div data-spent>
          <h3>{t.spentHeading}</h3>
          <ul>
            {tokens.spent.map((fp, i) => (
              <li key={i}>
                <del>{fill(t.spentItem, { fingerprint: fp })}</del>
              </li>
            ))}
          </ul>
        </div>
      )}
      <p class="tool-hint" id="pg-refresh-warning">
        {t.refreshWarning}
      </p>
      <div class="tool-actions">
        <button type="button" class="tool-primary" data-test-token disabled={busy} onClick={() => send({ type: 'user.checkToken' })}>
          {t.testToken}
        </button>
        <button
          type="button"
          data-refresh
          disabled={busy || !tokens.refreshToken}
          aria-describedby="pg-refresh-warning"
          onClick={() => send({ type: 'user.refresh' })}
        >
          {t.refreshButton}
        </button>
        <button type="button" disabled={busy} onClick={() => send({ type: 'user.restart' })}>
          {t.restart}
        </button>
      </div>
      {busy && <Progress startedAt={Date.now()} hosts={[]} onCancel={() => send({ type: 'user.cancel' })} labels={l} />}
      <div aria-live="polite">
        {check && (
          <section data-check-result aria-labelledby="pg-check-heading">
            <h3 id="pg-check-heading">{t.checkHeading}</h3>
            <VerdictView
              base={base}
              source="live"
              verdict={check.verdict}
              uncertain={check.uncertain}
              explain={check.step}
              evidence={check.evidence}
              notes={check.notes}
            >
              {check.user && <p>{fill(t.userLine, { name: check.user.nick_name || check.user.user_name })}</p>}
            </VerdictView>
          </section>
        )}
        {refresh && (
          <section data-refresh-result aria-labelledby="pg-refresh-heading">
            <h3 id="pg-refresh-heading">{t.refreshHeading}</h3>
            {refresh.diagnosis ? (
              <VerdictView
                base={base}
                source="live"
                verdict={refresh.diagnosis.verdict}
                uncertain={refresh.diagnosis.uncertain}
                explain={null}
                evidence={refresh.diagnosis.evidence}
                notes={[]}
              >
                <p data-cause={refresh.diagnosis.cause}>
                  <strong>{t.causes[refresh.diagnosis.cause].title}</strong> {t.causes[refresh.diagnosis.cause].text}
                </p>
                <CauseLinks base={base} t={t} step={refresh.diagnosis.step} also={refresh.diagnosis.also} />
              </VerdictView>
            ) : (
              <VerdictView
                base={base}
                source="live"
                verdict={refresh.result.verdict}
                uncertain={refresh.result.uncertain}
                explain={null}
                evidence={refresh.result.evidence}
                notes={[]}
                {...(refresh.result.verdict === 'valid' ? t.refreshValid : {})}
              />
            )}
          </section>
        )}
      </div>
    </section>
  );
}
