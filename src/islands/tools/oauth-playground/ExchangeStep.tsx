import { describeCodeExchange } from '~/probes';
import { hostOf } from '~/playground/form';
import { Progress } from '~/islands/tools/Progress';
import { RequestPreview } from '~/islands/tools/RequestPreview';
import { StepHeading } from '~/islands/tools/oauth-playground/StepHeading';
import type { StepProps } from '~/islands/tools/oauth-playground/types';

/** Step 3 (PKCE): the state checked, the exchange shown as it will be sent, sent only on a click. */
export function ExchangeStep({ base, t, snapshot, send }: StepProps) {
  const c = snapshot.context;
  const sending = snapshot.matches({ exchange: 'sending' });
  const described = describeCodeExchange({
    clientId: c.clientId,
    ...hostOf(c),
    redirectUri: c.redirectUri,
    code: c.callback?.code ?? '',
    codeVerifier: c.pkce?.verifier ?? '',
  });
  return (
    <section class="pg-step" aria-labelledby="pg-step-heading">
      <StepHeading step="exchange" t={t} />
      <p class="tool-ok-text" data-state-checked>
        {t.stateChecked}
      </p>
      <p>{t.exchangeIntro}</p>
      <RequestPreview idPrefix="pg-exchange" requests={described.ok ? [described.request] : null} labels={base.common} />
      <div class="tool-actions">
        <button type="button" class="tool-primary" data-exchange disabled={sending} onClick={() => send({ type: 'user.exchange' })}>
          {t.exchangeButton}
        </button>
        <button type="button" onClick={() => send({ type: 'user.restart' })} disabled={sending}>
          {t.restart}
        </button>
      </div>
      {sending && (
        <Progress
          startedAt={Date.now()}
          hosts={described.ok ? [new URL(described.request.url).origin] : []}
          onCancel={() => send({ type: 'user.cancel' })}
          labels={base.common}
        />
      )}
    </section>
  );
}
