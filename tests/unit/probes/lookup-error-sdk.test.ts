import { describe, expect, test } from 'vitest';
import { SDK_CATALOG } from '~/probes/error-catalog-sdk.ts';
import { lookupError } from '~/probes/index.ts';

/**
 * Lines as the SDKs, the chat SDK, wrappers and Coze Studio print them (log IDs shortened), each
 * with the entry and wizard step the error lookup must answer with. Sources are on the guides.
 */
const lines = [
  {
    text: '鉴权失败，如果您是国内用户，请将 baseURL 设置为 https://api.coze.cn 示例：',
    id: 'coze-js-cn-hint',
    step: { wizard: 'token-invalid', step: 'wrong-region' },
  },
  {
    text: 'cozepy.exception.CozeAPIError: msg: server rejected WebSocket connection: HTTP 403, logid: 0217373628680980',
    id: 'ws-handshake-403',
    step: { wizard: 'token-invalid', step: 'websocket-access-gated' },
  },
  {
    text: 'cozepy.exception.CozeAPIError: msg: server rejected WebSocket connection: HTTP 401, logid: 0217373628680981',
    id: 'ws-handshake-401',
    step: { wizard: 'token-invalid', step: 'http-401' },
  },
  {
    text: 'failed to connect to WebSocket: websocket: bad handshake',
    id: 'go-ws-bad-handshake',
    step: { wizard: 'token-invalid', step: 'http-401' },
  },
  {
    text: 'coze: POST https://api.coze.cn/v3/chat failed, status=0, err=Post "https://api.coze.cn/v3/chat": dial tcp: lookup api.coze.cn: no such host',
    id: 'sdk-dns-failure',
    step: { wizard: 'token-invalid', step: 'network-unreachable' },
  },
  {
    text: 'httpx.ConnectError: [Errno -2] Name or service not known',
    id: 'sdk-dns-failure',
    step: { wizard: 'token-invalid', step: 'network-unreachable' },
  },
  {
    text: 'CozeError: Browser environments do not support authentication using Personal Access Token (PAT) by default.',
    id: 'pat-in-browser',
    step: { wizard: 'choose-auth', step: 'browser-users' },
  },
  {
    text: 'onRefreshToken is not provided; The chat will not be able to refresh the token',
    id: 'chat-sdk-no-refresh',
    step: { wizard: 'token-invalid', step: 'token-expired' },
  },
  {
    text: 'BadRequestError: Invalid private key format. Expected PEM format (RSA or PKCS8)',
    id: 'js-private-key-format',
    step: { wizard: 'token-invalid', step: 'sdk-private-key-format' },
  },
  {
    text: 'failed to parse private key: failed to decode private key: illegal base64 data at input byte 0',
    id: 'go-private-key-parse',
    step: { wizard: 'token-invalid', step: 'sdk-private-key-format' },
  },
  {
    text: "java.lang.NoSuchMethodError: 'io.jsonwebtoken.JwtBuilder io.jsonwebtoken.JwtBuilder.signWith(java.security.Key, io.jsonwebtoken.SignatureAlgorithm)'",
    id: 'java-jjwt-clash',
    step: { wizard: 'token-invalid', step: 'sdk-jjwt-clash' },
  },
  {
    text: 'java.lang.NullPointerException\n\tat com.coze.openapi.service.auth.JWTOAuth.getRefreshBefore(JWTOAuth.java)',
    id: 'java-refresh-before-npe',
    step: { wizard: 'token-invalid', step: 'sdk-jwt-ttl-npe' },
  },
  {
    text: "ValueError: base_url must start with 'https://'",
    id: 'py-ws-base-url-https',
    step: { wizard: 'token-invalid', step: 'sdk-ws-base-url-https' },
  },
  {
    text: '{"code":700012006,"msg":"authentication failed: api key invalid"}',
    id: 'studio-api-key',
    step: { wizard: 'token-invalid', step: 'self-hosted-session' },
  },
  {
    text: "{ error: { error: 'Unexpected response from Coze API.' } }",
    id: 'coze2openai-unexpected',
    step: { wizard: 'token-invalid', step: 'code-4015' },
  },
] as const;

describe('lookupError with SDK and surface texts', () => {
  test.each(lines)('routes "$text" to $id', ({ text, id, step }) => {
    const result = lookupError(text);
    expect(result.matched).toBe(true);
    if (!result.matched) return;
    expect(result.best.id).toBe(id);
    expect(result.best.step).toEqual(step);
  });

  test('every SDK entry is exercised by at least one line', () => {
    const covered = new Set<string>(lines.map((l) => l.id));
    expect(SDK_CATALOG.map((e) => e.id).filter((id) => !covered.has(id))).toEqual([]);
  });

  test("coze-js's region hint outranks the 4100 printed beside it, which stays among the others", () => {
    const result = lookupError(
      'AuthenticationError: code: 4100, msg: authentication is invalid\n鉴权失败，如果您是国内用户，请将 baseURL 设置为 https://api.coze.cn',
    );
    expect(result.matched && result.best.id).toBe('coze-js-cn-hint');
    expect(result.matched && result.others.map((o) => o.id)).toContain('4100');
  });

  test('a wrapper error that carries the Coze message routes by that message', () => {
    const result = lookupError(
      "{ error: { error: 'Unexpected response from Coze API.', message: 'The Bot is not currently published to the corresponding platform' } }",
    );
    expect(result.matched && result.best.id).toBe('4015');
  });
});
