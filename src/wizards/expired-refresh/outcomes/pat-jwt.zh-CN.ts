import type { OutcomeCopy } from '~/wizards/engine/types';

export default {
  'pat-cannot-refresh': {
    title: '个人访问令牌不能刷新：新建一个',
    problem:
      '个人访问令牌（`pat_`）和服务访问令牌（`sat_`）都没有 refresh token，过期或被删除后无法续期，只能新建。扣子（coze.cn）的个人访问令牌最长有效一个月，有效期在创建时选定，之后不能修改。',
    steps: [
      '打开个人访问令牌页面：扣子为 `https://www.coze.cn/open/oauth/pats`（或登录 `https://code.coze.cn/home`，进入 **API & SDK → 授权 → 个人访问令牌**）；coze.com 为 `https://www.coze.com/open/oauth/pats`。',
      '新建一个令牌，选择有效期，勾选应用需要的权限点和工作空间，与旧令牌保持一致。',
      '把新令牌写进应用的配置（环境变量或密钥管理里的旧值），重启应用；删掉代码里对这个令牌的“刷新”逻辑。',
      '不想每月手动更换的话：服务端长期运行可以改用服务访问令牌（可长期有效）或 OAuth JWT 服务类应用（每次按需换取）；需要代表用户调用时，用 OAuth 授权码或 PKCE 流程，靠 refresh token 自动续期。',
    ],
    verify: [
      '在本站的 **令牌检查** 工具里粘贴新令牌，应显示有效，区域正确。',
      '或者运行 `curl -s https://api.coze.cn/v1/users/me -H "Authorization: Bearer pat_xxxxxxxx"`（coze.com 的令牌换成 `api.coze.com`），响应里的 `code` 应为 `0`。',
    ],
    uncertain: 'coze.com 个人访问令牌的最长有效期，以及服务访问令牌的确切最长有效期，目前都没有在官方文档里找到。',
  },
  'pat-wrong-region': {
    title: '令牌没过期：请求发到了另一个区域',
    problem:
      '这个令牌在它所属的区域能用，但应用把请求发到了另一个区域的主机。扣子（coze.cn）的令牌只在 `api.coze.cn` 有效，coze.com 的只在 `api.coze.com` 有效。官方 SDK 默认用 `api.coze.com`，所以扣子的令牌放进去不改地址就会被拒。',
    steps: [
      '确认令牌在哪个区域创建：扣子的在 `https://www.coze.cn/open/oauth/pats`，coze.com 的在 `https://www.coze.com/open/oauth/pats`。',
      '把应用的 API 基础地址改成同一区域。coze-js：`new CozeAPI({ token, baseURL: COZE_CN_BASE_URL })`；coze-py：`Coze(auth=TokenAuth(token), base_url=COZE_CN_BASE_URL)`；coze-go：`coze.NewCozeAPI(auth, coze.WithBaseURL(coze.CnBaseURL))`；直接发 HTTP 请求的，把 URL 换成 `https://api.coze.cn/...`。',
      '用到 WebSocket（语音、实时对话）的，地址也要同区域：`wss://ws.coze.cn` 或 `wss://ws.coze.com`。注意 coze-js 的 `baseWsURL` 默认是 cn，正好和 REST 的默认值相反。',
    ],
    verify: [
      '在 **令牌检查** 工具里把区域设为 **自动**，它会告诉你令牌属于哪个区域。',
      '运行 `curl -s https://api.coze.cn/v1/users/me -H "Authorization: Bearer pat_xxxxxxxx"`（换成令牌所属区域的主机），`code` 应为 `0`。',
    ],
  },
  'jwt-no-refresh': {
    title: 'JWT 流程没有刷新：每次用新 JWT 换新令牌',
    problem: '服务类应用拿到的访问令牌（`czs_`）没有 refresh token，不能刷新；过期之后只能再签一个新的 JWT 去换。每个 JWT 也只能用一次，重复使用会被拒绝。',
    steps: [
      '删掉代码里对 `czs_` 令牌的刷新逻辑，不要等待 `refresh_token`：JWT 流程的响应里只有 `access_token` 和 `expires_in`。',
      '每次需要新令牌时，生成新的 `jti`（随机且唯一，建议超过 32 字节）和当前的 `iat`、`exp`，用私钥签一个新的 JWT，再调用 `POST /api/permission/oauth2/token`：请求头 `Authorization: Bearer <新的 JWT>`，请求体 `{"grant_type": "urn:ietf:params:oauth:grant-type:jwt-bearer", "duration_seconds": 900}`。',
      '按需设置 `duration_seconds`：默认 900 秒，最大 86399 秒（不到 24 小时）。',
      '缓存访问令牌时以响应里的 `expires_in` 为准：它是过期时刻的 Unix 时间戳（秒），不是时长。在这个时刻之前留出几分钟余量，就去换新的。',
      '用官方 SDK 时交给 SDK 处理，例如 coze-py 的 `JWTAuth` 会在令牌过期后自动重新换取；不要自己缓存一个 JWT 反复使用。',
    ],
    verify: [
      '连续换取两次令牌，每次都用新签的 JWT，两次都应返回 `czs_` 开头的 `access_token`。',
      '用本站的 **JWT 检查** 工具查看你的 JWT：头里 `alg` 为 `RS256` 并带有 `kid`，载荷里有 `iss`、`aud`、`iat`、`exp` 和 `jti`。',
    ],
  },
  'jwt-kid-region': {
    title: '`kid not been registred`：区域不对，或公钥指纹不对',
    problem:
      '令牌端点不认识 JWT 头里的 `kid`。最常见的原因是区域不一致：服务类应用建在扣子（coze.cn），JWT 却发给了 `api.coze.com`（SDK 的默认主机），或者反过来。其次是 `kid` 填的不是这个应用当前公钥的指纹。',
    steps: [
      '确认服务类应用建在哪个区域：扣子的 OAuth 应用在 `https://www.coze.cn/open/oauth/apps`（或 `https://code.coze.cn/home` → **API & SDK → 授权 → OAuth 应用**）。',
      '令牌请求发到同一区域：扣子用 `https://api.coze.cn/api/permission/oauth2/token`，coze.com 用 `https://api.coze.com/api/permission/oauth2/token`。用 SDK 的要设置基础地址，例如 coze-js 的 `baseURL: COZE_CN_BASE_URL`。',
      'JWT 载荷里的 `aud` 只写主机名，并与请求的主机一致：`api.coze.cn` 或 `api.coze.com`，不要带 `https://`。',
      '在应用详情里核对公钥指纹，原样填进 JWT 头的 `kid`；`iss` 填这个应用的 ID（一串数字）。每个应用最多有 3 对密钥，确认你的私钥（`private_key.pem`）与这个指纹属于同一对，且这对密钥没有被删除。',
    ],
    verify: ['用本站的 **JWT 检查** 工具解析 JWT：`kid` 与控制台里的指纹一致，`aud` 与请求的主机一致。', '重新换取令牌，应返回 `czs_` 开头的 `access_token`。'],
  },
  'jwt-clock-skew': {
    title: 'JWT 的时间不对：检查时钟和 `iat` / `exp`',
    problem:
      'JWT 里的 `iat` 和 `exp` 是 Unix 时间（秒）。服务器时钟不准、误用了毫秒，或者 `exp` 不大于 `iat`，都会让刚签好的 JWT 被拒绝。同一份代码在不同机器上表现不同，通常就是时钟的问题。',
    steps: [
      '同步机器时钟：启用 NTP（例如 `timedatectl set-ntp true`）；容器和虚拟机要检查宿主机的时间。',
      '用秒而不是毫秒：JavaScript 里写 `Math.floor(Date.now() / 1000)`，不要直接用 `Date.now()`。',
      '`iat` 取当前时间，`exp` 必须大于 `iat`；官方 SDK 的做法是 `exp = iat + 3600`。',
      '每次签名都重新取时间，并生成新的 `jti`；不要在启动时签一次 JWT 然后一直复用。',
    ],
    verify: [
      '在 **JWT 检查** 工具里粘贴 JWT，看 `iat` 和 `exp` 换算成的本地时间：`iat` 应接近现在，`exp` 在它之后。',
      '重新换取令牌，应返回 `czs_` 开头的访问令牌。',
    ],
    uncertain: '文档没有写明 `iat` / `exp` 不合理时返回的具体错误，也没有写服务器容许多大的时钟偏差；只知道无效的 JWT 会得到 `invalid_client`。',
  },
} satisfies Record<string, OutcomeCopy>;
