import { check, defineTree, outcome, question } from '~/wizards/engine/tree';

/**
 * "My call fails": starts from the code or HTTP status the visitor has in hand, because that is what
 * they search for. Codes that say "bad token" lead to a live token check, since a 4100 or 401 looks
 * the same whether the token is expired, unknown, pasted wrong or from the other region.
 * Step ids are linked from the error lookup tool and old tickets: never rename one.
 */
export const tokenInvalidTree = defineTree({
  id: 'token-invalid',
  initial: 'error-code',
  steps: {
    'error-code': question(
      {
        'code-4100': 'code-4100',
        'code-4101': 'code-4101',
        'code-700012006': 'code-700012006',
        'rate-limit': 'code-4013',
        'code-4015': 'code-4015',
        'something-else': 'http-status',
      },
      'guides/error-codes',
      'tools/error-lookup',
    ),
    'http-status': question(
      {
        'code-4000': 'code-4000',
        'http-401': 'http-401',
        'http-403': 'http-403',
        'http-429': 'code-4013',
        'oauth-endpoint': 'oauth-error',
        other: 'other-error',
      },
      'guides/error-codes',
      'tools/error-lookup',
    ),

    'code-4100': question(
      { 'every-call': 'token-check', 'only-chat-retrieve': 'sdk-retrieve-bug', 'only-websocket': 'wrong-region' },
      'guides/error-codes#4100',
    ),
    'code-4101': question(
      { 'token-incorrect': 'wrong-region', 'no-permission': 'which-access', 'not-sure': 'token-check' },
      'guides/error-codes#4101',
      'guides/regions',
    ),
    'code-700012006': question({ 'coze-cloud': 'token-check', 'self-hosted': 'self-hosted-session' }, 'guides/error-codes#700012006'),
    'http-401': question(
      {
        'api-call': 'token-check',
        'kid-not-registered': 'jwt-kid-not-registered',
        'invalid-client': 'client-rejected',
        websocket: 'wrong-region',
        'self-hosted': 'self-hosted-session',
      },
      'guides/error-codes#401',
      'guides/error-codes#invalid_client',
    ),
    'http-403': question(
      { 'every-call': 'token-check', 'some-calls': 'which-access', 'proxy-page': 'network-unreachable', websocket: 'websocket-access-gated' },
      'guides/error-codes#403',
    ),
    'code-4013': question(
      { bursts: 'rate-limited', 'low-volume': 'rate-limited', 'billing-codes': 'quota-or-billing' },
      'guides/error-codes#4013',
      'guides/error-codes#429',
    ),
    'code-4015': question({ 'not-published': 'bot-not-published', published: 'token-check', 'not-sure': 'bot-not-published' }, 'guides/error-codes#4015'),
    'code-4000': question({ 'json-body': 'bad-request', ids: 'wrong-resource-id' }, 'guides/error-codes#4000'),
    // Errors of the OAuth token endpoint carry `error_code` / `error`, not a numeric `code`.
    'oauth-error': question(
      {
        'invalid-client': 'client-rejected',
        'kid-not-registered': 'jwt-kid-not-registered',
        'invalid-request': 'oauth-invalid-request',
        'unsupported-grant-type': 'oauth-grant-type',
        'access-deny': 'access-deny',
        'user-flow': 'user-flow-error',
      },
      'guides/error-codes#invalid_client',
      'guides/error-codes#invalid_request',
      'guides/oauth',
    ),
    'access-deny': question({ 'other-message': 'app-access-deny', 'invalid-app-type': 'oauth-app-type' }, 'guides/error-codes#access_deny'),
    // PKCE and device flows as the OAuth playground runs them: what goes wrong between authorize and exchange.
    'user-flow-error': question(
      {
        'state-mismatch': 'oauth-state-mismatch',
        'session-lost': 'oauth-session-lost',
        'consent-declined': 'oauth-consent-declined',
        'code-spent': 'oauth-code-spent',
        'client-unknown': 'oauth-client-unknown',
        'device-flow': 'device-flow-error',
      },
      'guides/oauth',
      'tools/oauth-playground',
    ),
    'device-flow-error': question(
      {
        'authorization-pending': 'device-flow-pending',
        'slow-down': 'device-flow-pending',
        'access-denied': 'device-access-denied',
        'expired-token': 'device-code-expired',
      },
      'guides/oauth',
      'guides/error-codes#expired_token',
    ),
    'other-error': question(
      {
        'no-response': 'no-response',
        'browser-blocked': 'browser-blocked',
        'server-error': 'server-error',
        'code-4200': 'wrong-resource-id',
        'connector-not-bound': 'connector-not-bound',
        'something-else': 'token-check',
      },
      'guides/error-codes',
    ),
    // No HTTP answer: either the network failed, or the SDK threw before sending (nothing to test yet).
    'no-response': question({ 'connection-failed': 'network-unreachable', 'sdk-threw': 'sdk-setup' }, 'guides/regions', 'guides/sdk-java'),
    'sdk-setup': question(
      {
        'jjwt-clash': 'sdk-jjwt-clash',
        'refresh-before-npe': 'sdk-jwt-ttl-npe',
        'private-key-format': 'sdk-private-key-format',
        'ws-base-url-https': 'sdk-ws-base-url-https',
      },
      'guides/sdk-java',
      'guides/sdk-python',
    ),

    // The probe's verdicts double as the answers a visitor can click by hand.
    'token-check': check(
      'token-verdict',
      {
        valid: 'which-access',
        expired: 'token-expired',
        'invalid-token': 'token-unknown',
        'wrong-region': 'wrong-region',
        'not-a-token': 'wrong-token-kind',
        malformed: 'header-format',
        'missing-permission': 'missing-permission',
        'rate-limited': 'rate-limited',
      },
      'tools/token-check',
      'guides/regions',
    ),
    'which-access': question(
      {
        'permission-point': 'missing-permission',
        workspace: 'workspace-not-granted',
        'resource-id': 'wrong-resource-id',
        'not-published': 'bot-not-published',
        'only-chat-retrieve': 'sdk-retrieve-bug',
        'only-from-code': 'header-format',
      },
      'guides/personal-access-tokens',
      'guides/enterprise-permissions',
    ),

    'token-expired': outcome('guides/personal-access-tokens', 'guides/oauth', 'guides/error-codes#4100', 'tools/token-check'),
    'token-unknown': outcome('guides/personal-access-tokens', 'guides/error-codes#4100', 'tools/token-check'),
    'wrong-region': outcome('guides/regions', 'guides/error-codes#4101', 'guides/error-codes#invalid-jwt-kid', 'tools/token-check'),
    'header-format': outcome('guides/auth-methods', 'tools/token-check'),
    'wrong-token-kind': outcome('guides/auth-methods', 'guides/oauth', 'tools/token-check'),
    'client-rejected': outcome('guides/error-codes#invalid_client', 'guides/oauth', 'guides/oauth-jwt', 'tools/jwt-inspector'),
    'self-hosted-session': outcome('guides/coze-studio', 'guides/error-codes#700012006'),
    'missing-permission': outcome('guides/error-codes#4101', 'guides/personal-access-tokens', 'guides/enterprise-permissions'),
    'workspace-not-granted': outcome('guides/personal-access-tokens', 'guides/workspace-migration', 'guides/error-codes#4101'),
    'wrong-resource-id': outcome('guides/error-codes#4101', 'guides/error-codes#4200', 'guides/regions'),
    'bot-not-published': outcome('guides/error-codes#4015', 'guides/regions'),
    'sdk-retrieve-bug': outcome('guides/error-codes#4100', 'guides/oauth'),
    'rate-limited': outcome('guides/error-codes#4013', 'guides/error-codes#429'),
    'quota-or-billing': outcome('guides/error-codes'),
    'bad-request': outcome('guides/error-codes#4000'),
    'network-unreachable': outcome('guides/regions', 'guides/browser-calls', 'tools/token-check'),
    'browser-blocked': outcome('guides/browser-calls', 'guides/oauth'),
    'server-error': outcome('guides/error-codes'),
    'jwt-kid-not-registered': outcome('guides/error-codes#invalid-jwt-kid', 'guides/oauth-jwt', 'guides/regions', 'tools/jwt-inspector'),
    'oauth-invalid-request': outcome('guides/error-codes#invalid_request', 'guides/oauth'),
    'oauth-grant-type': outcome('guides/error-codes#unsupported_grant_type', 'guides/oauth', 'guides/oauth-jwt'),
    'app-access-deny': outcome('guides/error-codes#access_deny', 'guides/oauth', 'guides/workspace-migration'),
    'device-flow-pending': outcome('guides/error-codes#authorization_pending', 'guides/error-codes#slow_down', 'guides/oauth', 'tools/oauth-playground'),
    'device-access-denied': outcome('guides/oauth', 'tools/oauth-playground'),
    'device-code-expired': outcome('guides/error-codes#expired_token', 'guides/oauth', 'tools/oauth-playground'),
    'connector-not-bound': outcome('guides/oauth-jwt'),
    'sdk-jjwt-clash': outcome('guides/sdk-java', 'guides/oauth-jwt'),
    'sdk-jwt-ttl-npe': outcome('guides/sdk-java', 'guides/oauth-jwt'),
    'sdk-private-key-format': outcome('guides/sdk-nodejs', 'guides/sdk-go', 'guides/oauth-jwt', 'tools/jwt-inspector'),
    'sdk-ws-base-url-https': outcome('guides/sdk-python', 'guides/websocket', 'guides/coze-studio'),
    'oauth-state-mismatch': outcome('guides/oauth', 'tools/oauth-playground'),
    'oauth-session-lost': outcome('guides/oauth', 'tools/oauth-playground'),
    'oauth-consent-declined': outcome('guides/oauth', 'guides/enterprise-permissions', 'tools/oauth-playground'),
    'oauth-app-type': outcome('guides/error-codes#access_deny', 'guides/oauth', 'guides/auth-methods', 'tools/oauth-playground'),
    'oauth-code-spent': outcome('guides/oauth', 'guides/error-codes#invalid_request', 'tools/oauth-playground'),
    'oauth-client-unknown': outcome('guides/error-codes#invalid_client', 'guides/regions', 'guides/oauth', 'tools/oauth-playground'),
    'websocket-access-gated': outcome('guides/websocket', 'guides/error-codes#403', 'guides/regions', 'tools/token-check'),
  },
});
