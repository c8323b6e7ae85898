import type { OutcomeCopy } from '~/wizards/engine/types';

const curlMe = '`curl -s https://api.coze.cn/v1/users/me -H "Authorization: Bearer pat_xxxxxxxx"`';

export default {
  'token-expired': {
    title: '令牌已过期',
    problem:
      '令牌过了有效期，扣子不再接受它。各类令牌的有效期不同：扣子（coze.cn）的个人访问令牌最长一个月；OAuth 用户访问令牌（`czu_`）只有 15 分钟；JWT 换来的服务令牌（`czs_`）默认 900 秒，最长 86399 秒。',
    steps: [
      '个人访问令牌（`pat_`）不能续期：打开 `https://www.coze.cn/open/oauth/pats`（coze.com 为 `https://www.coze.com/open/oauth/pats`），新建一个令牌，勾选与旧令牌相同的权限点和工作空间，替换应用配置里的旧值并重启应用。',
      'OAuth 用户令牌（`czu_`）：用 refresh token 调用 `POST /api/permission/oauth2/token`（`grant_type` 为 `refresh_token`）换新，并保存响应里的新 refresh token；刷新也失败的话，用本站的“令牌过期且刷新失败”向导排查。',
      '服务令牌（`czs_`）：用私钥签一个新的 JWT，再换一个新令牌；它没有 refresh token。',
      '判断何时过期要看响应里的 `expires_in`：它是过期时刻的 Unix 时间戳（秒），不是时长。',
    ],
    verify: ['用 **令牌检查** 工具测试新令牌，应显示有效。', `运行 ${curlMe}（coze.com 换成 \`api.coze.com\`），\`code\` 应为 \`0\`。`],
    uncertain:
      '文档没有给“已过期”单独的错误码：过期的令牌很可能和无效的令牌一样返回 `4100` 或 HTTP 401，只看错误码分不出两者。coze.com 个人访问令牌的最长有效期也没有查到。',
  },
  'token-unknown': {
    title: '扣子不认识这个令牌',
    problem:
      '这个令牌在你调用的区域无效：它可能已被删除，复制时被截断或多了字符，或者根本不是这个区域签发的。如果它在另一个区域能用，那就是区域问题，不是令牌本身的问题。',
    steps: [
      '先排除区域问题：在 **令牌检查** 工具里把区域设为 **自动**；令牌在另一个区域有效时，把 API 主机改成令牌所属的区域即可。',
      '从保存令牌的配置或密钥管理里重新复制完整的值，核对长度：个人访问令牌是 `pat_` 加 64 个字母或数字。',
      '找不到有效的令牌就新建一个：扣子在 `https://www.coze.cn/open/oauth/pats`（或 `https://code.coze.cn/home` → **API & SDK → 授权 → 个人访问令牌**），coze.com 在 `https://www.coze.com/open/oauth/pats`。',
      '以 `cztei_` 开头的令牌不在任何官方 SDK 或文档里，可能只在扣子编程的项目内部有效，无法用常规方式验证；请改用个人访问令牌或 OAuth 令牌。',
    ],
    verify: ['**令牌检查** 工具显示令牌有效。', `运行 ${curlMe}，\`code\` 应为 \`0\`。`],
    uncertain: '`cztei_` 令牌的用途、签发方和有效期都不确定，目前只在第三方代码里见过。',
  },
  'wrong-region': {
    title: '令牌发到了另一个区域',
    problem:
      '扣子（coze.cn）和 coze.com 是两个独立的区域，令牌只在签发它的区域有效：扣子的令牌只认 `api.coze.cn`，coze.com 的只认 `api.coze.com`。四个官方 SDK 默认都用 `api.coze.com`，所以扣子的令牌不改地址就会被拒。症状可能是 `4100`、`4101`（`The token you entered is incorrect`）、JWT 的 `kid not been registred`，或者 REST 正常而 WebSocket 失败。',
    steps: [
      '确认令牌或 OAuth 应用在哪个区域创建：扣子的在 `https://www.coze.cn/open/oauth/pats` 和 `https://www.coze.cn/open/oauth/apps`，coze.com 的令牌在 `https://www.coze.com/open/oauth/pats`。',
      '把 API 主机改成同一区域。coze-js：`new CozeAPI({ token, baseURL: COZE_CN_BASE_URL })`；coze-py：`Coze(auth=TokenAuth(token), base_url=COZE_CN_BASE_URL)`；coze-go：`coze.NewCozeAPI(auth, coze.WithBaseURL(coze.CnBaseURL))`；直接发请求的，把 URL 换成 `https://api.coze.cn/...`。',
      'WebSocket 地址也要同区域：`wss://ws.coze.cn` 或 `wss://ws.coze.com`。coze-js 的 `baseWsURL` 默认是 cn，正好和 REST 的默认值相反。',
      'JWT 服务类应用：令牌请求发到应用所在的区域，JWT 载荷里的 `aud` 也写成同一个主机名（`api.coze.cn` 或 `api.coze.com`）。',
      '智能体和工作流也属于各自的区域：换了区域，就要用那个区域里的 ID。',
    ],
    verify: [
      '**令牌检查** 工具选 **自动**，它会告诉你令牌属于哪个区域。',
      `对令牌所属区域的主机运行 ${curlMe}，\`code\` 应为 \`0\`；两个区域都失败时，令牌本身无效，需要新建。`,
    ],
  },
  'header-format': {
    title: '`Authorization` 请求头的格式不对',
    problem:
      '令牌要放在请求头 `Authorization: Bearer <令牌>` 里：`Bearer` 后面正好一个半角空格，令牌不带引号、不带换行。常见的错误有：`Bearer Bearer pat_...`（SDK 已经加了前缀，你又加了一次）、令牌两侧带着引号、从 `.env` 或文件读出的值末尾有换行符，或者混进了全角空格。',
    steps: [
      '读取令牌后去掉首尾空白：`const token = process.env.COZE_API_TOKEN?.trim();`（Python 用 `.strip()`）。',
      "直接发 HTTP 请求时，请求头写成 `Authorization: 'Bearer ' + token`，只加一次前缀。",
      '用 SDK 时只传令牌本身，不带 `Bearer ` 前缀，例如 `new CozeAPI({ token, baseURL })` 或 `TokenAuth(token)`。',
      '检查 `.env` 或密钥管理里的值：不要带 `Bearer ` 前缀、多余的引号或行尾空白；在 Windows 上编辑过的文件要留意行尾的 `\\r`。',
      '在浏览器里只发送 `Authorization`（POST 时再加 `Content-Type`），不要附加其他自定义请求头。',
    ],
    verify: [
      '打印 `token.length` 和 `JSON.stringify(token.slice(-4))`（不要打印整个令牌），确认长度符合预期、末尾没有空白或换行。',
      `用同一个值运行 ${curlMe}，\`code\` 应为 \`0\`。`,
      '把令牌贴进 **令牌检查** 工具：它会指出空白、全角字符或非 ASCII 字符的位置。',
    ],
  },
  'wrong-token-kind': {
    title: '放错了凭证：这不是访问令牌',
    problem:
      '`Authorization: Bearer` 后面必须是访问令牌，以 `pat_`、`sat_`、`czu_` 或 `czs_` 开头。你放的是别的东西：OAuth 应用的 client id（`….app.coze` 或一串数字的应用 ID）、client secret、refresh token、授权码（`code_…`）或者 JWT（`eyJ` 开头、用点分成三段）。它们都只在换取令牌时使用。',
    steps: [
      'client id 和 client secret 用来走 OAuth 授权，最终换来 `czu_` 访问令牌；Web 应用的 secret 只出现在令牌端点的 `Authorization: Bearer <client_secret>` 里。',
      '授权码 `code_…`：调用 `POST /api/permission/oauth2/token`，用 `grant_type: authorization_code` 换成访问令牌。',
      'refresh token：只用来在令牌端点用 `grant_type: refresh_token` 换新的访问令牌，它本身不能调用 API。',
      'JWT：只发给令牌端点（`grant_type: urn:ietf:params:oauth:grant-type:jwt-bearer`），换来的 `czs_` 令牌才用于 API 调用。',
      '只想先调通：在 `https://www.coze.cn/open/oauth/pats` 新建一个个人访问令牌。',
    ],
    verify: ['**令牌检查** 工具会识别令牌的类型：它应显示为访问令牌（例如个人访问令牌），并且有效。'],
  },
  'client-rejected': {
    title: '令牌端点拒绝了应用凭证（`invalid_client`）',
    problem: '`invalid_client` 来自 OAuth 令牌端点，表示 JWT 或 client secret 不对，问题出在换取令牌这一步，还轮不到访问令牌。',
    steps: [
      'Web 后端应用：请求头是 `Authorization: Bearer <client_secret>`，secret 与请求体里的 `client_id` 必须属于同一个应用（在 `https://www.coze.cn/open/oauth/apps` 核对）。',
      'JWT 服务类应用：JWT 头的 `alg` 为 `RS256`、`kid` 为公钥指纹；载荷有 `iss`（应用 ID）、`aud`（`api.coze.cn` 或 `api.coze.com`）、`iat`、`exp` 和 `jti`；用对应的私钥签名，每个 JWT 只用一次。',
      '应用和令牌端点要在同一区域：扣子的应用用 `https://api.coze.cn/api/permission/oauth2/token`。',
      '请求体用 JSON（`Content-Type: application/json`）。',
      '刷新令牌时出的错，用本站的“令牌过期且刷新失败”向导逐步排查。',
    ],
    verify: ['用 **JWT 检查** 工具核对 JWT 的头和载荷。', '令牌端点返回 `access_token`，就说明修好了。'],
    uncertain: 'OAuth 错误响应里 `error`、`error_code`、`error_message` 等字段哪些一定会出现，各处说法不一。',
  },
  'self-hosted-session': {
    title: '自部署的 Coze Studio 对这个路径检查的是登录 Cookie，不是令牌',
    problem:
      'Coze Studio 按请求的**精确路径**决定鉴权方式：只有 OpenAPI 名单（`backend/api/middleware/openapi_auth.go`）里的路径检查 `Authorization: Bearer <令牌>`，其他路径都要网页登录后的 `session_key` Cookie。2025-10-21 起这种拒绝是 HTTP 401 `{"code":401,"msg":"missing session_key in cookie"}`（更早的版本是 HTTP 200 加 `700012006`）。名单内路径上真正的令牌问题是 HTTP 200、`700012006` 加 `authentication failed: api key invalid`。`/v1/users/me`、`/v1/workspaces` 和 `/api/permission/oauth2/*` 都不在名单里，所以本站的令牌检查（以及查询 `/v1/users/me` 的 `coze-auth-doctor check`）永远无法验证 Studio 的令牌，OAuth 和 JWT 流程在 Studio 上也走不通。',
    steps: [
      '在你自己部署的 Coze Studio 里创建个人访问令牌；coze.cn 或 coze.com 的令牌、OAuth 令牌、JWT 换来的令牌在那里都不能用。',
      '调用名单里的路径，逐字一致（不要多结尾斜杠），例如 `curl -H "Authorization: Bearer $COZE_API_TOKEN" "http://localhost:8888/v1/conversations?bot_id=<智能体 ID>"`，地址换成你的实例，智能体需已在该实例发布到 API 渠道。',
      '如果你的代码调用的路径不在名单里（例如 `/v1/users/me`、`/v1/workspaces`），在 Studio 上用令牌就不可能成功：改用名单里的接口，或查看你所部署版本的 `openapi_auth.go`（名单随版本增加）。',
      '名单里的路径仍然返回 `missing session_key in cookie` 的话，把客户端实际发出的路径与名单逐字对比（代理加的前缀或一个结尾斜杠就足以不匹配），并参考 `coze-studio#1950`。',
    ],
    verify: ['上面的 `curl` 调用返回 `"code":0`，原来的调用不再返回 `missing session_key in cookie`。'],
    uncertain: '`coze-studio#1950` 的提问者为什么在名单内的路径上得到这个错误，帖子里没有确认；路径与名单不一致是对照代码得出的可能原因，不是确认的结论。',
  },
} satisfies Record<string, OutcomeCopy>;
