import type { Locale } from '../../wizards/engine/types';

/**
 * The contract's verdict vocabulary in words, per locale.
 * Stop-gap: once `src/probes/verdict-copy.ts` (owned by the live-check work) is on main, the
 * wizard frame should take its words from there and this file should go.
 */
export const VERDICTS = [
  'valid',
  'malformed',
  'not-a-token',
  'invalid-token',
  'expired',
  'wrong-region',
  'missing-permission',
  'rate-limited',
  'network-error',
  'cors-blocked',
  'timeout',
  'server-error',
  'unexpected-response',
] as const;

export type Verdict = (typeof VERDICTS)[number];

export const verdictWords: Readonly<Record<Locale, Readonly<Record<Verdict, string>>>> = {
  'zh-CN': {
    valid: '令牌有效',
    malformed: '格式不对（有多余字符、空格或全角字符）',
    'not-a-token': '这不是访问令牌（可能是客户端 ID、JWT 断言或刷新令牌）',
    'invalid-token': '令牌无效',
    expired: '令牌已过期',
    'wrong-region': '站点不对（coze.cn 与 coze.com 的令牌不能混用）',
    'missing-permission': '缺少权限',
    'rate-limited': '请求过于频繁，被限流',
    'network-error': '网络错误，请求没有到达',
    'cors-blocked': '浏览器拦截了请求（CORS）',
    timeout: '请求超时',
    'server-error': '服务器出错',
    'unexpected-response': '返回了无法识别的响应',
  },
  en: {
    valid: 'The token is valid',
    malformed: 'Malformed (extra characters, spaces or full-width characters)',
    'not-a-token': 'Not an access token (perhaps a client id, a JWT assertion or a refresh token)',
    'invalid-token': 'The token is invalid',
    expired: 'The token has expired',
    'wrong-region': 'Wrong region (coze.cn and coze.com tokens do not mix)',
    'missing-permission': 'A permission is missing',
    'rate-limited': 'Rate limited',
    'network-error': 'Network error: the request did not arrive',
    'cors-blocked': 'The browser blocked the request (CORS)',
    timeout: 'The request timed out',
    'server-error': 'Server error',
    'unexpected-response': 'An unexpected response',
  },
};
