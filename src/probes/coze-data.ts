/** Reading the success payloads of the identity and workspaces calls, defensively (§5 of the facts). */
import type { CozeUser, CozeWorkspace } from '~/probes/types';

const text = (value: unknown): string => (typeof value === 'string' || typeof value === 'number' ? String(value) : '');

export function parseUser(data: Record<string, unknown> | null): CozeUser | null {
  if (!data) return null;
  return { user_id: text(data['user_id']), user_name: text(data['user_name']), nick_name: text(data['nick_name']) };
}

export function parseWorkspaces(data: Record<string, unknown> | null): CozeWorkspace[] | null {
  const list = data?.['workspaces'];
  if (!Array.isArray(list)) return null;
  return list
    .filter((w): w is Record<string, unknown> => typeof w === 'object' && w !== null)
    .map((w) => ({
      id: text(w['id']),
      name: text(w['name']),
      role_type: text(w['role_type']),
      workspace_type: text(w['workspace_type']),
      enterprise_id: text(w['enterprise_id']) || null,
    }));
}

/**
 * The `workspace-role` answer: `admin` = owner or admin of a team (non-personal) workspace,
 * `member` = in a team workspace without admin rights, `personal-only` = personal workspaces only.
 */
export function workspaceRole(workspaces: readonly CozeWorkspace[]): 'admin' | 'member' | 'personal-only' {
  const team = workspaces.filter((w) => w.workspace_type !== 'personal');
  if (team.some((w) => w.role_type === 'owner' || w.role_type === 'admin')) return 'admin';
  return team.length > 0 ? 'member' : 'personal-only';
}
