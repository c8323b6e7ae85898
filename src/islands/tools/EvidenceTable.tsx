import type { Evidence, ResponseFacts } from '~/probes';
import type { CommonLabels } from '~/islands/tools/labels';

/** One answer's raw facts; live evidence has all of it, a pasted response only the answer part. */
export interface EvidenceRow extends ResponseFacts, Partial<Pick<Evidence, 'request' | 'origin' | 'attempts'>> {}

interface Props {
  readonly rows: readonly EvidenceRow[];
  readonly labels: CommonLabels;
}

/** HTTP status, code, message and logid per request: what a support ticket needs, nothing secret. */
export function EvidenceTable({ rows, labels: l }: Props) {
  const live = rows.some((r) => r.request !== undefined);
  const dash = (value: string | number | null | undefined) => (value === null || value === undefined || value === '' ? l.none : String(value));
  return (
    <div class="tool-evidence">
      <h3>{l.evidenceHeading}</h3>
      {/* Wider than a phone: it scrolls in its own region, which a keyboard can reach. */}
      <div class="tool-table-wrap" role="region" tabIndex={0} aria-label={l.evidenceHeading}>
        <table>
          <thead>
            <tr>
              {live && <th scope="col">{l.evidenceRequest}</th>}
              {live && <th scope="col">{l.evidenceHost}</th>}
              <th scope="col">{l.evidenceStatus}</th>
              <th scope="col">{l.evidenceCode}</th>
              <th scope="col">{l.evidenceMessage}</th>
              <th scope="col">{l.evidenceLogid}</th>
              {live && <th scope="col">{l.evidenceAttempts}</th>}
            </tr>
          </thead>
          <tbody>
            {rows.map((row, i) => (
              <tr key={i}>
                {live && <td>{row.request ? l.purposes[row.request] : l.none}</td>}
                {live && <td>{dash(row.origin)}</td>}
                <td>{row.httpStatus === null ? (live ? l.evidenceNoAnswer : l.none) : row.httpStatus}</td>
                <td>
                  <code>{dash(row.code ?? row.errorCode)}</code>
                </td>
                <td>{dash(row.msg ?? row.errorMessage)}</td>
                <td>
                  <code>{dash(row.logid)}</code>
                </td>
                {live && <td>{dash(row.attempts)}</td>}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
