import { useEffect, useRef, useState } from 'preact/hooks';
import { createActor } from 'xstate';
import { redirectUriFor } from '~/probes';
import { readCallback, strippedUrl } from '~/playground/callback';
import { playgroundMachine, stepOf } from '~/playground/machine';
import { browserSessionStore } from '~/playground/session';
import { decodeShare } from '~/playground/share-link';
import { useActor } from '~/islands/shared/use-actor';
import type { BaseToolProps } from '~/islands/tools/types';
import { AuthorizeStep } from '~/islands/tools/oauth-playground/AuthorizeStep';
import { DeviceStep } from '~/islands/tools/oauth-playground/DeviceStep';
import { ExchangeStep } from '~/islands/tools/oauth-playground/ExchangeStep';
import { FailedStep } from '~/islands/tools/oauth-playground/FailedStep';
import type { PlaygroundLabels } from '~/islands/tools/oauth-playground/labels';
import { SetupStep } from '~/islands/tools/oauth-playground/SetupStep';
import { SharePanel } from '~/islands/tools/oauth-playground/SharePanel';
import { TokensStep } from '~/islands/tools/oauth-playground/TokensStep';

interface Props extends BaseToolProps {
  readonly labels: PlaygroundLabels;
}

/**
 * Reads the page address once, before anything renders: an OAuth answer (`?code&state` or
 * `?error`) is taken into memory and removed from the address bar at once, so it is not left in
 * history, bookmarks or a copied link; a share link (`#flow=…`) fills the form.
 */
function startActor() {
  const url = new URL(location.href);
  const callback = readCallback(url);
  if (callback) history.replaceState(history.state, '', strippedUrl(url));
  return createActor(playgroundMachine, {
    input: { redirectUri: redirectUriFor(url.href), store: browserSessionStore(), callback, shared: callback ? null : decodeShare(url.hash) },
  }).start();
}

/** /tools/oauth-playground/: renders the machine's step; every rule lives in src/playground. */
export function OAuthPlayground(props: Props) {
  const [actor] = useState(startActor);
  const [snapshot, send] = useActor(actor);
  const step = stepOf(snapshot);
  const rootRef = useRef<HTMLDivElement>(null);
  const first = useRef(true);
  useEffect(() => {
    const leave = () => send({ type: 'user.leave' });
    addEventListener('pagehide', leave);
    return () => {
      removeEventListener('pagehide', leave);
      actor.stop();
    };
  }, [actor]);
  // Focus follows the step; on load only when the page opens mid-flow (back from the authorize page).
  useEffect(() => {
    if (!first.current || step !== 'setup') rootRef.current?.querySelector<HTMLElement>('[data-step-heading]')?.focus();
    first.current = false;
  }, [step]);
  const p = { base: props, t: props.labels, snapshot, send };
  const notice = snapshot.context.notice;
  return (
    <div class="tool pg" data-tool="oauth-playground" data-step={step} data-flow={snapshot.context.flow} ref={rootRef}>
      <p role="status" aria-live="polite" class="sr-only">
        {props.labels.steps[step]}
      </p>
      {notice && (
        <p class="tool-hint pg-notice" data-notice={notice}>
          {props.labels.notices[notice]}
        </p>
      )}
      {step === 'setup' && <SetupStep {...p} />}
      {step === 'authorize' && <AuthorizeStep {...p} />}
      {step === 'exchange' && <ExchangeStep {...p} />}
      {step === 'tokens' && <TokensStep {...p} />}
      {step === 'device' && <DeviceStep {...p} />}
      {step === 'failed' && <FailedStep {...p} />}
      {(step === 'setup' || step === 'authorize') && <SharePanel {...p} step={step} />}
    </div>
  );
}
