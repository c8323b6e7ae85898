import { fill } from '~/site/fill';
import { Progress } from '~/islands/tools/Progress';
import { StepHeading } from '~/islands/tools/oauth-playground/StepHeading';
import type { StepProps } from '~/islands/tools/oauth-playground/types';
import { timeLeft, useNow } from '~/islands/tools/oauth-playground/use-now';

/** Step 2 (device): the user code and verification page, a visible countdown, polling until an answer or Cancel. */
export function DeviceStep({ base, t, snapshot, send }: StepProps) {
  const { device } = snapshot.context;
  const now = useNow();
  const polling = snapshot.matches({ device: { active: 'polling' } });
  return (
    <section class="pg-step" aria-labelledby="pg-step-heading">
      <StepHeading step="device" t={t} />
      {!device ? (
        <Progress startedAt={Date.now()} hosts={[]} onCancel={() => send({ type: 'user.cancel' })} labels={base.common} />
      ) : (
        <>
          <p>{t.deviceIntro}</p>
          <p class="pg-user-code">
            <span id="pg-user-code-label">{t.userCodeLabel}</span>{' '}
            <strong aria-describedby="pg-user-code-label" data-user-code>
              {device.userCode}
            </strong>
          </p>
          {device.verificationUrl && (
            <p class="tool-actions">
              <a class="pg-button tool-primary" href={device.verificationUrl} target="_blank" rel="noopener noreferrer" data-verification>
                {t.verificationLink}
              </a>
            </p>
          )}
          <p role="timer" aria-live="off" data-device-countdown>
            {fill(t.codeExpires, { time: timeLeft(device.expiresAt, now) })}
          </p>
          <p data-poll>
            {polling || device.nextPollAt === null ? t.polling : fill(t.nextPoll, { time: timeLeft(device.nextPollAt, now), n: device.intervalSeconds })}{' '}
            <span class="tool-hint">{fill(t.pollCount, { n: device.polls })}</span>
          </p>
          {device.slowDowns > 0 && (
            <p class="tool-warning" data-slow-down>
              {fill(t.slowDownNote, { n: device.intervalSeconds })}
            </p>
          )}
          <div class="tool-actions">
            <button type="button" onClick={() => send({ type: 'user.cancel' })}>
              {base.common.cancel}
            </button>
          </div>
        </>
      )}
    </section>
  );
}
