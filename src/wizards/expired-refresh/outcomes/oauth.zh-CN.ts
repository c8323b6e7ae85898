import type { OutcomeCopy } from '~/wizards/engine/types';

const unknownRefreshError =
  '过期或已用过的 refresh token 会返回什么错误（错误码、HTTP 状态），文档没有写明，文档的错误表里也没有 `invalid_grant`。所以不能只凭错误文本下结论，请结合上面描述的情况判断。';

export default {
  'refresh-already-used': {
    title: 'refresh token 已经用过：刷新会轮换，必须一次只刷一个',
    problem:
      '扣子的 refresh token 只能用一次：刷新成功后，请求里的那个 refresh token 立即失效，响应里会带回一个新的。如果应用没保存新的、网络超时后拿旧的重试，或者两个标签页、两个进程同时刷新，后到的那次用的就是已经作废的令牌，刷新于是失败。',
    steps: [
      '这条令牌链已经断了：先让用户重新授权一次，拿到新的 `access_token` 和 `refresh_token`。',
      '每次刷新成功后，先把响应里的新 `refresh_token`（连同 `access_token` 和 `expires_in`）持久化保存，再去使用新的访问令牌。',
      '同一进程内只允许一个刷新在进行：把进行中的刷新存成一个 Promise，其他调用都等它，例如 `refreshing ??= doRefresh().finally(() => { refreshing = null; })`。',
      "跨标签页用 `navigator.locks.request('coze-refresh', refreshOnce)` 加锁，拿到锁后先重新读取存储：别的标签页已经刷新过，就直接用新令牌。多进程或多实例用数据库或 Redis 锁，同样在锁内重读。",
      '刷新请求超时后，不要直接用旧的 refresh token 重试：先重读存储，看是否已经有了新令牌。',
    ],
    verify: [
      '打开两个标签页，或并发触发两次调用：浏览器开发者工具的 **Network** 面板里应只出现一个 `oauth2/token` 请求。',
      '用本站的 **刷新测试** 工具检查保存的 refresh token。它会先提醒你刷新会让旧令牌作废，并先显示新的 refresh token，请立即保存。',
    ],
    uncertain: unknownRefreshError,
  },
  'refresh-older-than-30-days': {
    title: 'refresh token 超过 30 天：只能重新授权',
    problem:
      'refresh token 的有效期是 30 天（访问令牌只有 15 分钟）。应用闲置太久，或者最后一次成功刷新已是 30 多天前，refresh token 就过期了，无法再换新，只能让用户重新授权。',
    steps: [
      '让用户重新授权：授权页在扣子为 `https://www.coze.cn/api/permission/oauth2/authorize`，coze.com 为 `https://www.coze.com/api/permission/oauth2/authorize`。保存新拿到的 `access_token` 和 `refresh_token`。',
      '记下拿到 refresh token 的时间；快到 30 天还没刷新过时，提醒用户，或在后台提前刷新一次，换一个新的 refresh token。',
      '每次刷新后都保存响应里的新 `refresh_token`，旧的已经作废。',
      '如果是无人值守的服务端任务、并不需要代表某个用户：改用 OAuth JWT 服务类应用，每次按需换取令牌，没有 30 天的限制。',
    ],
    verify: [
      '重新授权后，用 **刷新测试** 工具刷新一次（刷新会轮换令牌，先准备好保存新的 refresh token），应返回新的 `access_token`。',
      '确认存储里的 refresh token 已经换成新值。',
    ],
    uncertain: `${unknownRefreshError}每次刷新换来的新 refresh token 是否重新计算 30 天，文档也没有明说，请以实际测试为准。`,
  },
  'stale-stored-token': {
    title: '应用在用一份旧的令牌副本',
    problem:
      '应用读取的是以前保存的令牌，而不是你刚测试过的那一个：可能是浏览器 `localStorage` 里的条目（有的项目叫 `coze_oauth_tokens`）、令牌文件、数据库记录，或进程启动时读入的环境变量。里面的令牌或 refresh token 可能早已过期或被轮换作废，所以调用和刷新总是失败。',
    steps: [
      '找到应用保存令牌的地方。浏览器里：打开开发者工具（F12）→ **Application（应用）** → **Local Storage**，找到保存令牌的条目，名字因项目而异。',
      "删除这个条目，例如在控制台执行 `localStorage.removeItem('coze_oauth_tokens')`（换成你的键名），然后刷新页面。服务端：删除令牌文件或数据库记录；改了环境变量或 `.env` 的，要重启进程才会生效。",
      '重新授权，让应用保存一份全新的 `access_token` 和 `refresh_token`；用个人访问令牌的，把新令牌写进配置。',
      '令牌只存一处：每次刷新后写回新值，其他标签页和实例都从这里读，不要各自缓存一份。',
    ],
    verify: ['重新授权后再看存储：应该是新的令牌，`expires_in` 对应的时刻在未来。', '把存储里的访问令牌粘贴到 **令牌检查** 工具，结果应为有效。'],
    uncertain: '旧的 refresh token 被拒绝时返回的具体错误，文档没有写明。',
  },
  'expires-in-misread': {
    title: '`expires_in` 被当成了时长',
    problem:
      '扣子令牌响应里的 `expires_in` 是过期时刻的 Unix 时间戳（秒），不是“还剩多少秒”。把它加到当前时间上，应用会以为令牌几十年后才过期，从不提前刷新；拿它和毫秒时间（`Date.now()`）比较，每个令牌看上去都已过期，应用会不停地刷新，一并发就会把同一个 refresh token 用两次。',
    steps: [
      '把 `expires_in` 直接保存为过期时刻：`const expiresAt = data.expires_in; // Unix 秒`。',
      '判断是否过期时统一用秒，并留出余量：`const isExpired = expiresAt - 60 <= Date.now() / 1000;`。',
      '删掉 `Date.now() + expires_in` 一类的计算，以及“访问令牌有效 1 小时”之类的假设：用户访问令牌只有 15 分钟。',
      '例外：设备码流程中，`/api/permission/oauth2/device/code` 响应里的 `expires_in` 确实是时长（秒），那里不要套用上面的写法。',
      '修好后清掉存储里按错误方式算出的过期时间，重新授权一次。',
    ],
    verify: [
      '打印 `new Date(expiresAt * 1000)`，应是拿到令牌后约 15 分钟的时刻。',
      '用 **刷新测试** 工具看一次刷新响应，它会把 `expires_in` 显示为本地日期和时间。',
    ],
  },
  'client-mismatch': {
    title: 'client id 或 client secret 对不上',
    problem:
      '`invalid_client` 表示令牌端点不认可这次请求里的客户端凭证。刷新时的 `client_id` 必须是当初授权时的同一个 OAuth 应用；Web 后端应用还要带上这个应用的 client secret，而 PKCE 应用没有 secret。',
    steps: [
      '在 `https://www.coze.cn/open/oauth/apps`（或 `https://code.coze.cn/home` → **API & SDK → 授权 → OAuth 应用**）打开这个应用，核对客户端类型和 client id（形如 `<32 位数字>.app.coze`）。',
      'Web 后端应用：刷新请求头必须是 `Authorization: Bearer <client_secret>`，请求体为 `{"grant_type": "refresh_token", "client_id": "<YOUR_CLIENT_ID>", "refresh_token": "<REFRESH_TOKEN>"}`。确认 secret 和 client id 来自同一个应用，没有混进另一个应用或另一套环境的配置。',
      'PKCE 应用：没有 client secret，刷新请求不带这个 `Authorization` 头，只在请求体里传 `client_id` 和 `refresh_token`。',
      '请求体用 JSON（`Content-Type: application/json`），不要用表单编码。',
      '应用和请求必须在同一区域：扣子的应用发到 `api.coze.cn`，coze.com 的发到 `api.coze.com`。',
    ],
    verify: [
      '用同一个应用的凭证手动刷新一次，例如 `curl -s -X POST https://api.coze.cn/api/permission/oauth2/token -H "Authorization: Bearer <client_secret>" -H "Content-Type: application/json" -d \'{"grant_type":"refresh_token","client_id":"<YOUR_CLIENT_ID>","refresh_token":"<REFRESH_TOKEN>"}\'`（PKCE 应用去掉 `Authorization` 头）。成功会返回新的 `refresh_token`，请立即保存，旧的已经作废。',
    ],
  },
  'oauth-wrong-region': {
    title: 'OAuth 请求发到了另一个区域',
    problem:
      'OAuth 应用、授权页、令牌端点和 API 调用必须在同一个区域。应用建在扣子（coze.cn），刷新或调用却发到了 `api.coze.com`（四个官方 SDK 的默认主机），或者反过来，令牌就会被拒绝，看起来像是过期了。',
    steps: [
      '确认应用在哪个区域：扣子的 OAuth 应用在 `https://www.coze.cn/open/oauth/apps`。',
      '三处地址统一用同一区域：授权页 `https://www.coze.cn/api/permission/oauth2/authorize`，令牌端点 `https://api.coze.cn/api/permission/oauth2/token`，API 主机 `https://api.coze.cn`；coze.com 的应用把这三处的 `coze.cn` 都换成 `coze.com`。',
      '在 SDK 里显式设置基础地址，例如 coze-js 的 `baseURL: COZE_CN_BASE_URL`、coze-py 的 `base_url=COZE_CN_BASE_URL`；用 WebSocket 的还要用同区域的 `wss://ws.coze.cn`。',
      '改好后如果刷新仍然失败，说明 refresh token 也已失效：重新授权一次。',
    ],
    verify: [
      '在 **令牌检查** 工具里把区域设为 **自动** 测试访问令牌，它会告诉你令牌属于哪个区域。',
      '运行 `curl -s https://api.coze.cn/v1/users/me -H "Authorization: Bearer czu_xxxxxxxx"`（换成应用所在区域的主机），`code` 应为 `0`。',
    ],
    uncertain: '文档没有写把 refresh token 发到另一个区域时会返回什么错误，所以错误文本本身证明不了是区域问题，请用上面的检查确认。',
  },
  'redirect-uri-mismatch': {
    title: '重新授权失败：回调地址不一致或没有编码',
    problem:
      '重新授权时，`redirect_uri` 必须与 OAuth 应用里登记的某个回调地址完全一致（最多可登记 3 个），用授权码换令牌时还要再传同一个值。回调地址里有特殊字符却没编码（例如 `#` 没写成 `%23`）时，授权会报 “OAuth 错误/请求参数错误”。',
    steps: [
      '在 `https://www.coze.cn/open/oauth/apps` 打开应用，查看登记的回调地址，与应用实际使用的值逐字符对比：协议、主机、端口、路径和结尾的斜杠。',
      '把应用配置里的回调地址改成登记的那个，或者在应用里登记新地址；本地测试可以用 `http://localhost:<端口>/...`。',
      '拼授权 URL 时对参数整体编码：`redirect_uri=${encodeURIComponent(redirectUri)}`，这样 `#` 会变成 `%23`。按文档要求带上 `state` 参数。',
      '用授权码换令牌时（`grant_type: authorization_code`），传入与授权时完全相同的 `redirect_uri`。',
      '授权页要和应用同一区域：扣子的应用用 `https://www.coze.cn/api/permission/oauth2/authorize`。',
    ],
    verify: ['重新授权：浏览器应跳回你的回调地址并带上 `code=code_...` 参数，随后换取令牌成功。'],
    uncertain: '文档只说明了特殊字符未编码的情况；回调地址没有登记时授权页显示什么错误，文档没有写。',
  },
  'app-deactivated': {
    title: 'OAuth 应用已被停用',
    problem:
      '`access_deny` 加上 `app: ... is currently deactivated by the owner`，表示这个 OAuth 应用被它的所有者停用了。停用期间既不能刷新也不能重新授权，问题不在你的令牌上。',
    steps: [
      '找到应用的所有者，请他在 `https://www.coze.cn/open/oauth/apps`（或 **API & SDK → 授权 → OAuth 应用**）重新启用这个应用。',
      '如果这是工作空间迁移前的个人 OAuth 应用：迁移前后都不要停用或删除它，线上调用可能还依赖它；按工作空间迁移指南补上新旧授权的兼容。',
      '企业版里只有超级管理员或管理员可以创建和授权 OAuth 应用，需要时请他们处理。',
      '如果 `access_deny` 的消息是 `login session invalid`，是用户的登录状态失效了：让用户重新登录扣子后再授权。如果是 `invalid app type`，检查所用的授权流程是否与应用的客户端类型一致。',
    ],
    verify: ['应用重新启用后，再刷新一次或重新授权，应返回新的令牌。'],
    uncertain: '文档只给出了这条错误消息，没有说明在控制台的哪个位置重新启用应用。',
  },
} satisfies Record<string, OutcomeCopy>;
