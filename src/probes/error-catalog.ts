/**
 * What the error lookup knows: each entry names a guide section (its heading anchor) and the
 * wizard step that walks through the fix (every entry has one; tests prove the step names the error). Order matters: the first match is "best",
 * so specific messages come before the general code they belong to.
 */
import { SDK_FIRST, SDK_LAST } from '~/probes/error-catalog-sdk';
import type { ExplainRef } from '~/probes/types';

export interface CatalogEntry {
  readonly id: string;
  readonly guide: `guides/${string}`;
  readonly step: ExplainRef;
  readonly codes?: readonly number[];
  readonly oauth?: readonly string[];
  readonly statuses?: readonly number[];
  readonly patterns?: readonly RegExp[];
}

const ti = (step: string): ExplainRef => ({ wizard: 'token-invalid', step });
const codes = 'guides/error-codes';

export const CATALOG: readonly CatalogEntry[] = [
  ...SDK_FIRST,
  // 4101 on the wrong region says "The token you entered is incorrect" (coze-go#56).
  { id: '4101-incorrect-token', guide: `${codes}#4101`, step: ti('wrong-region'), patterns: [/token you entered is incorrect/i] },
  { id: 'kid-not-registered', guide: `${codes}#invalid-jwt-kid`, step: ti('jwt-kid-not-registered'), patterns: [/kid not been regist/i, /invalid jwt kid/i] },
  { id: 'self-hosted-session', guide: `${codes}#700012006`, step: ti('self-hosted-session'), patterns: [/missing session_key in cookie/i] },
  {
    id: 'enterprise-permission-level',
    guide: 'guides/enterprise-permissions',
    step: { wizard: 'team-scope-rejected', step: 'credential-type' },
    patterns: [/权限点包含/, /["“「]企业["”」]\s*层级/, /enterprise[- ]level permission/i, /only .*super admin/i],
  },
  {
    id: 'refresh-failed',
    guide: 'guides/oauth',
    step: { wizard: 'expired-refresh', step: 'auth-method' },
    patterns: [/token expired and refresh failed/i, /refresh[_ ]token\b[^\"{}]{0,20}\b(?:invalid|expired|used)\b/i, /刷新.{0,8}失败/],
  },
  {
    id: 'workspace-migration',
    guide: 'guides/workspace-migration',
    step: { wizard: 'migrated-workspace', step: 'auth-type' },
    patterns: [/迁移/, /migrat(?:e|ed|ion)\b.*workspace|workspace.*migrat/i],
  },
  { id: 'connector-not-bound', guide: 'guides/oauth-jwt', step: ti('connector-not-bound'), patterns: [/connector app should bind connector id/i] },
  // coze-js#313: the thread points at a JWT the endpoint could not read (facts §8 says "likely" the region).
  { id: 'jwt-empty', guide: 'guides/oauth-jwt', step: ti('client-rejected'), patterns: [/verify jwt empty error/i] },
  {
    id: 'cors-header',
    guide: 'guides/browser-calls',
    step: ti('browser-blocked'),
    patterns: [/request header field \S+ is not allowed/i, /access-control-allow-/i, /\bCORS\b/, /跨域/],
  },
  {
    id: 'not-in-browser',
    guide: 'guides/browser-calls',
    step: ti('browser-blocked'),
    patterns: [/not supported in browser/i, /allowPersonalAccessTokenInBrowser/],
  },
  {
    id: 'host-unreachable',
    guide: 'guides/regions',
    step: ti('network-unreachable'),
    patterns: [/UnknownHostException|ENOTFOUND|getaddrinfo|ECONNREFUSED|ETIMEDOUT|Failed to fetch|fetch failed/i],
  },
  // User authorization flows (PKCE, device), as the OAuth playground meets them. A declined consent comes
  // back on the redirect (`?error=access_denied`), the device flow's while polling; `state` and single-use
  // codes are the client's own checks and OAuth 2.0 rules, not Coze texts.
  { id: 'state-mismatch', guide: 'guides/oauth', step: ti('oauth-state-mismatch'), patterns: [/\bstate\b[^\n]{0,30}(?:mismatch|does not match|不一致)/i] },
  {
    id: 'consent-declined',
    guide: `${codes}#access_denied`,
    step: ti('oauth-consent-declined'),
    patterns: [/[?&#]error=access_denied\b/, /授权页[^\n]{0,20}access_denied/],
  },
  {
    id: 'code-spent',
    guide: 'guides/oauth',
    step: ti('oauth-code-spent'),
    patterns: [/authorization code[^\n]{0,30}(?:already (?:been )?used|expired)|(?:code|授权码)[^\n]{0,20}already used/i],
  },
  { id: 'invalid-app-type', guide: `${codes}#access_deny`, step: ti('oauth-app-type'), patterns: [/invalid app type/i] },
  // The device flow's access_denied (the user declined) is not the app-level access_deny.
  { id: 'access_denied', guide: `${codes}#access_denied`, step: ti('device-access-denied'), oauth: ['access_denied'] },
  {
    id: 'access_deny',
    guide: `${codes}#access_deny`,
    step: ti('app-access-deny'),
    oauth: ['access_deny'],
    patterns: [/deactivated by the owner/i, /login session invalid/i],
  },
  { id: 'expired_token', guide: `${codes}#expired_token`, step: ti('device-code-expired'), oauth: ['expired_token'] },
  // Not in the docs; what a spent refresh token returns is UNCERTAIN (facts §4).
  { id: 'invalid_grant', guide: 'guides/oauth', step: { wizard: 'expired-refresh', step: 'refresh-token-history' }, oauth: ['invalid_grant'] },
  {
    id: 'invalid_client',
    guide: `${codes}#invalid_client`,
    step: ti('client-rejected'),
    oauth: ['invalid_client'],
    patterns: [/invalid jwt\b/i, /invalid client/i],
  },
  {
    id: 'invalid_request',
    guide: `${codes}#invalid_request`,
    step: ti('oauth-invalid-request'),
    oauth: ['invalid_request'],
    patterns: [/invalid request:/i, /OAuth\s*错误\s*\/?\s*请求参数错误/],
  },
  {
    id: 'unsupported_grant_type',
    guide: `${codes}#unsupported_grant_type`,
    step: ti('oauth-grant-type'),
    oauth: ['unsupported_grant_type'],
    patterns: [/not supported grant type/i],
  },
  { id: 'authorization_pending', guide: `${codes}#authorization_pending`, step: ti('device-flow-pending'), oauth: ['authorization_pending'] },
  { id: 'slow_down', guide: `${codes}#slow_down`, step: ti('device-flow-pending'), oauth: ['slow_down'] },
  { id: 'internal_error', guide: `${codes}#internal_error`, step: ti('server-error'), oauth: ['internal_error'] },
  {
    id: '4100',
    guide: `${codes}#4100`,
    step: ti('code-4100'),
    codes: [4100],
    patterns: [/authentication is invalid/i, /personal access token.{0,12}is incorrect/i, /鉴权失败|认证失败|身份验证失败|认证不合法/],
  },
  { id: '700012006', guide: `${codes}#700012006`, step: ti('code-700012006'), codes: [700012006], patterns: [/access token invalid/i] },
  {
    id: 'token-expired',
    guide: 'guides/personal-access-tokens',
    step: ti('token-expired'),
    patterns: [/token\b.{0,20}\bexpired/i, /(?:令牌|token).{0,6}过期/i],
  },
  { id: '4101-no-permission', guide: `${codes}#4101`, step: ti('missing-permission'), patterns: [/does not have permission/i, /没有权限|无权限|权限不足/] },
  { id: '4101', guide: `${codes}#4101`, step: ti('code-4101'), codes: [4101] },
  { id: '4013', guide: `${codes}#4013`, step: ti('rate-limited'), codes: [4013, 4020], patterns: [/rate limit/i, /限流|请求过于频繁/] },
  { id: 'quota', guide: 'guides/error-codes', step: ti('quota-or-billing'), codes: [4008, 4009, 4011, 4019, 4027, 4028, 788788103] },
  { id: '4015', guide: `${codes}#4015`, step: ti('code-4015'), codes: [4015], patterns: [/not (?:currently )?published/i, /未发布/] },
  { id: '4000', guide: `${codes}#4000`, step: ti('code-4000'), codes: [4000], patterns: [/request parameter error/i, /请求参数错误/] },
  {
    id: 'request-content',
    guide: 'guides/error-codes',
    step: ti('bad-request'),
    codes: [4003, 4004, 4010, 4012, 4014, 4016, 4102, 4300, 4301, 4302, 4303, 4304],
  },
  { id: 'missing-resource', guide: `${codes}#4200`, step: ti('wrong-resource-id'), codes: [4001, 4002, 4005, 4006] },
  { id: '4200', guide: `${codes}#4200`, step: ti('wrong-resource-id'), codes: [4200] },
  { id: '5000', guide: 'guides/error-codes', step: ti('server-error'), codes: [5000, 6006] },
  { id: '401', guide: `${codes}#401`, step: ti('http-401'), statuses: [401], patterns: [/\bunauthori[sz]ed\b/i] },
  { id: '403', guide: `${codes}#403`, step: ti('http-403'), statuses: [403], patterns: [/\bforbidden\b/i] },
  { id: '429', guide: `${codes}#429`, step: ti('rate-limited'), statuses: [429], patterns: [/too many requests/i] },
  ...SDK_LAST,
];
