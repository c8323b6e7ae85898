import type { FailureCase } from './types.ts';

/**
 * What the official SDKs, the chat SDK, wrappers and Coze Studio print, in their own words: each
 * text the "By SDK and surface" guides name. Sources are the thread where the cause was confirmed,
 * or (marked so) the SDK code that prints the text when no thread shows it.
 */
export const sdkSurfaceCases: readonly FailureCase[] = [
  {
    id: 'js-fetcher-cn-hint-on-com-401',
    source: 'https://github.com/coze-dev/coze-js/blob/cabc1ec9/packages/coze-js/src/fetcher.ts (text from the SDK code: printed on any 401 from api.coze.com)',
    has: {
      pasted: { zh: '鉴权失败，如果您是国内用户，请将 baseURL 设置为 https://api.coze.cn 示例：\nnew CozeAPI({\n  // ...\n  baseURL: COZE_CN_BASE_URL\n})' },
      tokenKind: 'pat',
      token: 'patValidCn',
      appHost: 'com',
      fake: { cn: 'valid', com: 'invalid-token' },
    },
    walks: [{ wizard: 'token-invalid', answers: ['code-4100', 'every-call', '@check'] }],
    expect: { step: 'token-invalid#wrong-region', verdict: 'wrong-region' },
  },
  {
    id: 'py83-4100-warning-line-without-cn-base-url',
    source: 'https://github.com/coze-dev/coze-py/issues/83 (maintainer: set base_url to cn)',
    has: {
      pasted: {
        en: '[cozepy][WARNING][2024-10-16 07:16:37] request POST#https://api.coze.com/v3/chat failed, logid=2024101607163785A012E913E61573799A, code=4100, msg=authentication is invalid',
      },
      tokenKind: 'pat',
      token: 'patValidCn',
      appHost: 'com',
      fake: { cn: 'valid', com: 'invalid-token' },
    },
    walks: [{ wizard: 'token-invalid', answers: ['code-4100', 'every-call', '@check'] }],
    expect: { step: 'token-invalid#wrong-region', lookup: 'token-invalid#code-4100', verdict: 'wrong-region' },
  },
  {
    id: 'py148-kid-not-registered-default-com',
    source: 'https://github.com/coze-dev/coze-py/issues/148 (reporter: no COZE_API_BASE set, so the default com host)',
    has: {
      pasted: { en: 'cozepy.exception.CozeAPIError: msg: invalid jwt: kid not been registred, logid: 2024122509064484DEDF525AF13E290496' },
      httpStatus: 401,
      tokenKind: 'jwt',
    },
    walks: [{ wizard: 'token-invalid', answers: ['something-else', 'http-401', 'kid-not-registered'] }],
    expect: { step: 'token-invalid#jwt-kid-not-registered' },
  },
  {
    id: 'py171-websocket-handshake-403',
    source: 'https://github.com/coze-dev/coze-py/issues/171 (maintainer: WebSocket access needs a whitelist application)',
    has: {
      pasted: {
        en: 'cozepy.exception.CozeAPIError: msg: server rejected WebSocket connection: HTTP 403, logid: 02173736286809800000000000000000000ffff0a87a4d4428ec3',
      },
      httpStatus: 403,
      tokenKind: 'pat',
    },
    walks: [{ wizard: 'token-invalid', answers: ['something-else', 'http-403', 'websocket'] }],
    expect: { step: 'token-invalid#websocket-access-gated' },
  },
  {
    id: 'js-node-websocket-handshake-403',
    source: "https://github.com/coze-dev/coze-py/issues/171 (the same refusal described in the reporter's words, not an SDK line)",
    has: {
      pasted: { zh: 'WebSocket 握手返回 HTTP 403，REST 调用正常', en: 'The WebSocket handshake fails with HTTP 403 but REST calls work' },
      httpStatus: 403,
      tokenKind: 'pat',
    },
    walks: [{ wizard: 'token-invalid', answers: ['something-else', 'http-403', 'websocket'] }],
    expect: { step: 'token-invalid#websocket-access-gated' },
  },
  {
    id: 'py-websocket-handshake-401',
    source: 'https://github.com/coze-dev/coze-py/blob/6b0f4cd/cozepy/websockets/ws.py (text from the SDK code: the handshake refusal wrapped as CozeAPIError)',
    has: {
      pasted: { en: 'cozepy.exception.CozeAPIError: msg: server rejected WebSocket connection: HTTP 401, logid: 20250121101010ABCDEF0123456789ABCD' },
      httpStatus: 401,
      tokenKind: 'pat',
    },
    walks: [{ wizard: 'token-invalid', answers: ['something-else', 'http-401', 'websocket'] }],
    expect: { step: 'token-invalid#wrong-region', lookup: 'token-invalid#http-401' },
  },
  {
    id: 'go-websocket-bad-handshake',
    source: 'https://github.com/coze-dev/coze-go/blob/f47b4f2/websocket_client.go (text from the SDK code and gorilla/websocket: the status is dropped)',
    has: { pasted: { en: 'failed to connect to WebSocket: websocket: bad handshake' }, tokenKind: 'pat' },
    walks: [{ wizard: 'token-invalid', answers: ['something-else', 'http-401', 'websocket'] }],
    expect: { step: 'token-invalid#wrong-region', lookup: 'token-invalid#http-401' },
  },
  {
    id: 'js-pat-refused-in-browser',
    source: 'https://github.com/coze-dev/coze-js/blob/cabc1ec9/packages/coze-js/src/core.ts (the PAT check) and https://github.com/coze-dev/coze-js/issues/149',
    has: {
      pasted: {
        en: 'CozeError: Browser environments do not support authentication using Personal Access Token (PAT) by default.\nas it may expose secret API keys.',
      },
      tokenKind: 'pat',
    },
    walks: [{ wizard: 'choose-auth', answers: ['browser-app', 'anonymous-visitors'] }],
    expect: { step: 'choose-auth#use-jwt-for-visitors', lookup: 'choose-auth#browser-users' },
  },
  {
    id: 'chat-sdk-without-refresh-callback',
    source:
      'https://github.com/coze-dev/coze-js/blob/cabc1ec9/packages/chat-sdk/src/libs/services/use-chat-init.ts (text from the SDK code: the chat stops when the token expires)',
    has: { pasted: { en: 'onRefreshToken is not provided; The chat will not be able to refresh the token' }, tokenKind: 'czs' },
    walks: [{ wizard: 'token-invalid', answers: ['code-4100', 'every-call', 'expired'] }],
    expect: { step: 'token-invalid#token-expired' },
  },
  {
    id: 'js-jwt-private-key-without-pem-header',
    source: 'https://github.com/coze-dev/coze-js/blob/cabc1ec9/packages/coze-js/src/auth.ts (text from the SDK code: checked before any request)',
    has: { pasted: { en: 'BadRequestError: Invalid private key format. Expected PEM format (RSA or PKCS8)' }, tokenKind: 'jwt' },
    walks: [{ wizard: 'token-invalid', answers: ['something-else', 'other', 'no-response', 'sdk-threw', 'private-key-format'] }],
    expect: { step: 'token-invalid#sdk-private-key-format' },
  },
  {
    id: 'go-jwt-private-key-not-pkcs8',
    source: 'https://github.com/coze-dev/coze-go/blob/f47b4f2/auth.go (text from the SDK code: parsePrivateKey strips only the PKCS#8 header)',
    has: { pasted: { en: 'failed to parse private key: failed to decode private key: illegal base64 data at input byte 0' }, tokenKind: 'jwt' },
    walks: [{ wizard: 'token-invalid', answers: ['something-else', 'other', 'no-response', 'sdk-threw', 'private-key-format'] }],
    expect: { step: 'token-invalid#sdk-private-key-format' },
  },
  {
    id: 'java103-jjwt-nosuchmethod',
    source:
      'https://github.com/coze-dev/coze-java/issues/103 (RuoYi bundles jjwt 0.9; the SDK is built on 0.11.5) and coze-java#55 (maintainer points to the README section)',
    has: {
      pasted: {
        en: "java.lang.NoSuchMethodError: 'io.jsonwebtoken.JwtBuilder io.jsonwebtoken.JwtBuilder.signWith(java.security.Key, io.jsonwebtoken.SignatureAlgorithm)",
      },
      tokenKind: 'jwt',
    },
    walks: [{ wizard: 'token-invalid', answers: ['something-else', 'other', 'no-response', 'sdk-threw', 'jjwt-clash'] }],
    expect: { step: 'token-invalid#sdk-jjwt-clash' },
  },
  {
    id: 'java79-jwtoauth-ttl-npe',
    source: 'https://github.com/coze-dev/coze-java/issues/79 (fixed by PR #91 in 0.3.1: ttl defaults to 900)',
    has: {
      pasted: {
        en: 'Exception in thread "main" java.lang.NullPointerException\n\tat com.coze.openapi.service.auth.JWTOAuth.getRefreshBefore(JWTOAuth.java)',
        zh: 'coze-java 调用报 NullPointerException，堆栈在 JWTOAuth.getRefreshBefore',
      },
      tokenKind: 'jwt',
    },
    walks: [{ wizard: 'token-invalid', answers: ['something-else', 'other', 'no-response', 'sdk-threw', 'refresh-before-npe'] }],
    expect: { step: 'token-invalid#sdk-jwt-ttl-npe' },
  },
  {
    id: 'py-websocket-base-url-not-https',
    source:
      'https://github.com/coze-dev/coze-py/blob/6b0f4cd/cozepy/websockets/ws.py (text from the SDK code: checked before connecting; guides/coze-studio#sdk-local)',
    has: {
      pasted: { en: "ValueError: base_url must start with 'https://'", zh: "自部署 Coze Studio 用 cozepy 连 WebSocket 报 base_url must start with 'https://'" },
      tokenKind: 'pat',
      appHost: 'custom',
    },
    walks: [{ wizard: 'token-invalid', answers: ['something-else', 'other', 'no-response', 'sdk-threw', 'ws-base-url-https'] }],
    expect: { step: 'token-invalid#sdk-ws-base-url-https' },
  },
  {
    id: 'js-dns-failure-as-internal-server-error',
    source: 'https://github.com/coze-dev/coze-js/blob/cabc1ec9/packages/coze-js/src/fetcher.ts (text from the SDK code: no response is reported as status 500)',
    has: { pasted: { en: 'InternalServerError: getaddrinfo ENOTFOUND api.coze.cn' }, tokenKind: 'pat' },
    walks: [{ wizard: 'token-invalid', answers: ['something-else', 'other', 'no-response', 'connection-failed'] }],
    expect: { step: 'token-invalid#network-unreachable' },
  },
  {
    id: 'go-dns-failure-no-such-host',
    source: 'https://github.com/coze-dev/coze-go/blob/f47b4f2/request.go (text from the SDK code and Go resolver: the error is passed through)',
    has: {
      pasted: {
        en: '[ERROR] [coze] POST https://api.coze.cn/v3/chat failed, log_id=, status=0, err=Post "https://api.coze.cn/v3/chat": dial tcp: lookup api.coze.cn: no such host',
      },
      tokenKind: 'pat',
    },
    walks: [{ wizard: 'token-invalid', answers: ['something-else', 'other', 'no-response', 'connection-failed'] }],
    expect: { step: 'token-invalid#network-unreachable' },
  },
  {
    id: 'studio-openapi-api-key-invalid',
    source:
      'https://github.com/coze-dev/coze-studio/blob/4f786d6a9/backend/api/middleware/openapi_auth.go (text from the server code: a key this instance does not know)',
    has: { pasted: { en: '{"code":700012006,"msg":"authentication failed: api key invalid"}' }, tokenKind: 'pat', appHost: 'custom' },
    walks: [{ wizard: 'token-invalid', answers: ['code-700012006', 'self-hosted'] }],
    expect: { step: 'token-invalid#self-hosted-session' },
  },
  {
    id: 'studio-session-cookie-as-http-401',
    source: 'https://github.com/coze-dev/coze-studio/commit/2b021a3d4 (PR #2303: since 2025-10-21 the cookie-session refusal is HTTP 401 with code 401)',
    has: { pasted: { en: '{"code":401,"msg":"missing session_key in cookie"}' }, httpStatus: 401, tokenKind: 'pat', appHost: 'custom' },
    walks: [{ wizard: 'token-invalid', answers: ['something-else', 'http-401', 'self-hosted'] }],
    expect: { step: 'token-invalid#self-hosted-session' },
  },
  {
    id: 'coze2openai12-api-channel-not-ticked',
    source: 'https://github.com/fatwang2/coze2openai/issues/12 (reporter: published without ticking the API channel)',
    has: { pasted: { en: "'error': 'Unexpected response from Coze API.'" }, tokenKind: 'pat' },
    walks: [{ wizard: 'token-invalid', answers: ['code-4015', 'not-published'] }],
    expect: { step: 'token-invalid#bot-not-published', lookup: 'token-invalid#code-4015' },
  },
];
