import { check, defineTree, outcome, question } from '~/wizards/engine/tree';

/**
 * Auth failed after a personal / 专业版 workspace moved into a team or enterprise.
 * The three credential kinds the official migration page names (PAT, OBO, AppAuth) each get their own
 * branch, because who must act and what "re-authorize" means differ. Each branch first rules out the
 * one move that needs no migration (企业标准版 → 旗舰版), so those visitors leave early.
 */
export const migratedWorkspaceTree = defineTree({
  id: 'migrated-workspace',
  initial: 'auth-type',
  steps: {
    'auth-type': question(
      { pat: 'pat-moved-from', obo: 'obo-moved-from', appauth: 'appauth-moved-from', 'not-sure': 'token-prefix' },
      'guides/workspace-migration',
      'guides/auth-methods',
    ),
    'token-prefix': question(
      { pat: 'pat-moved-from', czu: 'obo-moved-from', czs: 'appauth-moved-from', other: 'identify-credential' },
      'guides/auth-methods',
      'tools/token-check',
    ),

    // ---- 个人访问令牌 ----
    'pat-moved-from': question(
      { 'personal-to-team': 'pat-points', 'standard-to-flagship': 'no-migration-needed', 'no-move': 'no-migration-needed' },
      'guides/workspace-migration',
    ),
    'pat-points': question({ 'workspace-or-account': 'pat-recreate', 'team-level': 'pat-role', 'not-sure': 'pat-recreate' }, 'guides/enterprise-permissions'),
    'pat-role': check('workspace-role', { admin: 'pat-recreate', member: 'ask-admin', 'personal-only': 'ask-admin' }, 'guides/enterprise-permissions'),

    // ---- OBO 授权（授权码 / PKCE / 设备码）----
    'obo-moved-from': question(
      { 'personal-to-team': 'obo-role', 'standard-to-flagship': 'no-migration-needed', 'no-move': 'no-migration-needed' },
      'guides/workspace-migration',
    ),
    'obo-role': check('workspace-role', { admin: 'obo-compat', member: 'ask-admin', 'personal-only': 'ask-admin' }, 'guides/enterprise-permissions'),
    'obo-compat': question({ added: 'obo-symptom', 'not-added': 'obo-reauthorize', 'not-sure': 'obo-reauthorize' }, 'guides/workspace-migration'),
    'obo-symptom': question(
      {
        'all-calls-fail': 'compat-both-fail',
        'some-workspaces': 'grant-all-workspaces',
        'old-app-disabled': 'keep-old-app',
        'old-conversations': 'conversations-belong-to-user',
      },
      'guides/workspace-migration',
      'guides/error-codes#4101',
    ),

    // ---- AppAuth 授权（服务类应用，JWT）----
    'appauth-moved-from': question(
      { 'personal-to-team': 'appauth-role', 'standard-to-flagship': 'no-migration-needed', 'no-move': 'no-migration-needed' },
      'guides/workspace-migration',
    ),
    'appauth-role': check('workspace-role', { admin: 'appauth-compat', member: 'ask-admin', 'personal-only': 'ask-admin' }, 'guides/enterprise-permissions'),
    'appauth-compat': question(
      { added: 'appauth-symptom', 'not-added': 'appauth-reauthorize', 'not-sure': 'appauth-reauthorize' },
      'guides/workspace-migration',
    ),
    'appauth-symptom': question(
      {
        'all-calls-fail': 'compat-both-fail',
        'some-workspaces': 'grant-all-workspaces',
        'old-app-disabled': 'keep-old-app',
        'old-conversations': 'conversations-belong-to-user',
      },
      'guides/workspace-migration',
      'guides/error-codes#4101',
    ),

    // ---- outcomes ----
    'pat-recreate': outcome('guides/personal-access-tokens', 'guides/enterprise-permissions', 'tools/token-check'),
    'obo-reauthorize': outcome('guides/workspace-migration', 'guides/oauth', 'tools/token-check'),
    'appauth-reauthorize': outcome('guides/workspace-migration', 'guides/oauth-jwt', 'tools/jwt-inspector'),
    'ask-admin': outcome('guides/workspace-migration', 'guides/enterprise-permissions'),
    'grant-all-workspaces': outcome('guides/workspace-migration', 'guides/error-codes#4101', 'tools/token-check'),
    'keep-old-app': outcome('guides/workspace-migration', 'guides/oauth'),
    'conversations-belong-to-user': outcome('guides/workspace-migration'),
    'no-migration-needed': outcome('guides/error-codes', 'tools/error-lookup', 'tools/token-check'),
    'identify-credential': outcome('guides/auth-methods', 'tools/token-check'),
    'compat-both-fail': outcome('guides/workspace-migration', 'guides/error-codes#4101', 'tools/token-check'),
  },
});
