import { useRef, useState } from 'preact/hooks';
import { Field } from '~/islands/tools/Field';
import type { JwtLabels } from '~/islands/tools/labels';

interface Props {
  readonly host: 'cn' | 'com' | 'custom';
  readonly onSigned: (jwt: string) => void;
  readonly labels: JwtLabels;
}

type Status = { kind: 'idle' } | { kind: 'signing' } | { kind: 'signed' } | { kind: 'error'; message: string };

/**
 * "Sign a JWT here": WebCrypto in this tab, nothing sent. The signing code (jose's PKCS#8 import and
 * SignJWT) is loaded only when the visitor clicks, so the inspector itself stays light.
 */
export function Signer({ host, onSigned, labels: j }: Props) {
  const pem = useRef<HTMLTextAreaElement>(null);
  const appId = useRef<HTMLInputElement>(null);
  const kid = useRef<HTMLInputElement>(null);
  const [status, setStatus] = useState<Status>({ kind: 'idle' });

  const sign = async () => {
    if (host === 'custom') return setStatus({ kind: 'error', message: j.signNeedsOfficialHost });
    const input = { privateKeyPem: pem.current?.value ?? '', appId: appId.current?.value ?? '', kid: kid.current?.value ?? '', host };
    if (!input.privateKeyPem.trim() || !input.appId.trim() || !input.kid.trim()) return setStatus({ kind: 'error', message: j.signMissing });
    setStatus({ kind: 'signing' });
    try {
      const { signJwt, isJwtSignError } = await import('~/probes/jwt-sign');
      try {
        onSigned(await signJwt(input));
        setStatus({ kind: 'signed' });
      } catch (error) {
        setStatus({ kind: 'error', message: isJwtSignError(error) && error.code === 'bad-input' ? j.signMissing : j.signFailed });
      }
    } catch {
      setStatus({ kind: 'error', message: j.signFailed });
    }
  };

  const error = status.kind === 'error' ? status.message : null;
  const text = { autocomplete: 'off', spellcheck: false, autocapitalize: 'off' } as const;
  return (
    <section class="tool-form" aria-labelledby="jw-sign-heading" data-signer>
      <h2 id="jw-sign-heading">{j.signHeading}</h2>
      <p>{j.signIntro}</p>
      <Field id="jw-pem" label={j.pemLabel} hint={j.pemHint}>
        {(c) => <textarea {...c} {...text} ref={pem} name="private-key" rows={5} class="tool-masked-area" />}
      </Field>
      <Field id="jw-app-id" label={j.appIdLabel}>
        {(c) => <input {...c} {...text} ref={appId} name="app-id" type="text" inputMode="numeric" />}
      </Field>
      <Field id="jw-kid" label={j.kidLabel}>
        {(c) => <input {...c} {...text} ref={kid} name="kid" type="text" />}
      </Field>
      <div class="tool-actions">
        <button type="button" onClick={() => void sign()} disabled={status.kind === 'signing'} aria-describedby="jw-sign-status">
          {j.signRun}
        </button>
        <p id="jw-sign-status" role="status" class={error ? 'tool-field-error' : 'tool-ok-text'}>
          {error ?? (status.kind === 'signed' ? j.signed : '')}
        </p>
      </div>
    </section>
  );
}
