/**
 * The command-line equivalent of a planned request, for the site's "run it yourself" panel. It
 * holds no secret ever: the command asks for the token itself (hidden prompt), so there is nothing
 * to mask or unmask. Pure string work, no Node APIs: the browser imports it.
 */
import type { PlannedRequest } from '~/probes';

/** Quotes for POSIX shells and PowerShell alike when a value has anything but safe characters. */
const arg = (value: string) => (/^[\w.:/@%+=,-]+$/.test(value) ? value : `'${value.replaceAll("'", "''")}'`);

/** `cn` / `com`, or the typed base URL: the request URL without the API path (`v1/…`, `api/permission/…`). */
function hostFlag(request: PlannedRequest): string {
  if (request.region === 'cn' || request.region === 'com') return request.region;
  const url = new URL(request.url);
  return `${url.origin}${url.pathname.replace(/(?:v1|api\/permission)\/.*$/, '')}`;
}

/**
 * `npx coze-auth-doctor check --host cn` and the like for a probe's whole plan (a token check that
 * asks both Coze hosts becomes `--host auto`); null when there is nothing the CLI can run.
 */
export function cliCommandFor(requests: readonly PlannedRequest[]): string | null {
  const [request] = requests;
  if (request === undefined) return null;
  const host = arg(hostFlag(request));
  switch (request.purpose) {
    case 'identity':
    case 'workspaces': {
      const regions = new Set(requests.map((r) => r.region));
      const both = regions.has('cn') && regions.has('com');
      return `npx coze-auth-doctor check --host ${both ? 'auto' : host}`;
    }
    case 'refresh': {
      let clientId: unknown = null;
      try {
        clientId = (JSON.parse(request.body ?? '{}') as { client_id?: unknown }).client_id;
      } catch {
        clientId = null;
      }
      if (typeof clientId !== 'string') return null;
      return `npx coze-auth-doctor refresh --client-id ${arg(clientId)} --host ${host} --out new-refresh-token.txt`;
    }
    case 'jwt-exchange':
      return `npx coze-auth-doctor jwt --host ${host} --exchange`;
    default:
      return null;
  }
}
