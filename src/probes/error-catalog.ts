/**
 * What the error lookup knows: each entry names a guide section (its heading anchor) and, when
 * one exists, the wizard step that walks through the fix. Order matters: the first match is "best",
 * so specific messages come before the general code they belong to.
 */
import type { ExplainRef } from './types';

export interface CatalogEntry {
  readonly id: string;
  readonly guide: `guides/${string}`;
  readonly step: ExplainRef | null;
  readonly codes?: readonly number[];
  readonly oauth?: readonly string[];
  readonly statuses?: readonly number[];
  readonly patterns?: readonly RegExp[];
}

const ti = (step: string): ExplainRef => ({ wizard: 'token-invalid', step });
const codes = 'guides/error-codes';

export const CATALOG: readonly CatalogEntry[] = [
  // 4101 on the wrong region says "The token you entered is incorrect" (coze-go#56).
  { id: '4101-incorrect-token', guide: `${codes}#4101`, step: ti('wrong-region'), patterns: [/token you entered is incorrect/i] },
  { id: 'kid-not-registered', guide: `${codes}#invalid-jwt-kid`, step: ti('wrong-region'), patterns: [/kid not been regist/i, /invalid jwt kid/i] },
  { id: 'self-hosted-session', guide: `${codes}#700012006`, step: ti('token-unknown'), patterns: [/missing session_key in cookie/i] },
  { id: 'enterprise-permission-level', guide: 'guides/enterprise-permissions', step: { wizard: 'team-scope-rejected', step: 'credential-type' }, patterns: [/权限点包含/, /["“]企业["”]\s*层级/, /enterprise[- ]level permission/i, /only .*super admin/i] },
  { id: 'refresh-failed', guide: 'guides/oauth', step: { wizard: 'expired-refresh', step: 'auth-method' }, patterns: [/token expired and refresh failed/i, /refresh[_ ]token\b.*\b(?:invalid|expired|used)/i, /刷新.{0,8}失败/] },
  { id: 'workspace-migration', guide: 'guides/workspace-migration', step: { wizard: 'migrated-workspace', step: 'auth-type' }, patterns: [/迁移/, /migrat(?:e|ed|ion)\b.*workspace|workspace.*migrat/i] },
  { id: 'connector-not-bound', guide: 'guides/oauth-jwt', step: null, patterns: [/connector app should bind connector id/i] },
  { id: 'jwt-empty', guide: 'guides/oauth-jwt', step: null, patterns: [/verify jwt empty error/i] },
  { id: 'cors-header', guide: 'guides/browser-calls', step: null, patterns: [/request header field \S+ is not allowed/i, /access-control-allow-/i, /\bCORS\b/, /跨域/] },
  { id: 'not-in-browser', guide: 'guides/browser-calls', step: null, patterns: [/not supported in browser/i] },
  { id: 'host-unreachable', guide: 'guides/regions', step: ti('network-unreachable'), patterns: [/UnknownHostException|ENOTFOUND|getaddrinfo|ECONNREFUSED|ETIMEDOUT|Failed to fetch|fetch failed/i] },
  { id: 'access_deny', guide: `${codes}#access_deny`, step: ti('token-unknown'), oauth: ['access_deny', 'access_denied'], patterns: [/deactivated by the owner/i, /login session invalid/i, /invalid app type/i] },
  { id: 'expired_token', guide: `${codes}#expired_token`, step: { wizard: 'expired-refresh', step: 'auth-method' }, oauth: ['expired_token', 'invalid_grant'] },
  { id: 'invalid_client', guide: `${codes}#invalid_client`, step: ti('token-unknown'), oauth: ['invalid_client'], patterns: [/invalid jwt\b/i, /invalid client/i] },
  { id: 'invalid_request', guide: `${codes}#invalid_request`, step: ti('other-error'), oauth: ['invalid_request'], patterns: [/invalid request:/i] },
  { id: 'unsupported_grant_type', guide: `${codes}#unsupported_grant_type`, step: null, oauth: ['unsupported_grant_type'] },
  { id: 'authorization_pending', guide: `${codes}#authorization_pending`, step: null, oauth: ['authorization_pending'] },
  { id: 'slow_down', guide: `${codes}#slow_down`, step: ti('rate-limited'), oauth: ['slow_down'] },
  { id: '4100', guide: `${codes}#4100`, step: ti('code-4100'), codes: [4100], patterns: [/authentication is invalid/i, /personal access token.{0,12}is incorrect/i, /鉴权失败|认证失败|身份验证失败/] },
  { id: '700012006', guide: `${codes}#700012006`, step: ti('token-unknown'), codes: [700012006], patterns: [/access token invalid/i] },
  { id: 'token-expired', guide: 'guides/personal-access-tokens', step: ti('token-expired'), patterns: [/token\b.{0,20}\bexpired/i, /(?:令牌|token).{0,6}过期/i] },
  { id: '4101', guide: `${codes}#4101`, step: ti('missing-permission'), codes: [4101], patterns: [/does not have permission/i, /没有权限|无权限|权限不足/] },
  { id: '4013', guide: `${codes}#4013`, step: ti('rate-limited'), codes: [4013, 4020, 4009], patterns: [/rate limit/i, /限流|请求过于频繁/] },
  { id: '4015', guide: `${codes}#4015`, step: null, codes: [4015], patterns: [/not (?:currently )?published/i, /未发布/] },
  { id: '4000', guide: `${codes}#4000`, step: ti('other-error'), codes: [4000], patterns: [/request parameter error/i] },
  { id: '4200', guide: `${codes}#4200`, step: ti('other-error'), codes: [4200] },
  { id: '401', guide: `${codes}#401`, step: ti('token-unknown'), statuses: [401], patterns: [/\bunauthori[sz]ed\b/i] },
  { id: '403', guide: `${codes}#403`, step: ti('missing-permission'), statuses: [403], patterns: [/\bforbidden\b/i] },
  { id: '429', guide: `${codes}#429`, step: ti('rate-limited'), statuses: [429], patterns: [/too many requests/i] },
];
