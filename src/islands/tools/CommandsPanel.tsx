import { useState } from 'preact/hooks';
import { cliCommandFor } from '~/cli/suggest';
import type { PlannedRequest } from '~/probes';
import { toCurl, toPowerShell } from '~/probes/commands';
import { CopyButton } from '~/islands/tools/CopyButton';
import type { CommonLabels } from '~/islands/tools/labels';

interface Props {
  readonly idPrefix: string;
  /** Requests to offer as commands; null when the inputs cannot describe one yet. */
  readonly requests: readonly PlannedRequest[] | null;
  /** False when the requests were planned with stand-in secrets: then only placeholders make sense. */
  readonly canUnmask: boolean;
  readonly labels: CommonLabels;
}

/**
 * The same check on the command line, first as `npx coze-auth-doctor …` (it reads the answer
 * itself and asks for the token without echoing it, so that command never holds a secret), then as
 * raw curl and PowerShell requests, for when the browser cannot make the call (CORS, a proxy) or
 * the visitor prefers their own terminal. In the raw commands placeholders stand in for secrets
 * unless the visitor ticks the box, and even then the real value is only rendered, never stored.
 */
export function CommandsPanel({ idPrefix, requests, canUnmask, labels: l }: Props) {
  const [index, setIndex] = useState(0);
  const [unmask, setUnmask] = useState(false);
  if (requests === null || requests.length === 0) return <p>{l.commandNeedsInput}</p>;
  const request = requests[Math.min(index, requests.length - 1)] as PlannedRequest;
  const mask = !(unmask && canUnmask);
  const cli = cliCommandFor(requests);
  const commands = [
    { id: 'curl', label: l.commandCurl, text: toCurl(request, { mask }) },
    { id: 'powershell', label: l.commandPowerShell, text: toPowerShell(request, { mask }) },
  ];
  const block = (c: { id: string; label: string; text: string }, hint?: string) => (
    <div class="tool-command" key={c.id} data-command={c.id}>
      <h3 id={`${idPrefix}-cmd-${c.id}`}>{c.label}</h3>
      {hint && <p class="tool-hint">{hint}</p>}
      <pre tabIndex={0} aria-labelledby={`${idPrefix}-cmd-${c.id}`}>
        <code>{c.text}</code>
      </pre>
      <CopyButton text={() => c.text} labels={l} describedBy={`${idPrefix}-cmd-${c.id}`} />
    </div>
  );
  return (
    <div class="tool-commands">
      {cli && block({ id: 'cli', label: l.commandCli, text: cli }, l.commandCliHint)}
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
        <input
          type="checkbox"
          checked={unmask && canUnmask}
          disabled={!canUnmask}
          onChange={(e) => setUnmask(e.currentTarget.checked)}
          aria-describedby={`${idPrefix}-unmask-hint`}
        />
        <span>{l.commandUnmask}</span>
      </label>
      <p id={`${idPrefix}-unmask-hint`} class="tool-hint">
        {l.commandUnmaskHint}
      </p>
      {commands.map((c) => block(c))}
    </div>
  );
}
