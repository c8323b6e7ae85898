import { useEffect, useRef, useState } from 'preact/hooks';
import { withRenderBoundary } from '~/islands/RenderBoundary';
import { inspectJwt, MAX_TOKEN_LENGTH, resolveBaseUrl, type JwtExchangeInput } from '~/probes';
import { Field } from '~/islands/tools/Field';
import { problemMessage } from '~/islands/tools/format';
import { earlyHost, HostField } from '~/islands/tools/HostField';
import type { JwtLabels, TokenFormLabels } from '~/islands/tools/labels';
import { Decoded } from '~/islands/tools/jwt/Decoded';
import { Exchange } from '~/islands/tools/jwt/Exchange';
import { Findings } from '~/islands/tools/jwt/Findings';
import { Signer } from '~/islands/tools/jwt/Signer';
import type { BaseToolProps } from '~/islands/tools/types';

interface Props extends BaseToolProps {
  readonly labels: JwtLabels;
  readonly form: TokenFormLabels;
}

type Host = JwtExchangeInput['host'];
const HOSTS: readonly Host[] = ['cn', 'com', 'custom'];

/** The `aud` a JWT needs for the chosen host: the host name only, no scheme. */
function expectedAudience(host: Host, baseUrl: string): string {
  if (host !== 'custom') return `api.coze.${host}`;
  const resolved = resolveBaseUrl('custom', baseUrl);
  return resolved.ok ? new URL(resolved.origin).host : '?';
}

/**
 * /tools/jwt-inspector/: decodes a JWT assertion and checks it against Coze's JWT rules and this
 * browser's clock, locally. Exchanging it (a request) and signing one (local) are separate, explicit steps.
 */
function JwtInspectorView(props: Props) {
  const { labels: j, common: l, copy, locale } = props;
  const jwtRef = useRef<HTMLTextAreaElement>(null);
  const baseUrlRef = useRef<HTMLInputElement>(null);
  const [jwt, setJwt] = useState('');
  const [host, setHost] = useState<Host>('cn');
  const [baseUrl, setBaseUrl] = useState('');
  const [now, setNow] = useState(() => new Date());
  // The clock ticks so an `exp` passing while the page is open shows up without retyping.
  useEffect(() => {
    const timer = setInterval(() => setNow(new Date()), 1000);
    return () => clearInterval(timer);
  }, []);

  const rootRef = useRef<HTMLDivElement>(null);
  // Adopt anything typed or picked before hydration, so the inspection matches the form on screen.
  useEffect(() => {
    setHost(earlyHost(rootRef.current, HOSTS) ?? host);
    setJwt(jwtRef.current?.value ?? '');
    setBaseUrl(baseUrlRef.current?.value ?? '');
  }, []);

  // A huge paste is refused by its length before any decoding.
  const tooLong = jwt.length > 2 * MAX_TOKEN_LENGTH;
  const inspection = jwt.trim() === '' || tooLong ? null : inspectJwt(jwt, { host, ...(host === 'custom' ? { baseUrl } : {}), now });
  const baseError =
    host === 'custom' && baseUrl.trim() !== '' ? ((r) => (r.ok ? null : problemMessage(r.problem, copy)))(resolveBaseUrl('custom', baseUrl)) : null;
  const fillJwt = (value: string) => {
    if (jwtRef.current) jwtRef.current.value = value;
    setJwt(value);
  };

  return (
    <div class="tool" data-tool="jwt-inspector" ref={rootRef}>
      <form class="tool-form" autocomplete="off" noValidate onSubmit={(e) => e.preventDefault()}>
        <Field id="jw-jwt" label={j.jwtLabel} hint={j.jwtHint} error={tooLong ? problemMessage({ code: 'too-long', field: 'jwt' }, copy) : null}>
          {(c) => (
            <textarea
              {...c}
              ref={jwtRef}
              name="jwt"
              rows={5}
              autocomplete="off"
              spellcheck={false}
              autocapitalize="off"
              onInput={(e) => setJwt(e.currentTarget.value)}
            />
          )}
        </Field>
        <HostField
          idPrefix="jw"
          hosts={HOSTS}
          host={host}
          legend={j.audLegend}
          onHost={(h) => setHost(h as Host)}
          onBaseUrl={() => setBaseUrl(baseUrlRef.current?.value ?? '')}
          baseUrlRef={baseUrlRef}
          baseUrlError={baseError}
          disabled={false}
          labels={l}
        />
      </form>
      {inspection && (
        <section class="tool-result" aria-labelledby="jw-inspect-heading" data-inspection={inspection.ok ? 'ok' : 'problems'}>
          <h2 id="jw-inspect-heading">{l.resultHeading}</h2>
          <Findings inspection={inspection} expected={expectedAudience(host, baseUrl)} now={now} locale={locale} labels={j} />
          <Decoded inspection={inspection} labels={j} />
        </section>
      )}
      <Exchange base={props} labels={j} jwt={jwt} host={host} baseUrl={baseUrl} form={props.form} />
      <Signer host={host} onSigned={fillJwt} labels={j} />
    </div>
  );
}

/** The island, behind a render boundary: a render error shows a message with a reset, never a blank tool. */
export const JwtInspector = withRenderBoundary(JwtInspectorView);
