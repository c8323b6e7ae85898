import { humanDuration } from '~/islands/tools/duration';
import type { JwtInspection } from '~/probes';
import type { Locale } from '~/site/locale';
import { localDateTime } from '~/islands/tools/format';
import type { JwtLabels } from '~/islands/tools/labels';
import { fill } from '~/site/fill';

interface Props {
  readonly inspection: JwtInspection;
  /** The `aud` the chosen host needs, for the messages that name it. */
  readonly expected: string;
  readonly now: Date;
  readonly locale: Locale;
  readonly labels: JwtLabels;
}

const ICON = { error: '✖', warning: '⚠', info: 'ℹ' } as const;

/** Findings with an icon and a word for severity (colour is never the only signal), then the time claims against this browser's clock. */
export function Findings({ inspection, expected, now, locale, labels: j }: Props) {
  const nowSeconds = Math.floor(now.getTime() / 1000);
  const times = (['iat', 'exp'] as const).flatMap((claim) => {
    const value = inspection.claims?.[claim];
    return typeof value === 'number' && Number.isFinite(value) ? [{ claim, value }] : [];
  });
  return (
    <div class="tool-jwt-findings" data-findings>
      <h3>{j.findingsHeading}</h3>
      <p data-browser-clock>{fill(j.browserClock, { time: localDateTime(now, locale), unix: nowSeconds })}</p>
      {times.length > 0 && (
        <ul>
          {times.map(({ claim, value }) => {
            const delta = value - nowSeconds;
            const offset = fill(delta < 0 ? j.earlier : j.later, { duration: humanDuration(delta, locale) });
            return (
              <li key={claim} data-claim-time={claim}>
                {fill(j.claimTime, { claim, time: localDateTime(new Date(value * 1000), locale, j.notADate), offset })}
              </li>
            );
          })}
        </ul>
      )}
      {inspection.findings.length === 0 ? (
        <p data-finding="none">
          <span aria-hidden="true">✔</span> {j.noFindings}
        </p>
      ) : (
        <ul class="tool-findings">
          {inspection.findings.map((f) => (
            <li key={f.code} data-finding={f.code} data-severity={f.severity}>
              <span class={`tool-severity tool-severity--${f.severity}`}>
                <span aria-hidden="true">{ICON[f.severity]}</span> {j.severities[f.severity]}
              </span>{' '}
              <code>{f.field}</code> {fill(j.findings[f.code], { expected })}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
