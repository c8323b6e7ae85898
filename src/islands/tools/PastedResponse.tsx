import type { Ref } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Classification, ExplainRef, PastedClassification } from '~/probes';
import { classifyPasted } from '~/probes/classify-pasted';
import { explainVerdict } from '~/probes/verdict-steps';
import { Field } from '~/islands/tools/Field';
import { fill } from '~/site/fill';
import type { BaseToolProps } from '~/islands/tools/types';
import { VerdictView } from '~/islands/tools/VerdictView';

interface Props {
  readonly base: BaseToolProps;
  readonly idPrefix: string;
  readonly inputRef: Ref<HTMLTextAreaElement>;
  /** Which wizard step explains a verdict on this page; defaults to the shared table. */
  readonly explainFor?: (classification: Classification) => ExplainRef | null;
}

/**
 * The offline half of every tool: the visitor pastes what curl or PowerShell printed, and the same
 * classifier as the live check reads it, locally. Nothing here makes a request.
 */
export function PastedResponse({ base, idPrefix, inputRef, explainFor }: Props) {
  const l = base.common;
  const [result, setResult] = useState<PastedClassification | null>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (result?.ok) headingRef.current?.focus();
  }, [result]);
  const read = () => {
    const field = (inputRef as { current: HTMLTextAreaElement | null }).current;
    setResult(classifyPasted(field?.value ?? ''));
  };
  const error = result && !result.ok ? l.pasteErrors[result.reason] : null;
  const id = `${idPrefix}-pasted`;
  return (
    <div class="tool-pasted">
      <Field id={id} label={l.pasteLabel} hint={l.pasteHint} error={error}>
        {(control) => <textarea {...control} ref={inputRef} name="pasted-response" rows={8} autocomplete="off" spellcheck={false} autocapitalize="off" />}
      </Field>
      <button type="button" onClick={read}>
        {l.pasteRun}
      </button>
      <p role="status" aria-live="polite" class="sr-only">
        {result?.ok ? fill(l.announceDone, { title: base.copy.verdicts[result.verdict].title }) : (error ?? '')}
      </p>
      {result?.ok && (
        <section class="tool-result" aria-labelledby={`${id}-heading`} data-pasted-result>
          <h3 id={`${id}-heading`} tabIndex={-1} ref={headingRef}>
            {l.pasteHeading}
          </h3>
          <p class="tool-hint">{fill(l.pasteFormat, { format: l.pasteFormats[result.format] })}</p>
          <VerdictView
            base={base}
            source="pasted"
            verdict={result.verdict}
            uncertain={result.uncertain}
            explain={explainFor ? explainFor(result) : explainVerdict(result.verdict)}
            evidence={[result.facts]}
            notes={result.notes}
          />
        </section>
      )}
    </div>
  );
}
