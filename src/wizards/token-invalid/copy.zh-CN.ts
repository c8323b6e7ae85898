import type { QuestionCopy, WizardCopy } from '~/wizards/engine/types';
import accessOutcomes from '~/wizards/token-invalid/outcomes/access.zh-CN';
import serviceOutcomes from '~/wizards/token-invalid/outcomes/service.zh-CN';
import oauthOutcomes from '~/wizards/token-invalid/outcomes/oauth.zh-CN';
import tokenOutcomes from '~/wizards/token-invalid/outcomes/token.zh-CN';
import surfaceOutcomes from '~/wizards/token-invalid/outcomes/surface.zh-CN';
import sdkSetupOutcomes from '~/wizards/token-invalid/outcomes/sdk-setup.zh-CN';
import authorizeOutcomes from '~/wizards/token-invalid/outcomes/authorize.zh-CN';

// Labels of check answers must read as a human answer too: the visitor may click them instead of running the probe.
const questions = {
  'error-code': {
    title: '调用返回了什么错误码？',
    body: '看响应体里的 `code` 字段（流式接口的错误可能在 `error_code` 里）。没有熟悉的错误码，或者只有 HTTP 状态码，就选最后一项。',
    answers: {
      'code-4100': '`4100`：`authentication is invalid`',
      'code-4101': '`4101`：令牌没有权限，或 `The token you entered is incorrect`',
      'code-700012006': '`700012006`：`access token invalid`',
      'rate-limit': '`4013`、`4020` 或 HTTP 429：请求太频繁',
      'code-4015': '`4015`：智能体未发布到对应渠道',
      'something-else': '其他错误码，或者只有 HTTP 状态码',
    },
  },
  'http-status': {
    title: '那么是下面哪种情况？',
    body: '没有上面那些错误码时，看 HTTP 状态码和响应的内容。',
    answers: {
      'code-4000': '`code` 为 `4000`：请求参数错误',
      'http-401': 'HTTP 401，没有上面的错误码（例如来自 OAuth 令牌端点或 WebSocket）',
      'http-403': 'HTTP 403，没有上面的错误码',
      'http-429': 'HTTP 429',
      'oauth-endpoint': 'OAuth 令牌端点返回的错误：响应里有 `error_code` 或 `error`（例如 `invalid_request`、`unsupported_grant_type`）',
      other: '别的情况：连不上、浏览器报跨域错误、5xx，或其他错误码',
    },
  },
  'code-4100': {
    title: '`4100`：是所有调用都失败，还是只有某一个？',
    body: '`4100` 表示令牌没有通过认证，通常伴随 HTTP 401：令牌错误、已过期，或者发到了另一个区域。',
    answers: {
      'every-call': '所有调用都失败，连最简单的也不行',
      'only-chat-retrieve': '只有 coze-js 的 `chat.retrieve`（查询对话状态）失败，其他调用正常，用的是 OAuth 令牌',
      'only-websocket': 'REST 调用正常，只有 WebSocket（语音、实时对话）失败',
    },
  },
  'code-4101': {
    title: '`4101`：错误消息是哪一种？',
    body: '`4101` 有两种含义：令牌缺少访问这个资源的权限，或者这个区域根本不认识这个令牌。看响应里 `msg` 字段的原文。',
    answers: {
      'token-incorrect': '`The token you entered is incorrect. Please double-check and try again.`',
      'no-permission': '`Your token does not have permission to access resource...`，提示核对资源 ID 或令牌',
      'not-sure': '看不到原文，或者是别的消息',
    },
  },
  'code-700012006': {
    title: '`700012006`：你调用的是扣子官方 API，还是自己部署的 Coze Studio？',
    body: '在官方 API 上，它和 `4100` 一样表示访问令牌无效（`access token invalid`），通常伴随 HTTP 401。',
    answers: {
      'coze-cloud': '官方 API：`api.coze.cn` 或 `api.coze.com`',
      'self-hosted': '自己部署的 Coze Studio，消息里提到 `missing session_key in cookie`',
    },
  },
  'http-401': {
    title: 'HTTP 401 来自哪个请求？',
    answers: {
      'api-call': '普通的 API 调用（`/v1/...`、`/v3/...`）',
      'kid-not-registered': 'OAuth 令牌端点，消息是 `invalid jwt: kid not been registred`',
      'invalid-client': 'OAuth 令牌端点，返回 `invalid_client`，消息是别的内容',
      websocket: 'WebSocket 连接（语音、实时对话），REST 调用却正常',
      'self-hosted': '我自部署的 Coze Studio：`{"code":401,"msg":"missing session_key in cookie"}`',
    },
  },
  'http-403': {
    title: 'HTTP 403 出现在哪里？',
    body: '官方 SDK 把 HTTP 403 和 `4101` 归为同一类：没有权限。',
    answers: {
      'every-call': '每个调用都是 403，连最简单的也不行',
      'some-calls': '只有某些接口，或者某些智能体、工作流',
      'proxy-page': '403 的响应不是扣子的 JSON，而是代理、防火墙或网关返回的网页',
      websocket: '只有 WebSocket 握手（语音、实时对话）是 403，同一个令牌调用 REST 却正常',
    },
  },
  'code-4013': {
    title: '被限流了：你的调用是什么样的？',
    body: '`4013` 是模型请求频率超限，`4020` 是模型每分钟请求数超限，HTTP 429 同样表示限流。',
    answers: {
      bursts: '短时间内发了很多请求：并发、循环，或失败后立即重试',
      'low-volume': '请求并不多，也被限流',
      'billing-codes': '同时还见到 `4008`、`4009`、`4011`、`4019`、`4027` 或 `4028` 等错误码',
    },
  },
  'code-4015': {
    title: '`4015`：这个智能体发布为 API 了吗？',
    body: '`4015` 表示智能体没有发布到对应的渠道。要通过 API 调用，智能体必须发布到 API 渠道（Agent As API）。',
    answers: {
      'not-published': '没有发布为 API',
      published: '已经发布为 API 了',
      'not-sure': '不确定',
    },
  },
  'code-4000': {
    title: '`4000`：请求参数错误。哪种更像你的情况？',
    body: '`4000` 通常不是令牌的问题，而是请求本身有误。工作流的流式接口会以 `error_code: 4000` 的形式返回它。',
    answers: {
      'json-body': '请求体可能不对：不是 JSON、缺少 `Content-Type: application/json`，或者字段名、字段类型有误',
      ids: '某个 ID（`bot_id`、`workflow_id`、`conversation_id`）可能不对，或者在代码里被改动过',
    },
  },
  'other-error': {
    title: '你看到的是哪种情况？',
    answers: {
      'no-response': '根本没有 HTTP 响应：连接失败（例如 `UnknownHostException`），或者 SDK 在发送前就抛错',
      'browser-blocked': '浏览器控制台报跨域（CORS）错误，或者 coze-js 拒绝在浏览器里使用 `pat_` 令牌',
      'server-error': 'HTTP 5xx，或 `code` 为 `5000`',
      'code-4200': '`code` 为 `4200`：资源不存在，或工作流未发布',
      'connector-not-bound': '渠道应用请求令牌时返回 `connector app should bind connector id`',
      'something-else': '都不是：先测一下令牌',
    },
  },
  'no-response': {
    title: '请求离开你的机器了吗？',
    body: '堆栈里是网络错误（`UnknownHostException`、`ENOTFOUND`、`no such host`、超时），说明请求发出了但没有回应；堆栈里提到私钥、某个类或 `base_url`，说明 SDK 在发送之前就失败了。',
    answers: {
      'connection-failed': '连接失败：域名解析失败、超时或连接被重置',
      'sdk-threw': 'SDK 在发送前抛错：Java 的 `NoSuchMethodError` / `NullPointerException`、读不了的私钥，或者被拒绝的 `base_url`',
    },
  },
  'sdk-setup': {
    title: 'SDK 抛出的是哪个错误？',
    body: '这些错误来自你机器上的 SDK，发生在发出任何请求之前，所以没有扣子的 `code`、HTTP 状态码或 `logid`。',
    answers: {
      'jjwt-clash': 'coze-java：提到 `io.jsonwebtoken`（jjwt）的 `java.lang.NoSuchMethodError`',
      'refresh-before-npe': 'coze-java：`JWTOAuth.getRefreshBefore` 处的 `NullPointerException`',
      'private-key-format': '`Invalid private key format`（coze-js）或 `failed to parse private key`（coze-go）',
      'ws-base-url-https': "cozepy WebSocket：`base_url must start with 'https://'`",
    },
  },
  'oauth-error': {
    title: 'OAuth 令牌端点返回了哪个错误？',
    body: '看 `POST /api/permission/oauth2/token` 响应里的 `error_code`（或 `error`）和 `error_message`。',
    answers: {
      'invalid-client': '`invalid_client`，消息不是关于 `kid` 的那条',
      'kid-not-registered': '`invalid jwt: kid not been registred`',
      'invalid-request': '`invalid_request`，例如 `invalid request: {parameter}`',
      'unsupported-grant-type': '`unsupported_grant_type`',
      'access-deny': '`access_deny`：应用被停用、应用类型不符或登录会话失效',
      'user-flow': '用户授权流程（PKCE 或设备码，例如在 OAuth 演练场里）：`state` 有问题、被拒绝、授权码用过、`client_id` 不被认识，或者设备码流程的回答',
    },
  },
  'access-deny': {
    title: '`access_deny`：附带的是哪条消息？',
    answers: {
      'other-message': '`… is currently deactivated by the owner`、`login session invalid` 或其他消息',
      'invalid-app-type': '`invalid app type`',
    },
  },
  'user-flow-error': {
    title: '授权流程停在了哪里？',
    body: 'OAuth 演练场会在结果里写明原因；在你自己的应用里，看从授权页回跳的地址和换取令牌的响应。',
    answers: {
      'state-mismatch': '返回的 `state` 与发出的不一致',
      'session-lost': '从授权页回来时，流程的 `state` / `code_verifier` 不见了（换了标签页、存储被清除）',
      'consent-declined': '回跳带着 `error=access_denied`：授权被拒绝',
      'code-spent': '用授权码换令牌被拒绝：授权码已经用过，或者太久了',
      'client-unknown': '授权请求或令牌请求返回 `invalid_client`：那里不认识这个 `client_id`',
      'device-flow': '设备码流程轮询时的回答：`authorization_pending`、`slow_down`、`access_denied` 或 `expired_token`',
    },
  },
  'device-flow-error': {
    title: '轮询时收到的是哪个设备码应答？',
    answers: {
      'authorization-pending': '`authorization_pending`',
      'slow-down': '`slow_down`',
      'access-denied': '`access_denied`',
      'expired-token': '`expired_token`',
    },
  },
  'token-check': {
    title: '测一下这个令牌',
    body: '粘贴你的代码实际发送的令牌（`Authorization: Bearer ` 后面的部分），区域设为 **自动**。检查只调用只读的 `GET /v1/users/me`，同时询问 coze.cn 和 coze.com，告诉你令牌是否有效、属于哪个区域、是不是访问令牌。已经知道结果的话，直接选对应的答案即可。',
    answers: {
      valid: '工具说：令牌有效 / 同一个令牌的其他调用都正常',
      expired: '工具说：令牌已过期 / 我知道它已经过期',
      'invalid-token': '工具说：令牌无效 / 扣子不认识这个令牌',
      'wrong-region': '工具说：令牌属于另一个区域 / 令牌和请求的主机不在同一个区域',
      'not-a-token': '工具说：这不是访问令牌（而是 client id、refresh token 或 JWT 之类）',
      malformed: '工具说：令牌格式有问题（空格、换行、全角字符）/ 复制时可能带进了多余的字符',
      'missing-permission': '工具说：令牌没有权限（`4101`），连身份查询都被拒',
      'rate-limited': '工具说：被限流（`4013` 或 HTTP 429）',
    },
  },
  'which-access': {
    title: '令牌本身没问题。那么失败的是什么？',
    answers: {
      'permission-point': '某个接口需要的权限点，令牌可能没有勾选（例如 `createBot`、`chat`、`listWorkflow`）',
      workspace: '某个工作空间（团队空间）里的资源，令牌可能没有被授权访问这个空间',
      'resource-id': '某个特定的智能体、工作流或会话 ID',
      'not-published': '智能体返回 `4015`，或者没有发布为 API',
      'only-chat-retrieve': '只有 coze-js 的 `chat.retrieve` 失败，用的是 OAuth 令牌',
      'only-from-code': '在工具或 curl 里正常，从我的代码发出去就失败',
    },
  },
} satisfies Record<string, QuestionCopy>;

export default {
  title: '调用失败：从错误码出发',
  description: '从你手上的错误码或 HTTP 状态码出发，测一下令牌，找出调用失败的真正原因和修复步骤。',
  steps: {
    ...questions,
    ...tokenOutcomes,
    ...accessOutcomes,
    ...serviceOutcomes,
    ...oauthOutcomes,
    ...surfaceOutcomes,
    ...sdkSetupOutcomes,
    ...authorizeOutcomes,
  },
} satisfies WizardCopy;
