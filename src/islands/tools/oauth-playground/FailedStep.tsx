import { describeCodeExchange, describeDeviceCode, toCurl, toPowerShell, type PlannedRequest } from '~/probes';
import { hostOf } from '~/playground/form';
import type { PlaygroundContext } from '~/playground/types';
import { VerdictView } from '~/islands/tools/VerdictView';
import { CauseLinks } from '~/islands/tools/oauth-playground/CauseLinks';
import { StepHeading } from '~/islands/tools/oauth-playground/StepHeading';
import type { StepProps } from '~/islands/tools/oauth-playground/types';

/** Where the flow stopped: the shared verdict, the playground's cause, the step to go to. */
export function FailedStep({ base, t, snapshot, send }: StepProps) {
  const { failure } = snapshot.context;
  if (!failure) return null;
  const cause = t.causes[failure.cause];
  const blocked = failure.cause === 'cors-blocked' ? blockedRequest(snapshot.context) : null;
  return (
    <section class="pg-step" aria-labelledby="pg-step-heading">
      <StepHeading step="failed" t={t} />
      <p>{t.failedIntro}</p>
      <div aria-live="polite">
        <VerdictView base={base} source="live" verdict={failure.verdict} uncertain={failure.uncertain} explain={null} evidence={failure.evidence} notes={[]}>
          <p data-cause={failure.cause}>
            <strong>{cause.title}</strong> {cause.text}
          </p>
          <CauseLinks base={base} t={t} step={failure.step} also={failure.also} />
          {blocked && <Commands request={blocked} intro={t.commandIntro} />}
        </VerdictView>
      </div>
      <div class="tool-actions">
        <button type="button" class="tool-primary" onClick={() => send({ type: 'user.restart' })}>
          {t.restart}
        </button>
      </div>
    </section>
  );
}

/** The request the browser could not read, rebuilt for the command line (its secrets print as placeholders). */
function blockedRequest(c: PlaygroundContext): PlannedRequest | null {
  const described =
    c.flow === 'device'
      ? describeDeviceCode({ clientId: c.clientId, ...hostOf(c) })
      : describeCodeExchange({ clientId: c.clientId, ...hostOf(c), redirectUri: c.redirectUri, code: 'code_placeholder', codeVerifier: 'x'.repeat(43) });
  return described.ok ? described.request : null;
}

/** Masked commands for a request the browser could not make (CORS): secrets stay placeholders. */
function Commands({ request, intro }: { request: PlannedRequest; intro: string }) {
  return (
    <div data-commands>
      <p>{intro}</p>
      <pre>
        <code>{toCurl(request, { mask: true })}</code>
      </pre>
      <pre>
        <code>{toPowerShell(request, { mask: true })}</code>
      </pre>
    </div>
  );
}
