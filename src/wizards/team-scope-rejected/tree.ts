import { check, defineTree, outcome, question } from '~/wizards/engine/tree';

/**
 * "此应用所声明的权限点包含「团队/企业」层级，仅团队/企业内的超级管理员或管理员可以授权应用".
 * The fix depends on the account, not on the credential, so both credential branches meet again at
 * the same follow-ups; they stay separate checks only because which token to test with differs.
 * A workspace admin is not necessarily a team/enterprise admin, hence `admin-role-kind`.
 */
export const teamScopeRejectedTree = defineTree({
  id: 'team-scope-rejected',
  initial: 'credential-type',
  steps: {
    'credential-type': question({ pat: 'pat-account', 'oauth-app': 'app-account' }, 'guides/enterprise-permissions', 'guides/auth-methods'),
    'pat-account': check(
      'workspace-role',
      { admin: 'admin-console', member: 'member-points', 'personal-only': 'switch-account' },
      'guides/enterprise-permissions',
    ),
    'app-account': check(
      'workspace-role',
      { admin: 'admin-console', member: 'member-points', 'personal-only': 'switch-account' },
      'guides/enterprise-permissions',
      'guides/oauth',
    ),
    'admin-console': question(
      { 'team-account': 'admin-role-kind', 'personal-account': 'switch-account', 'not-sure': 'switch-account' },
      'guides/enterprise-permissions',
    ),
    'admin-role-kind': question({ 'org-admin': 'admin-still-rejected', 'workspace-admin-only': 'member-points' }, 'guides/enterprise-permissions'),
    'member-points': question(
      { 'can-drop': 'drop-enterprise-points', 'need-them': 'ask-admin', 'not-sure': 'drop-enterprise-points' },
      'guides/enterprise-permissions',
    ),

    'switch-account': outcome('guides/enterprise-permissions', 'tools/token-check'),
    'ask-admin': outcome('guides/enterprise-permissions'),
    'drop-enterprise-points': outcome('guides/enterprise-permissions', 'guides/error-codes#4101'),
    'admin-still-rejected': outcome('guides/enterprise-permissions', 'guides/error-codes', 'tools/token-check'),
  },
});
