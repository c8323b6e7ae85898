/**
 * What the official SDKs, the chat SDK, wrappers and self-hosted Coze Studio print when auth fails,
 * in their own words. The texts come from the SDKs' code or from threads where the cause was
 * confirmed; each is explained on the "By SDK and surface" guide its `guide` names.
 * `SDK_FIRST` goes before the core catalog: its texts say more than any code printed beside them
 * (coze-js's region hint begins with 鉴权失败, which alone reads as a plain 4100). `SDK_LAST` goes
 * after it: a wrapper's generic line is routed by the Coze message it carries, when it carries one.
 * Typed here by shape only and checked where `error-catalog.ts` spreads them, so this module
 * imports nothing from the catalog.
 */
import type { ExplainRef } from '~/probes/types';

type GuideRef = `guides/${string}`;
const ti = (step: string): ExplainRef => ({ wizard: 'token-invalid', step });

interface SdkEntry {
  readonly id: string;
  readonly guide: GuideRef;
  readonly step: ExplainRef;
  readonly patterns: readonly RegExp[];
}

export const SDK_FIRST: readonly SdkEntry[] = [
  // coze-js `fetcher.ts` prints this on any 401 from api.coze.com (and on a streamed 4101).
  { id: 'coze-js-cn-hint', guide: 'guides/sdk-nodejs#region-warning', step: ti('wrong-region'), patterns: [/如果您是国内用户，请将\s*baseURL\s*设置为/] },
  // cozepy `websockets/ws.py` wraps the handshake refusal of the `websockets` library; a 403 there with
  // REST working is access not enabled for the account (coze-py#171), a 401 the token or its region.
  {
    id: 'ws-handshake-403',
    guide: 'guides/websocket#handshake-403',
    step: ti('websocket-access-gated'),
    patterns: [/rejected WebSocket connection: HTTP 403/i, /WebSocket[^\n]{0,40}(?:HTTP |状态码 ?)403\b/i],
  },
  { id: 'ws-handshake-401', guide: 'guides/websocket#handshake-401', step: ti('http-401'), patterns: [/rejected WebSocket connection: HTTP 401/i] },
  // coze-go `websocket_client.go` + gorilla/websocket: the status is not in the text.
  {
    id: 'go-ws-bad-handshake',
    guide: 'guides/websocket#handshake-401',
    step: ti('http-401'),
    patterns: [/failed to connect to WebSocket: websocket: bad handshake/i],
  },
  // Name resolution as coze-go (Go's resolver) and cozepy (httpx over the C library) pass it through unwrapped.
  {
    id: 'sdk-dns-failure',
    guide: 'guides/regions#not-a-region-problem',
    step: ti('network-unreachable'),
    patterns: [
      /lookup [\w.-]+(?: on [\w.:[\]]+)?: no such host/i,
      /Name or service not known|nodename nor servname provided|Temporary failure in name resolution/i,
      /httpx\.Connect(?:Error|Timeout)/,
    ],
  },
  // coze-js `core.ts`: a `pat_` token in a browser build.
  {
    id: 'pat-in-browser',
    guide: 'guides/chat-sdk#pat-leak',
    step: { wizard: 'choose-auth', step: 'browser-users' },
    patterns: [/do not support authentication using Personal Access Token/i, /allowPersonalAccessTokenInBrowser/],
  },
  // coze-js chat SDK `use-chat-init.ts`: without the callback an expired token ends the chat.
  { id: 'chat-sdk-no-refresh', guide: 'guides/chat-sdk#expired-token', step: ti('token-expired'), patterns: [/onRefreshToken is not provided/i] },
  // Thrown by the SDK on the visitor's machine before any request (the sdk-* guides give each source):
  // local key parsing (coze-js `auth.ts`, coze-go `auth.go`), coze-java's jjwt clash (coze-java#55,
  // #103, #147) and ttl NPE before 0.3.1 (coze-java#79), cozepy's WebSocket base URL check.
  {
    id: 'js-private-key-format',
    guide: 'guides/sdk-nodejs#jwt',
    step: ti('sdk-private-key-format'),
    patterns: [/Invalid private key format\. Expected PEM format/i],
  },
  {
    id: 'go-private-key-parse',
    guide: 'guides/sdk-go#jwt',
    step: ti('sdk-private-key-format'),
    patterns: [/failed to (?:parse|decode) private key/i, /private key is not RSA/i],
  },
  { id: 'java-jjwt-clash', guide: 'guides/sdk-java#jjwt', step: ti('sdk-jjwt-clash'), patterns: [/NoSuchMethodError[^\n]*io\.jsonwebtoken/i] },
  {
    id: 'java-refresh-before-npe',
    guide: 'guides/sdk-java#jwt-ttl',
    step: ti('sdk-jwt-ttl-npe'),
    patterns: [/NullPointerException[\s\S]{0,400}JWTOAuth\.getRefreshBefore/, /JWTOAuth\.getRefreshBefore[\s\S]{0,200}NullPointerException/],
  },
  { id: 'py-ws-base-url-https', guide: 'guides/sdk-python#base-url', step: ti('sdk-ws-base-url-https'), patterns: [/base_url must start with 'https:\/\/'/i] },
  // Coze Studio `openapi_auth.go`: a key the instance does not know, or no Bearer header at all.
  {
    id: 'studio-api-key',
    guide: 'guides/coze-studio#openapi-routes',
    step: ti('self-hosted-session'),
    patterns: [/authentication failed: (?:api key invalid|missing api_key in request|missing authorization in header)/i],
  },
];

export const SDK_LAST: readonly SdkEntry[] = [
  // fatwang2/coze2openai `app.js`: the real Coze message sits in `message` next to this one.
  { id: 'coze2openai-unexpected', guide: 'guides/wrappers#generic-errors', step: ti('code-4015'), patterns: [/Unexpected response from Coze API/i] },
];

/** Every SDK entry, for tests and tools that list them. */
export const SDK_CATALOG: readonly SdkEntry[] = [...SDK_FIRST, ...SDK_LAST];
