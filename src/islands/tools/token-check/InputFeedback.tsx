import type { NormalizedToken } from '~/probes';
import type { CommonLabels, TokenCheckLabels } from '~/islands/tools/labels';
import { fill } from '~/site/fill';
import type { ToolCopy } from '~/islands/tools/types';

interface Props {
  readonly id: string;
  readonly normalized: NormalizedToken | null;
  readonly labels: TokenCheckLabels;
  readonly common: CommonLabels;
  readonly copy: ToolCopy;
}

/** What the page made of the paste before anything is sent: kind, fingerprint, what it cleaned up. */
export function InputFeedback({ id, normalized, labels: t, common: l, copy }: Props) {
  if (normalized === null || (normalized.kind === null && normalized.notes.length === 0)) return null;
  return (
    <div class="tool-feedback" id={id} data-feedback>
      {normalized.kind !== null && (
        <p>
          <span data-kind={normalized.kind}>{fill(t.detected, { kind: l.kinds[normalized.kind] })}</span>
          {normalized.fingerprint !== null && (
            <>
              {' · '}
              <span data-fingerprint>{fill(t.fingerprint, { fingerprint: normalized.fingerprint })}</span>
            </>
          )}
        </p>
      )}
      {normalized.notes.length > 0 && (
        <ul>
          {normalized.notes.map((note) => (
            <li key={note} data-note={note}>
              <strong>{copy.notes[note].title}</strong> {copy.notes[note].text}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
