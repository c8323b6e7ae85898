import type { ComponentChildren } from 'preact';
import { describedBy } from '~/islands/tools/format';

export interface FieldControlProps {
  readonly id: string;
  readonly 'aria-describedby': string | undefined;
  readonly 'aria-invalid': 'true' | undefined;
}

interface Props {
  readonly id: string;
  readonly label: string;
  readonly hint?: string | undefined;
  /** Shown under the control and tied to it with aria-describedby + aria-invalid. */
  readonly error?: string | null | undefined;
  readonly hidden?: boolean;
  readonly children: (control: FieldControlProps) => ComponentChildren;
  readonly after?: ComponentChildren;
}

/** A labelled control with its hint and error wired up for assistive technology. */
export function Field({ id, label, hint, error, hidden, children, after }: Props) {
  const hintId = hint ? `${id}-hint` : null;
  const errorId = error ? `${id}-error` : null;
  return (
    <div class="tool-field" hidden={hidden}>
      <label for={id}>{label}</label>
      {children({ id, 'aria-describedby': describedBy(hintId, errorId), 'aria-invalid': error ? 'true' : undefined })}
      {hint && (
        <p id={hintId ?? undefined} class="tool-hint">
          {hint}
        </p>
      )}
      {error && (
        <p id={errorId ?? undefined} class="tool-field-error">
          {error}
        </p>
      )}
      {after}
    </div>
  );
}
