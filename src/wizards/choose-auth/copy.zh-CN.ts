import type { WizardCopy } from '~/wizards/engine/types';

const PATS = '`https://www.coze.cn/open/oauth/pats`';
const APPS = '`https://www.coze.cn/open/oauth/apps`';
const TOKEN_URL = '`POST https://api.coze.cn/api/permission/oauth2/token`';
const ME = '`curl -s https://api.coze.cn/v1/users/me -H "Authorization: Bearer <YOUR_TOKEN>"`';
const SPACES = '`curl -s "https://api.coze.cn/v1/workspaces?page_num=1&page_size=50" -H "Authorization: Bearer <YOUR_TOKEN>"`';
const HOST =
  '域名要和账号所在区域一致：扣子（coze.cn）用 `https://api.coze.cn`，coze.com 用 `https://api.coze.com`。官方 SDK 默认都是 `api.coze.com`，用 coze.cn 时必须显式设置 base URL。';
const REFRESH =
  '访问令牌 15 分钟过期，刷新令牌 30 天过期。刷新令牌**只能用一次**：刷新成功后旧的立即失效，响应里带回新的 `refresh_token`，请先保存新值再使用新访问令牌，并且同一时间只让一个进程刷新。';
const EXPIRES = '令牌响应里的 `expires_in` 是 Unix 时间戳（过期时刻），不是秒数。';

