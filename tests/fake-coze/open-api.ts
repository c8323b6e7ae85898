/** GET /v1/users/me and GET /v1/workspaces, per coze-auth-facts.md §4–§5. */
import { json, openApiError, type Reply } from './respond.ts';
import type { FakeTokenRecord } from './tokens.ts';
import type { FakeRegion } from './types.ts';

const PERMISSION_MSG = 'Your token does not have permission to access resource. Please verify whether the resource ID or token is correct.';

/**
 * A token this host does not know. cn answers 4100 "authentication is invalid" with 401 (observed);
 * com answers 4101 "The token you entered is incorrect" (coze-go#56, a cn token on com). The HTTP
 * status that comes with 4101 is UNCERTAIN (facts §4); 403 follows the SDKs' 403 <-> 4101 mapping.
 */
function unknownToken(region: FakeRegion): Reply {
  return region === 'cn'
    ? openApiError(401, 4100, 'authentication is invalid')
    : openApiError(403, 4101, 'The token you entered is incorrect. Please double-check and try again.');
}

function refusal(record: FakeTokenRecord, path: string): Reply | null {
  switch (record.state) {
    // The real API gives no separate "expired" answer: an expired PAT reads like a revoked one.
    case 'expired':
    case 'revoked':
      return openApiError(401, 4100, 'authentication is invalid');
    case 'stale':
      return openApiError(401, 700012006, 'access token invalid');
    case 'no-permission':
      return openApiError(403, 4101, PERMISSION_MSG);
    case 'no-workspace-permission':
      return path === '/v1/workspaces' ? openApiError(403, 4101, PERMISSION_MSG) : null;
    case 'rate-limited':
      // The status that comes with 4013 is UNCERTAIN (facts §7); 429 is the SDKs' mapping.
      return openApiError(429, 4013, 'request rate limit exceeded');
    default:
      return null;
  }
}

function userOf(token: string, region: FakeRegion) {
  const id = [...token].reduce((sum, c) => (sum * 31 + c.charCodeAt(0)) % 1e12, 7);
  return {
    user_id: String(7_400_000_000_000 + id),
    user_name: `fake_user_${region}`,
    nick_name: 'Fake User',
    avatar_url: '',
  };
}

function workspacesOf(record: FakeTokenRecord) {
  const workspaces = record.workspaces.map((w, i) => ({
    id: String(7_500_000_000_000_000_000n + BigInt(i)),
    name: w.type === 'personal' ? 'Personal' : `Team ${i}`,
    icon_url: '',
    role_type: w.role,
    workspace_type: w.type,
    enterprise_id: w.type === 'team' ? '7600000000000000001' : '',
  }));
  return { workspaces, total_count: workspaces.length };
}

/** Answers an Open API request, or null when the path is not one of ours. */
export function openApi(
  method: string,
  path: string,
  authorization: string | undefined,
  region: FakeRegion,
  lookup: (token: string) => FakeTokenRecord | undefined,
): Reply | null {
  if (path !== '/v1/users/me' && path !== '/v1/workspaces') return null;
  if (method !== 'GET') return openApiError(405, 4000, 'request parameter error');
  const token = /^Bearer (\S+)$/.exec(authorization ?? '')?.[1];
  const record = token === undefined ? undefined : lookup(token);
  if (token === undefined || record === undefined || record.region !== region) return unknownToken(region);
  const refused = refusal(record, path);
  if (refused) return refused;
  const data = path === '/v1/users/me' ? userOf(token, region) : workspacesOf(record);
  return json(200, { code: 0, msg: '', data });
}
