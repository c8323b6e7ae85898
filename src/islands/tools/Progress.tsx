import { useEffect, useState } from 'preact/hooks';
import type { CommonLabels } from '~/islands/tools/labels';
import { fill } from '~/site/fill';

interface Props {
  readonly startedAt: number;
  /** Origins being asked, e.g. both hosts for `auto`. */
  readonly hosts: readonly string[];
  readonly onCancel: () => void;
  readonly labels: CommonLabels;
}

/** A running check: what is being asked, for how long, and a way out. */
export function Progress({ startedAt, hosts, onCancel, labels: l }: Props) {
  const [now, setNow] = useState(Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, []);
  const seconds = Math.max(0, Math.floor((now - startedAt) / 1000));
  return (
    <div class="tool-progress" data-progress>
      <p>
        <span class="tool-spinner" aria-hidden="true" /> <strong>{l.running}</strong> <span>{fill(l.elapsed, { n: seconds })}</span>
      </p>
      {hosts.length > 0 && (
        <ul>
          {hosts.map((host) => (
            <li key={host}>
              <code>{host}</code>: {l.hostWaiting}
            </li>
          ))}
        </ul>
      )}
      <button type="button" onClick={onCancel}>
        {l.cancel}
      </button>
    </div>
  );
}
