import { check, defineTree, outcome, question } from '~/wizards/engine/tree';

/**
 * Which auth method fits a project. The scenario picks a branch; the branches then meet at the
 * few questions that really decide it: whose resources the calls touch (`acting-for`), whether a
 * secret can stay on a server (`keep-secret`) and whether it must run unattended past the one-month
 * PAT limit (`unattended`). A quick test that will be shared or deployed rejoins the main path, so a
 * PAT is only recommended for private, short-lived use.
 */
export const chooseAuthTree = defineTree({
  id: 'choose-auth',
  initial: 'scenario',
  steps: {
    scenario: question(
      {
        'server-job': 'acting-for',
        'browser-app': 'browser-users',
        'device-cli': 'device-users',
        channel: 'use-jwt-channel',
        'enterprise-automation': 'enterprise-scope',
        'quick-test': 'quick-where',
      },
      'guides/auth-methods',
    ),
    'acting-for': question({ 'own-resources': 'unattended', 'users-resources': 'keep-secret' }, 'guides/auth-methods'),
    'keep-secret': question({ yes: 'use-oauth-web', no: 'use-oauth-pkce' }, 'guides/oauth', 'guides/browser-calls'),
    unattended: question({ 'beyond-30-days': 'service-choice', 'within-30-days': 'use-pat' }, 'guides/personal-access-tokens'),
    'service-choice': question({ 'long-lived-token': 'use-sat', 'short-lived-tokens': 'use-jwt-service' }, 'guides/personal-access-tokens', 'guides/oauth-jwt'),
    'browser-users': question({ 'coze-users': 'keep-secret', 'anonymous-visitors': 'use-jwt-for-visitors' }, 'guides/browser-calls'),
    'device-users': question({ 'end-users': 'use-oauth-device', 'only-me': 'unattended' }, 'guides/oauth'),
    'enterprise-scope': question({ 'whole-enterprise': 'enterprise-role', 'some-workspaces': 'unattended' }, 'guides/enterprise-permissions'),
    'enterprise-role': check(
      'workspace-role',
      { admin: 'use-jwt-enterprise', member: 'enterprise-admin-needed', 'personal-only': 'enterprise-admin-needed' },
      'guides/enterprise-permissions',
    ),
    'quick-where': question({ local: 'use-pat', 'shared-or-deployed': 'acting-for' }, 'guides/personal-access-tokens'),

    'use-pat': outcome('guides/personal-access-tokens', 'guides/regions', 'tools/token-check'),
    'use-sat': outcome('guides/personal-access-tokens', 'tools/token-check'),
    'use-oauth-web': outcome('guides/oauth', 'tools/refresh-test'),
    'use-oauth-pkce': outcome('guides/oauth', 'guides/browser-calls', 'tools/oauth-playground', 'tools/refresh-test'),
    'use-oauth-device': outcome('guides/oauth', 'tools/oauth-playground', 'tools/refresh-test'),
    'use-jwt-service': outcome('guides/oauth-jwt', 'guides/error-codes#invalid_client', 'tools/jwt-inspector'),
    'use-jwt-for-visitors': outcome('guides/oauth-jwt', 'guides/browser-calls', 'tools/jwt-inspector'),
    'use-jwt-channel': outcome('guides/oauth-jwt', 'tools/jwt-inspector'),
    'use-jwt-enterprise': outcome('guides/oauth-jwt', 'guides/enterprise-permissions', 'tools/jwt-inspector'),
    'enterprise-admin-needed': outcome('guides/enterprise-permissions', 'guides/personal-access-tokens'),
  },
});
