import type { OutcomeCopy } from '~/wizards/engine/types';

// OAuth 令牌端点（`POST /api/permission/oauth2/token`）的错误，按 `error_code` 区分。
const RETRY = '再发一次同样的令牌请求：返回了 `access_token`。';

export default {
  'jwt-kid-not-registered': {
    title: '令牌端点不认识你的 JWT 密钥（`kid not been registred`）',
    problem:
      '`invalid jwt: kid not been registred`（拼写错误是原文如此）随 HTTP 401 和 `invalid_client` 返回：JWT 头里的 `kid` 在你调用的这个区域里对应不到本应用的任何公钥。要么 `kid` 填的不是公钥指纹，要么 JWT 发到了另一个区域，而两个区域的应用和密钥互不相通。',
    steps: [
      '在 `https://www.coze.cn/open/oauth/apps`（coze.com 为 `https://www.coze.com/open/oauth/apps`）打开服务类应用，复制你签名所用密钥对的**公钥指纹**；JWT 头里的 `kid` 填的是这个指纹，不是公钥本身。',
      '确认 `iss` 是这个应用的 ID，即服务类应用显示的数字 ID。',
      '把令牌请求发到应用所在区域：扣子应用用 `https://api.coze.cn/api/permission/oauth2/token`，coze.com 应用用 `https://api.coze.com/...`，`aud` 填同一个主机名。官方 SDK 默认 `api.coze.com`，扣子应用必须显式设置 base URL。',
      '如果密钥对被删除或重新生成过，就在控制台新建一对（每个应用最多 3 对），下载 `private_key.pem` 并用它签名。',
    ],
    verify: ['把 JWT 贴进 **JWT 检查器**：`kid`、`iss`、`aud` 与应用和主机一致。', RETRY],
  },
  'oauth-invalid-request': {
    title: '令牌请求缺参数或参数写错（`invalid_request`）',
    problem:
      '`invalid_request` 说明请求本身有问题，文档给出的消息是 `invalid request: {parameter}`，会点名出错的参数。它不是对令牌的判断：请求没改好之前，刷新或重新授权都没用。',
    steps: [
      '先看 `error_message` 里 `invalid request:` 后面点名的参数，从这个字段查起。',
      '请求体用 JSON，并带 `Content-Type: application/json`；表单编码的请求体不行。',
      '如果点名的是 `refresh_token`，说明刷新令牌本身被拒：缺失、写错、已经用过一次（每个只能用一次）或超过 30 天。接口不说明是哪一种；请走本站的“令牌过期且刷新失败”向导。',
      '核对所用流程需要的字段：授权码换令牌 `grant_type`、`client_id`、`redirect_uri`、`code`；刷新 `grant_type`、`client_id`、`refresh_token`；设备码 `grant_type`、`client_id`、`device_code`。',
      '如果发生在授权页，官方 FAQ 说“请求参数错误”通常是回调地址里有未转义的字符：`#` 要写成 `%23`，`redirect_uri` 必须与应用登记的完全一致。',
    ],
    verify: [RETRY],
  },
  'oauth-grant-type': {
    title: '令牌端点不接受这个 `grant_type`（`unsupported_grant_type`）',
    problem: '请求体里的 `grant_type` 拼错了、为空，或不适用于你的应用类型。',
    steps: [
      '只用以下之一，逐字一致：`authorization_code`（用授权码换令牌）、`refresh_token`（刷新）、`urn:ietf:params:oauth:grant-type:device_code`（设备码轮询）、`urn:ietf:params:oauth:grant-type:jwt-bearer`（服务类应用用 JWT 换令牌）。',
      '请求体用 JSON（`Content-Type: application/json`）；表单编码时 `grant_type` 可能根本没被读到。',
      '授权方式要与应用类型匹配：服务类（JWT）应用没有刷新令牌，`refresh_token` 对它不适用。',
    ],
    verify: [RETRY],
  },
  'app-access-deny': {
    title: '这个 OAuth 应用现在不能签发令牌（`access_deny`）',
    problem:
      '`access_deny` 会带以下三种文档所列消息之一：`app: {name} is currently deactivated by the owner`（应用被所有者停用）、`invalid app type`（所用流程与应用的客户端类型不符）、`login session invalid`（请求背后的登录会话已失效）。问题不在你手里的令牌。',
    steps: [
      '被停用：应用所有者打开 `https://www.coze.cn/open/oauth/apps`，找到该应用并重新启用。工作空间迁移后，不要停用或删除旧的个人 OAuth 应用。',
      '应用类型不符：按创建应用时选的客户端类型选流程：Web 后端 → 授权码，单页/移动端 → PKCE，TV/命令行 → 设备码，服务类 → JWT。',
      '登录会话失效：重新登录扣子，再走一次授权。',
    ],
    verify: [RETRY],
  },
  'device-flow-pending': {
    title: '设备授权还在等用户确认（`authorization_pending` / `slow_down`）',
    problem: '这两个都是设备码流程轮询令牌端点时的正常应答：`authorization_pending` 表示用户还没确认；`slow_down` 表示你轮询得太频繁。',
    steps: [
      '把 `verification_uri` 和 `user_code`（或 `verification_uri?user_code=...`）展示给用户，请他在浏览器里确认。',
      '按 `interval` 秒（默认 5 秒）轮询，`grant_type` 为 `urn:ietf:params:oauth:grant-type:device_code`；收到 `slow_down` 时把间隔加 5 秒（官方 SDK 最多加到 30 秒）。',
      '设备码的 `expires_in`（时长，默认 300 秒）用完就停止，重新开始。',
    ],
    verify: ['用户确认后，下一次轮询返回 `access_token` 和 `refresh_token`。'],
  },
  'device-access-denied': {
    title: '用户拒绝了授权（`access_denied`）',
    problem: '在设备码流程里，`access_denied` 表示确认页上的用户点了拒绝。你的应用和令牌都没有问题，只是没有签发令牌。',
    steps: ['停止用这个 `device_code` 轮询。', '重新申请设备码，展示新的 `user_code`，请用户这次点确认。'],
    verify: ['用户确认后，轮询返回 `access_token`。'],
  },
  'device-code-expired': {
    title: '用户确认前设备码就过期了（`expired_token`）',
    problem:
      '在设备码流程里，`expired_token` 表示 `device_code` 过期了：它的 `expires_in` 是从申请设备码起算的时长（默认 300 秒）。这与访问令牌、刷新令牌无关，刷新帮不上忙。',
    steps: [
      '用你的 `client_id` 再调一次 `POST /api/permission/oauth2/device/code`，拿到新的 `device_code` 和 `user_code`。',
      '立刻展示新码，并按 `interval` 秒持续轮询，直到用户确认或新码过期。',
    ],
    verify: ['用户在时限内确认，轮询返回 `access_token`。'],
  },
  'connector-not-bound': {
    title: '渠道应用没有绑定渠道（`connector app should bind connector id`）',
    problem: '渠道 OAuth 应用必须先绑定到它服务的自定义渠道，它的 JWT 才能换到令牌。',
    steps: ['在扣子控制台打开该渠道的设置，把 OAuth 应用绑定到自定义渠道。', '用渠道应用的 JWT 再请求一次令牌。'],
    verify: [RETRY],
    uncertain: '本站依据的资料里没有绑定渠道应用的确切控制台路径。',
  },
} satisfies Record<string, OutcomeCopy>;
