import type { OutcomeCopy } from '~/wizards/engine/types';

export default {
  'rate-limited': {
    title: '请求被限流',
    problem:
      '`4013`（模型请求频率超限）、`4020`（模型每分钟请求数超限）和 HTTP 429 都表示请求太快或太多。扣子没有文档说明 `Retry-After` 之类的响应头，所以要由客户端自己退避。',
    steps: [
      '失败后不要立即重试：按指数退避并加随机抖动，例如依次等待 1 秒、2 秒、4 秒，只重试有限的几次。',
      '限制并发：用队列控制同时进行的请求数，不要在循环里一次发出大量调用。',
      '能缓存的结果（智能体信息、工作空间列表）缓存起来，减少重复调用。',
      '查询套餐权益的 API 会返回 `api_run_qps`，可以据此设置客户端的速率上限；免费额度较低而且会调整，必要时升级套餐。',
    ],
    verify: ['降低速率后观察一段时间，不再出现 `4013`、`4020` 或 HTTP 429。'],
    uncertain:
      '限流时是否返回 `Retry-After` 或 `x-ratelimit-*` 响应头，没有文档说明（官方 SDK 都不读取它们）；`4013` 对应的 HTTP 状态码也未确认；各套餐的具体限额会随时间变化。',
  },
  'quota-or-billing': {
    title: '额度或账单问题，不是令牌问题',
    problem:
      '这些错误码说明令牌和权限都没问题，受限的是用量或余额：`4008` 智能体当天用量超限，`4009` 当前用户过多，`4011` 扣子 token 余额不足，`4019` 和 `4027` 欠费，`4028` 额度不足，`788788103` 火山引擎账户欠费。',
    steps: [
      '对照错误码，在扣子控制台查看对应的用量、余额或账单。',
      '欠费或余额不足：充值或结清欠款后再调用。',
      '`4008`、`4009` 这类用量上限：降低调用量，或者升级套餐。',
    ],
    verify: ['处理后重新调用，这些错误码不再出现。'],
  },
  'bad-request': {
    title: '请求参数有误',
    problem:
      '`4000` 表示请求参数错误，和令牌无关：请求体的格式、字段名或字段类型不符合接口的要求。其他关于请求本身的错误码：`4003` `meta_data` 过长，`4004` `additional_messages` 过长，`4010` 提示词超出模型上限，`4012` 模型无效，`4014` 智能体无法回答，`4016` 该会话中已有进行中的对话，`4102` 内容安全违规，`4300`–`4304` 文件上传问题。',
    steps: [
      '请求体用 JSON，并带上 `Content-Type: application/json`。',
      '对照 API 文档核对字段名和类型，例如对话接口的 `bot_id`、`user_id` 和 `additional_messages`。',
      'ID 一律用字符串传递，避免长数字在 JavaScript 里丢失精度。',
      '记下响应头 `x-tt-logid` 的值，需要时提供给扣子支持。',
    ],
    verify: ['重新调用，`code` 为 `0`。'],
  },
  'network-unreachable': {
    title: '请求没有到达扣子',
    problem:
      '请求根本没有拿到扣子的响应：域名解析失败（例如 `UnknownHostException: api.coze.cn`）、连接超时或被重置，或者被公司代理、防火墙拦下并返回了它自己的网页。这不是令牌的问题。',
    steps: [
      '在运行代码的同一台机器上执行 `curl -v https://api.coze.cn/v1/users/me`，看能否解析域名并建立连接；不带令牌会返回认证错误，但这说明网络是通的。',
      '检查 DNS、代理和防火墙：公司网络里可能需要设置 `HTTPS_PROXY`，或者把 `api.coze.cn`、`api.coze.com` 加入白名单。',
      '核对主机名的拼写：REST 只有 `api.coze.cn` 和 `api.coze.com`，WebSocket 为 `ws.coze.cn` 和 `ws.coze.com`。',
      '收到 403 网页或其他 HTML 响应时，看它是谁返回的：扣子的错误是带 `code` 和 `msg` 的 JSON，响应头里有 `x-tt-logid`。',
    ],
    verify: ['`curl -v https://api.coze.cn/v1/users/me` 能收到扣子的 JSON 响应，并带有 `x-tt-logid` 响应头。', '网络恢复后，用 **令牌检查** 工具测试令牌。'],
  },
  'browser-blocked': {
    title: '浏览器拦下了请求',
    problem:
      '在浏览器里直接调用扣子 API 有两道关：coze-js 默认拒绝在浏览器里使用 `pat_` 令牌，以免泄露个人访问令牌；扣子 API 的跨域预检只允许有限的几个请求头，多加的头（例如 `Cache-Control`、`Pragma`）会让预检失败。',
    steps: [
      '不要把个人访问令牌放进网页：改用 OAuth PKCE 流程让用户自己授权，或者经由你自己的服务端代理调用。',
      '只在本地测试、确实要在浏览器里用个人访问令牌时，coze-js 要显式设置 `allowPersonalAccessTokenInBrowser: true`，而且不要把这样的页面发布出去。',
      '自己发请求时只带 `Authorization`（POST 时加 `Content-Type: application/json`），去掉 `Cache-Control`、`Pragma` 等额外的请求头。',
      '`getJWTToken` 和 `getDeviceCode` 不能在浏览器里运行：JWT 和设备码流程要放在服务端。',
    ],
    verify: [
      '在浏览器开发者工具的 **Network** 面板里，预检（OPTIONS）请求和实际请求都成功。',
      '本站的 **令牌检查** 工具也是在浏览器里调用 API 的，可以用它对比。',
    ],
    uncertain: '扣子 API 返回的 `Access-Control-Allow-Origin` 的具体值和允许的请求头列表没有官方说明，以上来自官方示例和第三方报告。',
  },
  'server-error': {
    title: '扣子服务端出错',
    problem: 'HTTP 5xx、`code` 为 `5000`，或 OAuth 端点返回的 `internal_error`，都表示服务端内部错误，通常与令牌无关。工作流中的 `6006` 表示代码节点超时。',
    steps: [
      '稍等后重试一两次，两次之间退避；不要在紧密的循环里重试。',
      '记下响应头 `x-tt-logid` 的值，联系扣子支持时提供它。',
      '工作流出错时，打开响应里的 `debug_url`，看是哪个节点失败。',
      '一直出错的话，用 **令牌检查** 工具确认令牌和区域都没问题，排除其他原因。',
    ],
    verify: ['重试成功，`code` 为 `0`。'],
  },
} satisfies Record<string, OutcomeCopy>;
