import type { JwtFinding } from '~/probes';

/**
 * One sentence per inspectJwt finding. `{expected}` is the `aud` the chosen host needs
 * (`api.coze.cn`, `api.coze.com`, or the custom base URL's host).
 */
export type FindingLabels = Readonly<Record<JwtFinding['code'], string>>;

export const findingsZh: FindingLabels = {
  'not-a-jwt': '这不是 JWT：应当是用“.”分隔的三段 base64url 文本。',
  'alg-not-rs256': '头部的 alg 必须是 RS256。',
  'typ-not-jwt': '头部的 typ 应当是 JWT。',
  'kid-missing': '头部缺少 kid：应填写应用公钥的指纹（在 OAuth 应用的密钥列表里可以看到）。',
  'iss-missing': '缺少 iss：应填写 OAuth 应用的 ID。',
  'iss-not-app-id': 'iss 看起来不像应用 ID：服务类应用的 ID 是一串数字。',
  'aud-missing': '缺少 aud：应填写 API 主机名，这里是 {expected}。',
  'aud-has-scheme': 'aud 只写主机名（{expected}），不要带 https:// 或路径。',
  'aud-wrong-region': 'aud 指向另一个区域的主机。发往所选主机的 JWT，aud 必须是 {expected}。',
  'aud-mismatch': 'aud 与所选主机不一致，应为 {expected}。',
  'iat-missing': '缺少 iat（签发时间，Unix 秒）。',
  'iat-in-future': 'iat 晚于本浏览器的时间：签名那台机器的时钟可能走快了，服务器会拒绝尚未生效的 JWT。',
  'exp-missing': '缺少 exp（过期时间，Unix 秒）。',
  expired: 'exp 早于本浏览器的时间：这个 JWT 已经过期，请重新签一个。',
  'exp-before-iat': 'exp 必须晚于 iat。',
  'window-too-long': '从 iat 到 exp 的窗口很长。官方 SDK 签出的 JWT 有效 1 小时；服务器是否接受更长的窗口尚未确认。',
  'jti-missing': '缺少 jti：每个 JWT 都需要一个随机、不重复的 jti，建议超过 32 字节。',
  'jti-short': 'jti 偏短：建议使用超过 32 字节的随机值。',
  'session-name-present': '带有 session_name：换到的令牌按这个最终用户隔离会话。',
};

export const findingsEn: FindingLabels = {
  'not-a-jwt': 'Not a JWT: expected three base64url parts separated by dots.',
  'alg-not-rs256': 'The header’s alg must be RS256.',
  'typ-not-jwt': 'The header’s typ should be JWT.',
  'kid-missing': 'The header has no kid: it must be the public-key fingerprint shown in the OAuth app’s key list.',
  'iss-missing': 'No iss: it must be the OAuth app ID.',
  'iss-not-app-id': 'iss does not look like an app ID: service app IDs are a string of digits.',
  'aud-missing': 'No aud: it must be the API host name, here {expected}.',
  'aud-has-scheme': 'aud is the host name only ({expected}), without https:// or a path.',
  'aud-wrong-region': 'aud names the other region’s host. A JWT sent to the chosen host needs aud {expected}.',
  'aud-mismatch': 'aud does not match the chosen host; it should be {expected}.',
  'iat-missing': 'No iat (issued-at time, Unix seconds).',
  'iat-in-future': 'iat is later than this browser’s clock: the signing machine’s clock may be fast, and the server refuses a JWT that is not valid yet.',
  'exp-missing': 'No exp (expiry time, Unix seconds).',
  expired: 'exp is earlier than this browser’s clock: the JWT has expired; sign a new one.',
  'exp-before-iat': 'exp must be later than iat.',
  'window-too-long':
    'The window from iat to exp is long. The official SDKs sign JWTs valid for 1 hour; whether the server accepts a longer window is not confirmed.',
  'jti-missing': 'No jti: every JWT needs a random, never-reused jti, ideally more than 32 bytes.',
  'jti-short': 'jti is short: use a random value of more than 32 bytes.',
  'session-name-present': 'Has session_name: the token it buys keeps conversations separate for this end user.',
};
