import type { FailureCase } from './types.ts';

const OAUTH = ['something-else', 'oauth-endpoint'] as const;
const FLOW = [...OAUTH, 'user-flow'] as const;
const DEVICE = [...FLOW, 'device-flow'] as const;
const PLAYGROUND = 'src/playground/diagnose.ts causes, observed against tests/fake-coze (issue 12: every playground failure is a diagnosis)';
const TABLE = 'coze-sdk-gen docs/api-markdown/oauth_jwt_privilege.md error table (coze-auth-facts.md §4 OAuth endpoint errors)';
const DEVICE_DOC = 'coze-sdk-gen docs/api-markdown/oauth_device_code.md (coze-auth-facts.md §3 Device code)';

/** Errors of `POST /api/permission/oauth2/token` and the device flow: `error_code`, not `code`. */
export const oauthEndpointCases: readonly FailureCase[] = [
  {
    id: 'go43-kid-not-registered',
    source: 'https://github.com/coze-dev/coze-go/issues/43',
    defects: ['lookup-misroute'],
    has: {
      pasted: {
        en: 'HttpCode: 401, Code: invalid_client, Message: invalid jwt: kid not been registred, Param: invalid_client, LogID: 2025042710072144715EF2C58014F21E98',
      },
      httpStatus: 401,
      tokenKind: 'jwt',
    },
    walks: [
      { wizard: 'token-invalid', answers: ['something-else', 'http-401', 'kid-not-registered'] },
      { wizard: 'expired-refresh', answers: ['jwt', 'kid-not-registered'], end: 'jwt-kid-region' },
    ],
    expect: { step: 'token-invalid#jwt-kid-not-registered' },
  },
  {
    id: 'py123-kid-is-the-fingerprint',
    source: 'https://github.com/coze-dev/coze-py/issues/123',
    defects: ['lookup-misroute'],
    has: { pasted: { zh: 'OAuth JWT 授权：invalid jwt: kid not been registred' }, tokenKind: 'jwt' },
    walks: [{ wizard: 'token-invalid', answers: [...OAUTH, 'kid-not-registered'] }],
    expect: { step: 'token-invalid#jwt-kid-not-registered' },
  },
  {
    id: 'doc-invalid-client-secret',
    source: TABLE,
    defects: ['lookup-misroute'],
    has: { pasted: { en: '{"error_code":"invalid_client","error_message":"","error":"invalid_client"}' }, httpStatus: 401, tokenKind: 'client-secret' },
    walks: [{ wizard: 'token-invalid', answers: ['something-else', 'http-401', 'invalid-client'] }],
    expect: { step: 'token-invalid#client-rejected', pastedVerdict: 'invalid-token' },
  },
  {
    id: 'js313-verify-jwt-empty',
    source: 'coze-auth-facts.md §4 OAuth endpoint errors, Observed (coze-js#313)',
    defects: ['lookup-misroute'],
    has: { pasted: { en: 'verify jwt empty error' }, tokenKind: 'jwt' },
    walks: [{ wizard: 'token-invalid', answers: [...OAUTH, 'invalid-client'] }],
    expect: { step: 'token-invalid#client-rejected' },
  },
  {
    id: 'doc-invalid-request-refresh-token',
    source: TABLE,
    defects: ['lookup-misroute', 'classify-mislabel'],
    has: { pasted: { en: '{"error_code":"invalid_request","error_message":"invalid request: refresh_token","error":"invalid_request"}' }, httpStatus: 400 },
    walks: [{ wizard: 'token-invalid', answers: [...OAUTH, 'invalid-request'] }],
    expect: { step: 'token-invalid#oauth-invalid-request', pastedVerdict: 'invalid-token' },
  },
  {
    id: 'faq-callback-hash-unescaped',
    source: 'coze-auth-facts.md §3 Authorization code (FAQ: # in the callback URL must be %23)',
    defects: ['lookup-misroute'],
    has: { pasted: { zh: 'OAuth 错误/请求参数错误', en: 'invalid request: redirect_uri' } },
    walks: [
      { wizard: 'token-invalid', answers: [...OAUTH, 'invalid-request'] },
      { wizard: 'expired-refresh', answers: ['oauth-user', 'expired', 'reauthorize-fails'], end: 'redirect-uri-mismatch' },
    ],
    expect: { step: 'token-invalid#oauth-invalid-request' },
  },
  {
    id: 'doc-unsupported-grant-type',
    source: TABLE,
    defects: ['lookup-misroute'],
    has: {
      pasted: { en: '{"error_code":"unsupported_grant_type","error_message":"not supported grant type: refresh","error":"unsupported_grant_type"}' },
      httpStatus: 400,
    },
    walks: [{ wizard: 'token-invalid', answers: [...OAUTH, 'unsupported-grant-type'] }],
    expect: { step: 'token-invalid#oauth-grant-type', pastedVerdict: 'unexpected-response' },
  },
  {
    id: 'doc-access-deny-deactivated',
    source: TABLE,
    defects: ['lookup-misroute'],
    has: { pasted: { en: '{"error_code":"access_deny","error_message":"app: Fake Paused App is currently deactivated by the owner","error":"access_deny"}' } },
    walks: [
      { wizard: 'token-invalid', answers: [...OAUTH, 'access-deny', 'other-message'] },
      { wizard: 'expired-refresh', answers: ['jwt', 'access-deny'], end: 'app-deactivated' },
    ],
    expect: { step: 'token-invalid#app-access-deny', pastedVerdict: 'invalid-token' },
  },
  {
    id: 'doc-access-deny-invalid-app-type',
    source: TABLE,
    defects: ['lookup-misroute'],
    has: { pasted: { en: 'access_deny: invalid app type', zh: '渠道应用走授权码流程时返回 access_deny：invalid app type' } },
    walks: [{ wizard: 'token-invalid', answers: [...OAUTH, 'access-deny', 'invalid-app-type'] }],
    expect: { step: 'token-invalid#oauth-app-type', lookup: 'token-invalid#oauth-app-type' },
  },
  {
    id: 'doc-access-deny-login-session',
    source: TABLE,
    defects: ['lookup-misroute'],
    has: { pasted: { en: '{"error_code":"access_deny","error_message":"login session invalid"}' } },
    walks: [{ wizard: 'token-invalid', answers: [...OAUTH, 'access-deny', 'other-message'] }],
    expect: { step: 'token-invalid#app-access-deny' },
  },
  {
    id: 'doc-device-authorization-pending',
    source: DEVICE_DOC,
    defects: ['lookup-misroute'],
    has: { pasted: { en: '{"error":"authorization_pending","error_description":"the user has not approved yet"}' } },
    walks: [{ wizard: 'token-invalid', answers: [...DEVICE, 'authorization-pending'] }],
    expect: { step: 'token-invalid#device-flow-pending' },
  },
  {
    id: 'doc-device-slow-down',
    source: DEVICE_DOC,
    has: { pasted: { en: '{"error":"slow_down"}' } },
    walks: [{ wizard: 'token-invalid', answers: [...DEVICE, 'slow-down'] }],
    expect: { step: 'token-invalid#device-flow-pending', pastedVerdict: 'rate-limited' },
  },
  {
    id: 'doc-device-access-denied',
    source: DEVICE_DOC,
    defects: ['lookup-misroute', 'classify-mislabel'],
    has: { pasted: { en: '{"error":"access_denied","error_description":"the user denied the request"}' } },
    walks: [{ wizard: 'token-invalid', answers: [...DEVICE, 'access-denied'] }],
    expect: { step: 'token-invalid#device-access-denied', pastedVerdict: 'unexpected-response' },
  },
  {
    id: 'doc-device-expired-token',
    source: DEVICE_DOC,
    defects: ['lookup-misroute'],
    has: { pasted: { en: '{"error":"expired_token","error_description":"device code expired"}', zh: '设备码轮询返回 expired_token' } },
    walks: [{ wizard: 'token-invalid', answers: [...DEVICE, 'expired-token'] }],
    expect: { step: 'token-invalid#device-code-expired' },
  },
  {
    id: 'playground-state-mismatch',
    source: `${PLAYGROUND}; RFC 6749 §10.12 (state against CSRF)`,
    has: { pasted: { en: 'OAuth callback: state mismatch', zh: 'OAuth 回调的 state 不一致' } },
    walks: [{ wizard: 'token-invalid', answers: [...FLOW, 'state-mismatch'] }],
    expect: { step: 'token-invalid#oauth-state-mismatch' },
  },
  {
    id: 'playground-session-lost',
    source: PLAYGROUND,
    has: {},
    walks: [{ wizard: 'token-invalid', answers: [...FLOW, 'session-lost'] }],
    expect: { step: 'token-invalid#oauth-session-lost' },
  },
  {
    id: 'playground-pkce-consent-declined',
    source: `${PLAYGROUND}; the fake's consent page "deny" redirects with error=access_denied`,
    has: { pasted: { en: '?error=access_denied&error_description=the+user+denied+the+request', zh: 'PKCE 授权页回跳 error=access_denied' } },
    walks: [{ wizard: 'token-invalid', answers: [...FLOW, 'consent-declined'] }],
    expect: { step: 'token-invalid#oauth-consent-declined', lookup: 'token-invalid#oauth-consent-declined' },
  },
  {
    id: 'playground-code-used-twice',
    source: `${PLAYGROUND} (the fake's codes are one-use, as OAuth 2.0 requires)`,
    // What Coze returns for a spent code is not documented (the fake answers `invalid request: code`,
    // which the lookup rightly reads as invalid_request), so this case enters through the wizard only.
    has: {},
    walks: [{ wizard: 'token-invalid', answers: [...FLOW, 'code-spent'] }],
    expect: { step: 'token-invalid#oauth-code-spent' },
  },
  {
    id: 'playground-client-unknown-other-region',
    source: `${PLAYGROUND}; coze-auth-facts.md §4 (invalid_client; apps are per region)`,
    has: { tokenKind: 'client-id' },
    walks: [{ wizard: 'token-invalid', answers: [...FLOW, 'client-unknown'] }],
    expect: { step: 'token-invalid#oauth-client-unknown' },
  },
  {
    id: 'doc-internal-error',
    source: TABLE,
    has: { pasted: { en: '{"error_code":"internal_error","error_message":"Service internal error.","error":"internal_error"}' } },
    walks: [{ wizard: 'token-invalid', answers: ['something-else', 'other', 'server-error'] }],
    expect: { step: 'token-invalid#server-error', pastedVerdict: 'server-error' },
  },
  {
    id: 'doc-channel-connector-not-bound',
    source: 'coze-auth-facts.md §3 JWT (channel error "connector app should bind connector id")',
    defects: ['lookup-misroute'],
    has: { pasted: { en: 'connector app should bind connector id' }, tokenKind: 'jwt' },
    walks: [{ wizard: 'token-invalid', answers: ['something-else', 'other', 'connector-not-bound'] }],
    expect: { step: 'token-invalid#connector-not-bound' },
  },
];
