import { check, defineTree, outcome, question } from '~/wizards/engine/tree';

/**
 * "Token expired and refresh failed. Please re-authorize." Only OAuth user flows have a refresh token
 * at all, so the tree first settles which credential the app really holds (by what the code contains,
 * since projects often call a web authorization-code flow "OAuth JWT"), then follows that kind.
 * Step ids are linked from other tools and old tickets: never rename one.
 */
export const expiredRefreshTree = defineTree({
  id: 'expired-refresh',
  initial: 'auth-method',
  steps: {
    'auth-method': question({ pat: 'pat-verdict', jwt: 'jwt-symptom', 'oauth-user': 'oauth-token-verdict', 'not-sure': 'which-flow' }, 'guides/auth-methods'),
    'which-flow': question(
      { 'private-key': 'jwt-symptom', 'refresh-token': 'oauth-token-verdict', 'console-token-only': 'pat-verdict' },
      'guides/auth-methods',
      'guides/oauth',
      'guides/oauth-jwt',
    ),

    // Personal and service access tokens: made in the console, never refreshed.
    'pat-verdict': check(
      'token-verdict',
      {
        expired: 'pat-cannot-refresh',
        'invalid-token': 'pat-cannot-refresh',
        'wrong-region': 'pat-wrong-region',
        valid: 'stale-stored-token',
        'not-a-token': 'not-an-access-token',
        malformed: 'token-malformed',
        'missing-permission': 'token-lacks-permission',
        'rate-limited': 'rate-limited-not-expired',
      },
      'tools/token-check',
      'guides/personal-access-tokens',
    ),
    'pat-cannot-refresh': outcome('guides/personal-access-tokens', 'guides/auth-methods', 'tools/token-check'),
    'pat-wrong-region': outcome('guides/regions', 'guides/error-codes#4101', 'tools/token-check'),

    // JWT service apps: no refresh token; a fresh JWT buys a fresh token.
    'jwt-symptom': question(
      {
        'refresh-attempt': 'jwt-no-refresh',
        'jwt-reused': 'jwt-no-refresh',
        'kid-not-registered': 'jwt-kid-region',
        'time-rejected': 'jwt-clock-skew',
        'access-deny': 'app-deactivated',
      },
      'guides/oauth-jwt',
      'tools/jwt-inspector',
    ),
    'jwt-no-refresh': outcome('guides/oauth-jwt', 'tools/jwt-inspector'),
    'jwt-kid-region': outcome('guides/error-codes#invalid-jwt-kid', 'guides/oauth-jwt', 'guides/regions', 'tools/jwt-inspector'),
    'jwt-clock-skew': outcome('guides/oauth-jwt', 'guides/error-codes#invalid_client', 'tools/jwt-inspector'),

    // OAuth user flows (web authorization code, PKCE, device): the only ones with a refresh token.
    'oauth-token-verdict': check(
      'token-verdict',
      {
        expired: 'refresh-error',
        'invalid-token': 'refresh-error',
        valid: 'valid-token-symptom',
        'wrong-region': 'oauth-wrong-region',
        'not-a-token': 'refresh-error',
        malformed: 'token-malformed',
        'missing-permission': 'token-lacks-permission',
        'rate-limited': 'rate-limited-not-expired',
      },
      'tools/token-check',
      'guides/oauth',
    ),
    'valid-token-symptom': question(
      {
        'compares-expires-in': 'expires-in-misread',
        'loads-saved-copy': 'stale-stored-token',
        'api-rejects-it': 'api-rejection',
      },
      'guides/oauth',
    ),
    // The token checks out, yet the app's own call is refused: the call, not the token, is wrong.
    'api-rejection': question(
      {
        'only-chat-retrieve': 'sdk-retrieve-post',
        'header-format': 'token-malformed',
        'other-host': 'oauth-wrong-region',
        'every-call': 'oauth-wrong-region',
      },
      'guides/error-codes#4100',
      'guides/regions',
    ),
    'refresh-error': question(
      {
        'invalid-client': 'client-mismatch',
        'access-deny': 'app-deactivated',
        'refresh-token-rejected': 'refresh-token-history',
        'no-details': 'refresh-token-history',
        'reauthorize-fails': 'redirect-uri-mismatch',
      },
      'guides/oauth',
      'guides/error-codes#invalid_client',
      'guides/error-codes#access_deny',
      'tools/refresh-test',
    ),
    'refresh-token-history': question(
      {
        'older-than-30-days': 'refresh-older-than-30-days',
        'used-before': 'refresh-already-used',
        'parallel-refresh': 'refresh-already-used',
        'kept-in-storage': 'stale-stored-token',
        'fresh-single-use': 'refresh-host',
      },
      'guides/oauth',
    ),
    'refresh-host': question({ 'hosts-differ': 'oauth-wrong-region', 'hosts-match': 'client-mismatch', 'not-sure': 'oauth-wrong-region' }, 'guides/regions'),

    'refresh-already-used': outcome('guides/oauth', 'tools/refresh-test'),
    'refresh-older-than-30-days': outcome('guides/oauth', 'guides/auth-methods', 'tools/refresh-test'),
    'stale-stored-token': outcome('guides/oauth', 'guides/browser-calls', 'tools/token-check'),
    'expires-in-misread': outcome('guides/oauth', 'tools/refresh-test'),
    'client-mismatch': outcome('guides/oauth', 'guides/error-codes#invalid_client', 'guides/regions'),
    'oauth-wrong-region': outcome('guides/regions', 'guides/oauth', 'tools/token-check'),
    'redirect-uri-mismatch': outcome('guides/oauth', 'guides/error-codes#invalid_request', 'tools/oauth-playground'),
    'app-deactivated': outcome('guides/error-codes#access_deny', 'guides/oauth', 'guides/workspace-migration'),
    'sdk-retrieve-post': outcome('guides/error-codes#4100', 'guides/oauth'),
    'token-malformed': outcome('guides/auth-methods', 'tools/token-check'),
    'not-an-access-token': outcome('guides/auth-methods', 'guides/personal-access-tokens', 'tools/token-check'),
    'token-lacks-permission': outcome('guides/error-codes#4101', 'guides/personal-access-tokens', 'guides/oauth'),
    'rate-limited-not-expired': outcome('guides/error-codes#4013', 'guides/error-codes#429'),
  },
});
