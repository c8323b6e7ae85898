import { useState } from 'preact/hooks';
import { toCurl, toPowerShell, type PlannedRequest } from '~/probes';
import { CopyButton } from './CopyButton';
import type { CommonLabels } from './labels';

interface Props {
  readonly idPrefix: string;
  /** Requests to offer as commands; null when the inputs cannot describe one yet. */
  readonly requests: readonly PlannedRequest[] | null;
  /** False when the requests were planned with stand-in secrets: then only placeholders make sense. */
  readonly canUnmask: boolean;
  readonly labels: CommonLabels;
}

/**
 * The same request as curl and PowerShell commands, for when the browser cannot make it (CORS, a
 * proxy) or the visitor prefers their own terminal. Placeholders stand in for secrets unless the
 * visitor ticks the box, and even then the real value is only rendered, never stored.
 */
export function CommandsPanel({ idPrefix, requests, canUnmask, labels: l }: Props) {
  const [index, setIndex] = useState(0);
  const [unmask, setUnmask] = useState(false);
  if (requests === null || requests.length === 0) return <p>{l.commandNeedsInput}</p>;
  const request = requests[Math.min(index, requests.length - 1)] as PlannedRequest;
  const mask = !(unmask && canUnmask);
  const commands = [
    { id: 'curl', label: l.commandCurl, text: toCurl(request, { mask }) },
    { id: 'powershell', label: l.commandPowerShell, text: toPowerShell(request, { mask }) },
  ];
  return (
    <div class="tool-commands">
      {requests.length > 1 && (
        <div class="tool-field">
          <label for={`${idPrefix}-command-request`}>{l.commandFor}</label>
          <select id={`${idPrefix}-command-request`} name="command-request" value={String(index)} onChange={(e) => setIndex(Number(e.currentTarget.value))}>
            {requests.map((r, i) => (
              <option key={i} value={String(i)}>
                {r.method} {r.url}
              </option>
            ))}
          </select>
        </div>
      )}
      <label class="tool-check">
        <input type="checkbox" checked={unmask && canUnmask} disabled={!canUnmask} onChange={(e) => setUnmask(e.currentTarget.checked)} aria-describedby={`${idPrefix}-unmask-hint`} />
        <span>{l.commandUnmask}</span>
      </label>
      <p id={`${idPrefix}-unmask-hint`} class="tool-hint">
        {l.commandUnmaskHint}
      </p>
      {commands.map((c) => (
        <div class="tool-command" key={c.id} data-command={c.id}>
          <h3 id={`${idPrefix}-cmd-${c.id}`}>{c.label}</h3>
          <pre tabIndex={0} aria-labelledby={`${idPrefix}-cmd-${c.id}`}>
            <code>{c.text}</code>
          </pre>
          <CopyButton text={() => c.text} labels={l} describedBy={`${idPrefix}-cmd-${c.id}`} />
        </div>
      ))}
    </div>
  );
}
