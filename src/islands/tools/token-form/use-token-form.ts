import { useEffect, useRef, useState } from 'preact/hooks';
import type { HostChoice, TokenCheckInput } from '~/probes';
import { earlyHost } from '~/islands/tools/HostField';
import { APP_HOSTS, draftOf, pagePolicy, refusalOf, type AppHostChoice, type Refusal, type TokenDraft } from '~/islands/tools/token-form/draft';

export const HOSTS: readonly HostChoice[] = ['cn', 'com', 'auto', 'custom'];

export interface TokenForm {
  readonly tokenRef: { current: HTMLInputElement | HTMLTextAreaElement | null };
  readonly baseUrlRef: { current: HTMLInputElement | null };
  readonly rootRef: { current: HTMLElement | null };
  readonly host: HostChoice;
  readonly appHost: AppHostChoice;
  readonly draft: TokenDraft;
  /** Set after a click that was refused; cleared by the next edit of the field it names. */
  readonly refusal: Refusal | null;
  /** True after the first click: empty fields then show their message too. */
  readonly submitted: boolean;
  readonly setHost: (host: HostChoice) => void;
  readonly setAppHost: (appHost: AppHostChoice) => void;
  readonly refresh: () => void;
  /** The input to send, or the reason (shown inline) why nothing may be sent. */
  readonly submit: (override?: { appHost?: AppHostChoice }) => { readonly input: TokenCheckInput } | { readonly refusal: Refusal };
}

/**
 * State of the one token form. The token is read from its field only when the preview is rebuilt
 * and on the click: it is never kept in state, a URL or storage (the draft holds the normalized
 * token only to build the preview, and lives as long as the form).
 */
/** A token handed over in memory by another tool on the same page (the refresh test's new access token). */
export interface TokenPreset {
  readonly token: string;
  readonly host: HostChoice;
  readonly baseUrl?: string;
}

export function useTokenForm(preset?: TokenPreset): TokenForm {
  const tokenRef = useRef<HTMLInputElement | HTMLTextAreaElement>(null);
  const baseUrlRef = useRef<HTMLInputElement>(null);
  const rootRef = useRef<HTMLElement>(null);
  const [host, setHostState] = useState<HostChoice>('auto');
  const [appHost, setAppHostState] = useState<AppHostChoice>('unknown');
  const [refusal, setRefusal] = useState<Refusal | null>(null);
  const [submitted, setSubmitted] = useState(false);
  const read = (h: HostChoice, a: AppHostChoice) =>
    draftOf({ token: tokenRef.current?.value ?? '', host: h, baseUrl: baseUrlRef.current?.value ?? '', appHost: a }, pagePolicy());
  const [draft, setDraft] = useState<TokenDraft>(() => read('auto', 'unknown'));

  // Adopt anything typed or picked before hydration, so the preview matches the form on screen.
  useEffect(() => {
    if (preset) {
      // Written straight into the fields, as if pasted: still nothing is sent before the click.
      if (tokenRef.current) tokenRef.current.value = preset.token;
      if (baseUrlRef.current && preset.baseUrl) baseUrlRef.current.value = preset.baseUrl;
      setHostState(preset.host);
      setDraft(read(preset.host, appHost));
      return;
    }
    const early = earlyHost(rootRef.current, HOSTS) ?? host;
    const pickedApp = rootRef.current?.querySelector<HTMLInputElement>('input[name="app-host"]:checked')?.value;
    const earlyApp = APP_HOSTS.find((a) => a === pickedApp) ?? appHost;
    setHostState(early);
    setAppHostState(earlyApp);
    setDraft(read(early, earlyApp));
  }, []);

  const update = (h: HostChoice, a: AppHostChoice) => {
    const next = read(h, a);
    setDraft(next);
    if (refusal && refusalOf(next) !== refusal) setRefusal(null);
    return next;
  };

  return {
    tokenRef,
    baseUrlRef,
    rootRef,
    host,
    appHost,
    draft,
    refusal,
    submitted,
    setHost: (h) => (setHostState(h), update(h, appHost)),
    setAppHost: (a) => (setAppHostState(a), update(host, a)),
    refresh: () => update(host, appHost),
    submit: (override) => {
      const a = override?.appHost ?? appHost;
      if (a !== appHost) setAppHostState(a);
      const next = update(host, a);
      const why = refusalOf(next);
      setSubmitted(true);
      setRefusal(why);
      return why === null ? { input: next.input } : { refusal: why };
    },
  };
}