export default {
  title: '选择鉴权方式',
  description: '回答几个问题，看你的场景该用个人访问令牌、服务访问令牌、OAuth 授权码 / PKCE / 设备码，还是 OAuth JWT（服务类、渠道、企业特权应用）。',
  steps: {
    scenario: {
      title: '你要做的是哪一类程序？',
      answers: {
        'server-job': '服务端任务或后端服务（定时任务、队列、接口服务）',
        'browser-app': '在浏览器里运行的网页应用（SPA）',
        'device-cli': '设备、电视或命令行工具',
        channel: '渠道接入：我是渠道方，要让发布到我渠道的智能体在我的平台上对话',
        'enterprise-automation': '企业级自动化：以企业特权管理整个组织',
        'quick-test': '快速测试或做原型',
      },
    },
    'acting-for': {
      title: '调用 API 时，代表的是谁？',
      body: '用你自己（或你的团队）的扣子资源，还是让每个用户授权后访问他们自己的扣子资源？',
      answers: {
        'own-resources': '我自己或我团队的资源，用户不用登录扣子',
        'users-resources': '每个用户用自己的扣子账号授权，访问他们自己的资源',
      },
    },
    'keep-secret': {
      title: '你能在服务端安全地保存密钥吗？',
      body: '也就是有一个你控制的后端，能保存 OAuth 应用的 client secret，并且不会下发到浏览器或 App 里。',
      answers: {
        yes: '能，有自己的后端',
        no: '不能，只有前端、移动端或桌面端',
      },
    },
    unattended: {
      title: '它需要无人值守地运行超过 30 天吗？',
      body: '个人访问令牌在扣子（coze.cn）最长有效一个月，到期时间在创建时就定了，不能延长。',
      answers: {
        'beyond-30-days': '需要，要长期自动运行',
        'within-30-days': '不需要，30 天内结束，或者我能按时手动换令牌',
      },
    },
    'service-choice': {
      title: '长期运行的服务，你更倾向哪种凭证？',
      body: '两种都以服务身份调用，不依赖某个人的账号；区别在于令牌是长期的，还是每次用私钥临时换取。',
      answers: {
        'long-lived-token': '一个长期有效的令牌，放在服务端的密钥管理里',
        'short-lived-tokens': '令牌必须短期有效，由服务用私钥按需换取',
      },
    },
    'browser-users': {
      title: '谁会使用这个网页？',
      answers: {
        'coze-users': '用户用自己的扣子账号登录授权',
        'anonymous-visitors': '普通访客，不登录扣子，只是和我的智能体对话',
      },
    },
    'device-users': {
      title: '谁在用这个设备或命令行工具？',
      answers: {
        'end-users': '其他用户，用他们自己的扣子账号登录',
        'only-me': '只有我自己，在自己的机器上运行',
      },
    },
    'enterprise-scope': {
      title: '这个自动化要管多大范围？',
      answers: {
        'whole-enterprise': '整个企业或组织的所有空间和成员',
        'some-workspaces': '只是我负责的几个工作空间',
      },
    },
    'enterprise-role': {
      title: '你在企业里是什么角色？',
      body:
        '企业特权应用和其他 OAuth 应用一样，在企业里只有**超级管理员或管理员**能创建或授权。可以手动选择，也可以用你的一个可用令牌自动检查：检查调用 `GET /v1/workspaces`，看你在团队/企业空间里的 `role_type`。' +
        '空间的 owner/admin 只是**线索**，不能证明你是企业的超级管理员或管理员。',
      answers: {
        admin: '我是团队/企业的超级管理员或管理员',
        member: '我在企业里，但只是普通成员',
        'personal-only': '我只有个人账号，不在任何团队/企业里',
      },
    },
    'quick-where': {
      title: '这个测试只在你自己的机器上跑吗？',
      answers: {
        local: '是，本机脚本、curl 或 Postman，只有我自己用',
        'shared-or-deployed': '不是，要给别人用或部署上线',
      },
    },

    'use-pat': {
      title: '用个人访问令牌（PAT）',
      problem: '你在自己的机器上短期测试或运行，调用的是你自己有权限的资源，30 天内就结束。个人访问令牌创建最快，在页面上勾选权限点即可。',
      steps: [
        `打开 ${PATS}（coze.com 是 \`https://www.coze.com/open/oauth/pats\`；也可以在 \`https://code.coze.cn/home\` 进入 **API & SDK → 授权 → 个人访问令牌**），添加新令牌。`,
        '选择有效期：扣子（coze.cn）最长一个月，创建后不能修改，请记下到期日。',
        '在**访问团队空间**中选中要用的空间，只勾选要调用的接口的权限点；缺少权限点时接口返回 `4101`。',
        '把令牌放进环境变量（例如 `COZE_API_TOKEN`），不要写进代码或提交到仓库。',
        HOST,
        '不要把个人访问令牌放进浏览器或 App：coze-js 在浏览器里遇到 `pat_` 令牌会直接报错，除非设置 `allowPersonalAccessTokenInBrowser: true`，这个开关只适合本机实验。',
      ],
      verify: [`运行 ${ME}，返回 \`"code":0\`。`, `运行 ${SPACES}，确认列出了你选中的空间。`],
      uncertain: 'coze.com 上个人访问令牌的最长有效期没有查到，请以创建页面上的可选项为准。',
    },
    'use-sat': {
      title: '用服务访问令牌（SAT）',
      problem:
        '你的服务要长期自动运行，调用你自己或团队的资源，用户不需要登录扣子。服务访问令牌以服务身份创建，可长期有效，用法和个人访问令牌完全一样，不会像个人访问令牌那样一个月后过期。',
      steps: [
        '按官方文档「添加服务访问令牌」创建令牌（在 **API & SDK → 授权** 下），令牌以 `sat_` 开头。',
        '只授予服务真正需要的权限点和空间。',
        '把令牌放在服务端的密钥管理里，只在后端使用，不要下发到浏览器或 App。',
        '调用方式和个人访问令牌相同：请求头 `Authorization: Bearer <YOUR_TOKEN>`。',
        HOST,
        '提前规划轮换：定期新建令牌、切换、再删除旧令牌。',
      ],
      verify: [`运行 ${ME}，返回 \`"code":0\`。`, `运行 ${SPACES}，确认能看到服务要用的空间。`],
      uncertain: '服务访问令牌的最长有效期官方只说「可长期有效」，没有给出具体上限；创建入口在控制台中的具体位置也以官方文档为准。',
    },
    'use-oauth-web': {
      title: '用 OAuth 授权码（Web 后端应用）',
      problem: '每个用户用自己的扣子账号授权，你的后端能安全保存 client secret。授权码模式由后端持有密钥换取令牌，还能用刷新令牌长期续期。',
      steps: [
        `打开 ${APPS}（或 **API & SDK → 授权 → OAuth 应用**），创建普通应用，客户端类型选 **Web 后端应用**。企业中只有超级管理员或管理员能创建 OAuth 应用。`,
        '登记回调地址（最多 3 个；测试时可以用 `http://localhost`），勾选需要的权限点，记下 `client_id` 和 client secret。',
        '把用户带到 `https://www.coze.cn/api/permission/oauth2/authorize?response_type=code&client_id=<YOUR_CLIENT_ID>&redirect_uri=<YOUR_REDIRECT_URI>&state=<RANDOM_STATE>`，回调时核对 `state`。回调地址里的特殊字符要转义，例如 `#` 写成 `%23`。',
        `后端调用 ${TOKEN_URL}：请求头 \`Authorization: Bearer <YOUR_CLIENT_SECRET>\`，JSON 请求体 \`{"grant_type":"authorization_code","client_id":"<YOUR_CLIENT_ID>","redirect_uri":"<YOUR_REDIRECT_URI>","code":"<CODE>"}\`（是 JSON，不是表单）。`,
        `${REFRESH} 刷新时请求体为 \`{"grant_type":"refresh_token","client_id":"<YOUR_CLIENT_ID>","refresh_token":"<REFRESH_TOKEN>"}\`。`,
        EXPIRES,
      ],
      verify: [
        `用换到的访问令牌（\`czu_\` 开头）运行 ${ME}，返回 \`"code":0\`。`,
        '用本站的「刷新测试」工具刷新一次，确认拿到新的刷新令牌，并且旧的已不能再用。',
      ],
      uncertain:
        '刷新后新的刷新令牌是否重新计算 30 天有效期，公开资料没有写明；要长期无人值守，请在刷新令牌过期前持续刷新，并监控刷新失败。刷新令牌过期或被重复使用时返回什么错误，也未经证实。',
    },
    'use-oauth-pkce': {
      title: '用 OAuth PKCE（单页面应用、移动端、桌面端）',
      problem: '每个用户用自己的扣子账号授权，但你没有能保存密钥的后端。PKCE 不需要 client secret，官方 JS SDK 支持在浏览器里使用。',
      steps: [
        `打开 ${APPS}（或 **API & SDK → 授权 → OAuth 应用**），创建普通应用，客户端类型选 **移动端/PC 桌面端/单页面应用**。企业中只有超级管理员或管理员能创建 OAuth 应用。`,
        '每次授权生成随机的 `code_verifier`，用 `S256` 计算 `code_challenge`（文档默认 `plain`，也支持 `S256`），和 `code_challenge_method`、`state` 一起加到授权地址上。',
        `用回调拿到的 \`code\` 调用 ${TOKEN_URL}，JSON 请求体带上 \`code_verifier\`，不需要 \`Authorization\` 请求头。`,
        REFRESH,
        EXPIRES,
        '浏览器直接调 API 时只带 `Authorization`（POST 时再加 `Content-Type`），多余的自定义请求头可能被跨域预检拒绝。',
      ],
      verify: [`用换到的访问令牌运行 ${ME}，返回 \`"code":0\`。`, '用本站的「刷新测试」工具刷新一次，确认拿到新的刷新令牌。'],
      uncertain: '刷新后新的刷新令牌是否重新计算 30 天有效期，公开资料没有写明。',
    },
    'use-oauth-device': {
      title: '用 OAuth 设备码（电视、设备、命令行）',
      problem: '程序运行在不方便输入账号密码的设备或终端上，由用户在另一台设备的浏览器里用自己的扣子账号授权。',
      steps: [
        `打开 ${APPS}（或 **API & SDK → 授权 → OAuth 应用**），创建普通应用，客户端类型选 **TV端/设备应用/类命令行程序**。`,
        '调用 `POST https://api.coze.cn/api/permission/oauth2/device/code`，请求体 `{"client_id":"<YOUR_CLIENT_ID>"}`，得到 `device_code`、`user_code`、`verification_uri`、`expires_in` 和 `interval`。这里的 `expires_in` 是秒数（有效时长）。',
        '把 `verification_uri` 和 `user_code` 展示给用户，请他在浏览器里打开并确认授权。',
        `按 \`interval\`（默认 5 秒）轮询 ${TOKEN_URL}，请求体 \`{"client_id":"<YOUR_CLIENT_ID>","grant_type":"urn:ietf:params:oauth:grant-type:device_code","device_code":"<DEVICE_CODE>"}\`。收到 \`authorization_pending\` 就继续等；收到 \`slow_down\` 就把间隔加 5 秒；收到 \`access_denied\`（用户拒绝）或 \`expired_token\`（设备码过期）就停止轮询，需要时从头再来。`,
        REFRESH,
        '设备码流程不能在浏览器里运行（coze-js 会直接报错）。',
      ],
      verify: [`用换到的访问令牌运行 ${ME}，返回 \`"code":0\`。`, '用本站的「刷新测试」工具刷新一次，确认拿到新的刷新令牌。'],
    },
    'use-jwt-for-visitors': {
      title: '在后端用 OAuth JWT，令牌不要交给页面',
      problem:
        '不登录扣子的访客，需要你的后端通过服务类应用（JWT）替他们调用。换来的 `czs_` 令牌带着**应用拥有的全部权限点**，对应用可用的所有空间都有效：`scope` 只对渠道应用起收窄作用。交给页面的令牌，任何打开页面的人都能读到。',
      steps: [
        `在 ${APPS} 创建服务类应用，只勾选对话需要的权限点（例如 \`chat\`），不要勾选任何创建、编辑、删除类的权限。`,
        '只在后端签 JWT、换令牌（coze-js 在浏览器里会拒绝）；在 payload 里把 `session_name` 设为你自己的用户 ID，让每个访客的会话互相隔离。',
        '最好的做法：页面只和你的后端通信，由后端带着令牌调用扣子，令牌永远不进浏览器。',
        '如果页面必须持有令牌（例如 Web SDK），就申请短时的（`duration_seconds` 接近默认的 900 秒），按访客会话签发，并接受访客可以复制它、在过期前使用应用的全部权限点。',
      ],
      verify: ['打开页面，查看网络请求和存储：除非你选择了短时交付，否则看不到任何 `czs_` 字符串。', `用后端的令牌运行 ${ME}，返回 \`"code":0\`。`],
    },
    'use-jwt-service': {
      title: '用 OAuth JWT（服务类应用）',
      problem:
        '你的服务以应用自己的身份调用 API，不需要用户登录扣子，而且希望令牌短期有效。服务用私钥签 JWT，按需换取最长 24 小时的访问令牌，私钥始终留在后端。',
      steps: [
        `打开 ${APPS}（或 **API & SDK → 授权 → OAuth 应用**），创建普通应用，客户端类型选 **服务类应用**，在应用上勾选需要的权限点。企业中只有超级管理员或管理员能创建 OAuth 应用。`,
        '创建密钥对（每个应用最多 3 个），下载 `private_key.pem`，记下公钥指纹和应用 ID。',
        'JWT 头部：`alg` 为 `RS256`，`typ` 为 `JWT`，`kid` 为公钥指纹。载荷：`iss` 为应用 ID，`aud` 为 `api.coze.cn`（只写域名），`iat`、`exp` 为 Unix 秒，`jti` 每次随机且不重复。要按终端用户隔离会话时，可加 `session_name`。',
        `调用 ${TOKEN_URL}：请求头 \`Authorization: Bearer <YOUR_JWT>\`，请求体 \`{"grant_type":"urn:ietf:params:oauth:grant-type:jwt-bearer","duration_seconds":900}\`，得到 \`czs_\` 开头的访问令牌。\`duration_seconds\` 默认 900，最大 86399（24 小时）。`,
        '这个令牌没有刷新令牌，也不能刷新；快过期时重新签一个 JWT 再换。每个 JWT 只能用一次。',
        '不要在请求里传 `scope` 来申请权限：`scope` 只对渠道应用生效。有人在服务类应用的 `scope` 里写 `Connector.createBot` 换令牌，请求直接被拒。缺权限时，在应用上勾选对应权限点，或者改用个人访问令牌/服务访问令牌。',
        '签 JWT 和换令牌只能在后端做（coze-js 在浏览器里会拒绝）。网页访客要和你的智能体对话时，让后端代为调用，或只把短期访问令牌交给页面。',
        '`aud` 和请求的域名都要和应用所在区域一致；用错区域会得到 `invalid_client`（`invalid jwt: kid not been registred`）。',
      ],
      verify: [`用换到的 \`czs_\` 令牌运行 ${ME}，返回 \`"code":0\`。`, '换令牌失败时，用本站的「JWT 检查器」核对头部和载荷。'],
    },
    'use-jwt-channel': {
      title: '用 OAuth JWT（渠道应用）',
      problem: '你是渠道方：开发者把智能体发布到你的渠道，你的平台要和这些智能体对话。渠道应用是唯一会按 JWT 换令牌时的 `scope` 限定权限的应用类型。',
      steps: [
        `打开 ${APPS}（或 **API & SDK → 授权 → OAuth 应用**），创建**渠道**类型的应用，并绑定到你的自定义渠道；没绑定时会报 \`connector app should bind connector id\`。`,
        '创建密钥对，下载 `private_key.pem`，按服务类应用的方式签 JWT（`RS256`，`kid` 为公钥指纹，`iss` 为应用 ID，`aud` 为 `api.coze.cn`，`jti` 不重复）。',
        `调用 ${TOKEN_URL}，请求头 \`Authorization: Bearer <YOUR_JWT>\`，请求体带 \`"grant_type":"urn:ietf:params:oauth:grant-type:jwt-bearer"\` 和 \`scope\`：\`{"account_permission":{"permission_list":["Connector.botChat"]},"attribute_constraint":{"connector_bot_chat_attribute":{"bot_id_list":["<BOT_ID>"]}}}\`。`,
        '`bot_id_list` 中的智能体必须已发布为 API。',
        '访问令牌最长 24 小时，不能刷新，每个 JWT 只能用一次；到期前重新签 JWT 再换。',
      ],
      verify: [
        '换令牌返回 `czs_` 开头的 `access_token`。',
        '用它对 `bot_id_list` 里的一个智能体发起一次对话（`POST https://api.coze.cn/v3/chat`，会产生一条真实对话），能收到回复。',
        '渠道应用不能调用 `GET /v1/workspaces`，用它检查会失败，这是正常的。',
      ],
      uncertain: '渠道令牌能否调用 `GET /v1/users/me` 未经证实，所以这里用一次真实对话来验证。',
    },
    'use-jwt-enterprise': {
      title: '用 OAuth JWT（企业特权应用）',
      problem:
        '你是企业的超级管理员或管理员，要在整个企业范围内做自动化。企业特权应用只能在企业的默认组织里创建，用 JWT 换取带企业、组织、空间管理权限点的令牌。',
      steps: [
        `由超级管理员或管理员打开 ${APPS}（或 **API & SDK → 授权 → OAuth 应用**），创建**企业特权应用**，勾选需要的权限点。`,
        '创建密钥对，下载 `private_key.pem`，按服务类应用的方式签 JWT（`RS256`，`kid` 为公钥指纹，`iss` 为应用 ID，`aud` 为 `api.coze.cn`，`jti` 不重复）。',
        '换令牌地址带上企业 ID：`POST https://api.coze.cn/api/permission/oauth2/enterprise_id/<ENTERPRISE_ID>/token`，请求头 `Authorization: Bearer <YOUR_JWT>`，`grant_type` 为 `urn:ietf:params:oauth:grant-type:jwt-bearer`。',
        '令牌最长 24 小时，不能刷新，每个 JWT 只能用一次。',
        '企业特权应用只能在默认组织里创建；它能管理什么，取决于授予它的权限点。',
        '私钥权限很大：只放在后端的密钥管理里，并限制能读取它的人和服务。',
      ],
      verify: [`用换到的令牌运行 ${ME}，返回 \`"code":0\`。`, `运行 ${SPACES}，确认能看到企业内的空间。`],
      uncertain: '我们只核对了企业特权应用的换令牌地址；请求体和 JWT 载荷是否与服务类应用完全相同，请以官方文档「OAuth JWT 授权（企业特权应用）」为准。',
    },
    'enterprise-admin-needed': {
      title: '企业级自动化需要超级管理员或管理员来搭建',
      problem: '覆盖整个企业的自动化要用企业特权应用，而在企业里只有超级管理员或管理员能创建或授权 OAuth 应用。你当前的账号做不了。',
      steps: [
        '请企业的超级管理员或管理员创建企业特权应用，并由他们保管私钥。',
        '把自动化要做的事、需要的权限点和频率告诉对方，请对方只授予必要的权限点。',
        '如果其实只需要你所在的几个工作空间，不必用企业特权：重新回答这个向导，选「只是我负责的几个工作空间」。',
        '如果你只有个人账号，企业特权应用不适用，请按个人账号的资源来选择鉴权方式。',
      ],
      verify: [`应用建好后，用换到的令牌运行 ${SPACES}，确认能看到企业内的空间。`],
    },
  },
} satisfies WizardCopy;
