import type { PlannedRequest } from '~/probes';
import type { CommonLabels } from '~/islands/tools/labels';

interface Props {
  readonly idPrefix: string;
  /** Null until the inputs describe a request; secrets in these are fingerprints only. */
  readonly requests: readonly PlannedRequest[] | null;
  readonly labels: CommonLabels;
  /** 3 inside a wizard step, whose own heading is an h2. */
  readonly headingLevel?: 2 | 3;
}

/** "What you see is what is sent": the exact method, URL, headers and body, secrets masked. */
export function RequestPreview({ idPrefix, requests, labels: l, headingLevel = 2 }: Props) {
  const Heading = headingLevel === 3 ? 'h3' : 'h2';
  return (
    <section class="tool-preview" aria-labelledby={`${idPrefix}-preview-heading`} data-preview>
      <Heading id={`${idPrefix}-preview-heading`}>{l.previewHeading}</Heading>
      <p class="tool-hint">{l.previewIntro}</p>
      {requests === null ? (
        <p>{l.previewWaiting}</p>
      ) : (
        <ol>
          {requests.map((r, i) => (
            <li key={i}>
              <code class="tool-preview__line">
                {r.method} {r.url}
              </code>
              {r.conditional && <span class="tool-hint"> ({l.previewConditional})</span>}
              <pre>
                {Object.entries(r.headers)
                  .map(([name, value]) => `${name}: ${value}`)
                  .join('\n')}
                {r.body === null ? '' : `\n\n${r.body}`}
              </pre>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
