import type { OutcomeCopy } from '~/wizards/engine/types';

// 在线检查能走到的几个结论：令牌其实没过期，真正的问题在别处。
const CHECK = '用应用实际发送的令牌再跑一次 **令牌检查**。';

export default {
  'sdk-retrieve-post': {
    title: 'coze-js 的 `chat.retrieve` 发的是 POST，在 OAuth 下会失败',
    problem:
      '文档规定 `/v3/chat/retrieve` 用 **GET**，coze-js 却发 **POST**（coze-js#314，仍未关闭），在 OAuth 下这个调用返回 `4100 authentication is invalid`。令牌没问题；`createAndPoll` 失败是因为它内部调用了 `chat.retrieve`。',
    steps: [
      '不用 `chat.retrieve` / `createAndPoll`，自己用 `GET https://api.coze.cn/v3/chat/retrieve?conversation_id=...&chat_id=...` 加同样的 `Authorization: Bearer` 头查询对话状态。',
      '或者改用流式的 `chat.stream`，不需要轮询。',
      '关注 coze-js#314，等发布的版本改成 GET 再换回来。',
    ],
    verify: ['GET 请求返回 `"code":0` 和对话状态。'],
    uncertain: '本站不知道较新的 coze-js 版本是否已修复；撰写时 coze-js#314 仍未关闭。',
  },
  'token-malformed': {
    title: '令牌没有按接口要求的方式发送',
    problem:
      '令牌本身可能没问题，但代码发出去的不一样：复制时带进了空格、换行或全角字符，值外面多了引号，或者请求头不是严格的 `Authorization: Bearer <token>`。',
    steps: [
      '只发一个请求头 `Authorization: Bearer <token>`：单词 `Bearer`、一个空格、令牌，不加引号。',
      '在读取令牌的地方（环境变量、配置文件、数据库）去掉首尾空白和换行；全角字符改成半角。',
      '不要把令牌放进 URL 或 Cookie，只认请求头。',
    ],
    verify: [CHECK, '代码发出的同一个调用返回 `"code":0`。'],
  },
  'not-an-access-token': {
    title: '你测试的不是访问令牌',
    problem:
      '这个字符串是 client id（`….app.coze`）、JWT 断言、refresh token 或授权码。它们都不能调用接口，只有访问令牌（`pat_`、`sat_`、`czu_`、`czs_`）可以。',
    steps: [
      '个人访问令牌：在个人访问令牌页（`https://www.coze.cn/open/oauth/pats`，coze.com 为 `https://www.coze.com/open/oauth/pats`）复制，以 `pat_` 开头。',
      'OAuth：用令牌响应里的 `access_token` 字段（`czu_…` 或 `czs_…`），不是 `refresh_token`，也不是你签的 JWT。',
      '确认代码放进 `Authorization` 头的是同一个值。',
    ],
    verify: [CHECK],
  },
  'token-lacks-permission': {
    title: '令牌能用但缺权限：它没有过期',
    problem: '`4101`（`Your token does not have permission to access resource…`）表示接口认得这个令牌，但它无权做这件事。刷新或按原样重建都没用。',
    steps: [
      '个人访问令牌：新建一个，勾选代码调用的权限点，并在“访问团队空间”里选中智能体或工作流所在的空间。',
      'OAuth 应用：在 `https://www.coze.cn/open/oauth/apps` 给应用加上权限点，再让用户重新授权，新权限点才生效。',
      '核对资源 ID（智能体、工作流、会话）属于令牌可用的工作空间。',
    ],
    verify: [CHECK, '之前失败的调用返回 `"code":0`。'],
    uncertain: '`GET /v1/users/me` 本身需要哪个权限点，文档没有写明。',
  },
  'rate-limited-not-expired': {
    title: '令牌是被限流了，不是过期',
    problem: '`4013`（或 HTTP 429）表示请求太多太快。令牌是被接受的；立刻重试只会更糟。',
    steps: [
      '退避：等待后重试，间隔逐步加长（例如 1、2、4 秒），并限制重试次数。',
      '限制同时进行的调用数，不变的数据做缓存。',
      '代码里不要把限流应答当成“令牌过期”，保留令牌。',
    ],
    verify: ['稍等片刻，' + CHECK],
    uncertain: '`4013` 对应的 HTTP 状态码以及是否有 `Retry-After` 头，都未经证实。',
  },
} satisfies Record<string, OutcomeCopy>;
