import type { TokenCheckResult } from '~/probes';
import type { CommonLabels, TokenCheckLabels } from '~/islands/tools/labels';

interface Props {
  readonly result: TokenCheckResult;
  readonly labels: TokenCheckLabels;
  readonly common: CommonLabels;
}

/** Known words for the documented role and workspace types; anything new is shown as the API sent it. */
export function roleText(role: string, t: TokenCheckLabels): string {
  return (t.roles as Readonly<Record<string, string>>)[role] ?? role;
}
export function typeText(type: string, t: TokenCheckLabels): string {
  return (t.types as Readonly<Record<string, string>>)[type] ?? type;
}

/** The token's kind, fingerprint, region, identity and workspaces, as far as the check got. */
export function TokenReport({ result: r, labels: t, common: l }: Props) {
  return (
    <div class="tool-report" data-report>
      <dl class="tool-facts">
        {r.kind !== null && (
          <>
            <dt>{t.kindTerm}</dt>
            <dd data-kind={r.kind}>{l.kinds[r.kind]}</dd>
          </>
        )}
        {r.fingerprint !== null && (
          <>
            <dt>{t.fingerprintTerm}</dt>
            <dd>
              <code data-fingerprint>{r.fingerprint}</code>
            </dd>
          </>
        )}
        {r.evidence.length > 0 && (
          <>
            <dt>{t.region}</dt>
            <dd data-region={r.region ?? ''}>{r.region ? l.regions[r.region] : t.regionUnknown}</dd>
          </>
        )}
      </dl>
      {r.user && (
        <>
          <h3>{t.identityHeading}</h3>
          <dl class="tool-facts" data-identity>
            <dt>{t.userName}</dt>
            <dd>{r.user.user_name || l.none}</dd>
            <dt>{t.nickName}</dt>
            <dd>{r.user.nick_name || l.none}</dd>
            <dt>{t.userId}</dt>
            <dd>
              <code>{r.user.user_id || l.none}</code>
            </dd>
          </dl>
        </>
      )}
      {r.user && (
        <>
          <h3>{t.workspacesHeading}</h3>
          {r.workspaces === null ? (
            <p>{t.workspacesMissing}</p>
          ) : (
            <div class="tool-table-wrap">
              <table data-workspaces>
                <thead>
                  <tr>
                    <th scope="col">{t.workspaceName}</th>
                    <th scope="col">{t.workspaceId}</th>
                    <th scope="col">{t.workspaceRole}</th>
                    <th scope="col">{t.workspaceType}</th>
                  </tr>
                </thead>
                <tbody>
                  {r.workspaces.map((w) => (
                    <tr key={w.id}>
                      <td>{w.name || l.none}</td>
                      <td>
                        <code>{w.id}</code>
                      </td>
                      <td>{roleText(w.role_type, t)}</td>
                      <td>{typeText(w.workspace_type, t)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </>
      )}
    </div>
  );
}
