import type { QuestionCopy, WizardCopy } from '~/wizards/engine/types';

const DOC = '`https://docs.coze.cn/developer_guides/update_authorization`';
const ME = '`curl -s https://api.coze.cn/v1/users/me -H "Authorization: Bearer <YOUR_TOKEN>"`';
const SPACES = '`curl -s "https://api.coze.cn/v1/workspaces?page_num=1&page_size=50" -H "Authorization: Bearer <YOUR_TOKEN>"`';

// The same question opens all three branches; the title names the branch so the outline and breadcrumb tell them apart.
const movedFrom = (kind: string): QuestionCopy => ({
  title: `工作空间是怎么迁移的？（${kind}）`,
  body: '只有从个人版或扣子专业版迁入团队版/企业版，原有的 API 授权才会失效。企业标准版升级到旗舰版不需要迁移。',
  answers: {
    'personal-to-team': '从个人版或专业版迁入了团队版/企业版',
    'standard-to-flagship': '从企业标准版升级到了企业旗舰版',
    'no-move': '没有迁移过，以上都不是',
  },
});

const role = (kind: string, who: string): QuestionCopy => ({
  title: `你在团队/企业里是什么角色？（${kind}）`,
  body:
    `${who}只有团队/企业的**超级管理员或管理员**能完成。可以手动选择，也可以用你当前账号下一个可用的令牌（例如新建的个人访问令牌）自动检查：` +
    '检查调用 `GET /v1/workspaces`，看你在团队/企业空间里的 `role_type`。迁移前的旧令牌多半已失效，检查会失败，这时请直接手动选择。' +
    '注意：空间的 owner/admin 只是**线索**，不能证明你是团队/企业的超级管理员或管理员。',
  answers: {
    admin: '我是团队/企业的超级管理员或管理员',
    member: '我在团队/企业里，但只是普通成员',
    'personal-only': '我只有个人账号，不在任何团队/企业里',
  },
});

const symptom = (kind: string): QuestionCopy => ({
  title: `代码已同时持有新旧两种授权，现在具体是什么表现？（${kind}）`,
  answers: {
    'all-calls-fail': '所有调用都鉴权失败',
    'some-workspaces': '部分工作空间的资源报无权限（如 `4101`）',
    'old-app-disabled': '原来的个人 OAuth 应用被停用或删除了',
    'old-conversations': '新会话正常，只有迁移前创建的会话读不到或报错',
  },
});

export default {
  title: '工作空间迁移后鉴权失败',
  description: '工作空间从个人版/专业版迁入团队版或企业版后，API 调用开始鉴权失败：按授权方式找出谁该做什么——重建令牌、重新授权、保留旧应用、新建会话。',
  steps: {
    'auth-type': {
      title: '线上调用用的是哪种授权方式？',
      body: '官方迁移文档把授权分成三类：个人访问令牌、OBO 授权（授权码、PKCE、设备码）和 AppAuth 授权（服务类应用）。',
      answers: {
        pat: '个人访问令牌（`pat_` 开头）',
        obo: 'OBO 授权：用户登录授权（授权码 / PKCE / 设备码）',
        appauth: 'AppAuth 授权：服务类应用，用 JWT 换令牌',
        'not-sure': '不确定',
      },
    },
    'token-prefix': {
      title: '请求头里的令牌以什么开头？',
      body: '看 `Authorization: Bearer` 后面那串字符的前缀即可，不要把令牌贴到任何地方。',
      answers: {
        pat: '`pat_`',
        czu: '`czu_`（用户授权得到的访问令牌）',
        czs: '`czs_`（用 JWT 换来的服务令牌）',
        other: '其他前缀，例如 `sat_`、`cztei_`',
      },
    },
    'pat-moved-from': movedFrom('个人访问令牌'),
    'obo-moved-from': movedFrom('OBO 授权'),
    'appauth-moved-from': movedFrom('AppAuth 授权'),
    'pat-points': {
      title: '新令牌需要的权限点里，有没有「团队/企业」层级的？',
      body: '权限点分为企业（团队/企业）、工作空间、账号三个层级。团队/企业层级的权限点只有超级管理员或管理员创建的令牌才能获得。',
      answers: {
        'workspace-or-account': '没有，只有工作空间级或账号级权限点',
        'team-level': '有团队/企业层级的权限点',
        'not-sure': '不确定',
      },
    },
    'pat-role': role('个人访问令牌', '创建带团队/企业层级权限点的令牌，'),
    'obo-role': role('OBO 授权', '在团队/企业中创建或授权 OAuth 应用，'),
    'appauth-role': role('AppAuth 授权', '在团队/企业中创建或授权 OAuth 应用（包括服务类应用），'),
    'obo-compat': {
      title: '迁移之前，这个 OAuth 应用是否已做好「新+旧授权兼容」？',
      body: `官方页面（${DOC}）要求在迁移**之前**由超级管理员添加新旧授权兼容，但没有指出控制台里有这样一个开关。本站的迁移指南把它理解为代码逻辑：迁移前先为团队空间拿到新的授权，代码在新旧两种授权之间都能用。`,
      answers: {
        added: '是：迁移前已拿到新授权，代码新旧两种都能用',
        'not-added': '没有准备，已经直接迁移了',
        'not-sure': '不确定',
      },
    },
    'appauth-compat': {
      title: '迁移之前，这个服务类应用是否已做好「新+旧授权兼容」？',
      body: `官方页面（${DOC}）要求在迁移**之前**由超级管理员添加新旧授权兼容，但没有指出控制台里有这样一个开关。本站的迁移指南把它理解为代码逻辑：迁移前先为团队空间拿到新的授权，代码在新旧两种授权之间都能用。`,
      answers: {
        added: '是：迁移前已拿到新授权，代码新旧两种都能用',
        'not-added': '没有准备，已经直接迁移了',
        'not-sure': '不确定',
      },
    },
    'obo-symptom': symptom('OBO 授权'),
    'appauth-symptom': symptom('AppAuth 授权'),

    'pat-recreate': {
      title: '新建一个能访问团队空间的个人访问令牌',
      problem: '空间迁入团队/企业后，原来的 API 授权失效了。旧的个人访问令牌没有团队空间的访问权限，需要新建一个。',
      steps: [
        '登录扣子，打开 `https://www.coze.cn/open/oauth/pats`（或在 `https://code.coze.cn/home` 进入 **API & SDK → 授权 → 个人访问令牌**）。',
        '点击添加新令牌。在**访问团队空间**中选中迁移后的团队/企业空间。',
        '勾选代码实际调用的权限点（例如 `chat`、`listWorkspace`）；缺少权限点时接口会返回 `4101`。',
        '设置有效期：扣子（coze.cn）的个人访问令牌最长一个月，创建后不能修改，请记下到期日。',
        '如果提示「此应用所声明的权限点包含团队/企业层级」，请去掉这些权限点，或请超级管理员/管理员创建令牌（见本站「提示权限点包含『团队/企业』层级」向导）。',
        '用新令牌替换线上配置中的旧令牌，然后重启或重新加载服务。',
        `完整说明见官方文档 ${DOC}。`,
      ],
      verify: [
        `运行 ${ME}，返回 \`"code":0\` 说明令牌有效。`,
        `运行 ${SPACES}，返回的列表里应有 \`workspace_type\` 为 \`team\` 的迁移后空间。`,
        '也可以在本站的「令牌检查」工具里检查，令牌只发往你选择的扣子 API 域名。',
      ],
    },
    'obo-reauthorize': {
      title: '让用户重新走一遍 OAuth 授权',
      problem: '迁移使原来的 OBO 授权（授权码、PKCE、设备码得到的令牌和刷新令牌）失效，而且没有准备好的新授权可以接替。刷新也救不回来，只能重新授权。',
      steps: [
        `请团队/企业的超级管理员或管理员按官方文档 ${DOC} 更新授权；企业中只有他们能创建或授权 OAuth 应用。`,
        '打开 `https://www.coze.cn/open/oauth/apps`（或 **API & SDK → 授权 → OAuth 应用**），找到原来的应用。**不要停用或删除**原来的个人 OAuth 应用。',
        '让每个用户重新走一遍授权流程（授权码、PKCE 或设备码，和原来一样），授权时选择**所有工作空间**。',
        '用新得到的 `access_token` 和 `refresh_token` 替换保存的旧值；旧的刷新令牌已失效，不要再用它刷新。',
        '迁移前通过 API 创建的会话属于用户，迁移后智能体读不到，请为用户新建会话。',
      ],
      verify: [
        `用新的访问令牌运行 ${ME}，返回 \`"code":0\`。`,
        `运行 ${SPACES}，确认能看到迁移后的团队空间。`,
        '访问令牌 15 分钟过期，之后用新的刷新令牌刷新一次，确认能拿到下一对令牌（每个刷新令牌只能用一次）。',
      ],
      uncertain: '官方页面没有说明控制台里是否有「新+旧授权兼容」的设置、在哪里；本站和迁移指南一样，把它当作代码逻辑。',
    },
    'appauth-reauthorize': {
      title: '为服务类应用重新授权，再换新令牌',
      problem: '迁移使服务类应用（AppAuth）原来的授权失效，也没有准备好的新授权可以接替，用 JWT 换来的令牌访问不到迁移后的空间。',
      steps: [
        `请团队/企业的超级管理员或管理员按官方文档 ${DOC} 为该应用重新授权；企业中只有他们能创建或授权 OAuth 应用。`,
        '在 `https://www.coze.cn/open/oauth/apps`（或 **API & SDK → 授权 → OAuth 应用**）找到该服务类应用。**不要停用或删除**原来的个人 OAuth 应用。',
        '授权范围选择**所有工作空间**。',
        '重新签一个 JWT（`iss` 为应用 ID，`aud` 为 `api.coze.cn`，`kid` 为公钥指纹，`jti` 每次都不同），调用 `POST https://api.coze.cn/api/permission/oauth2/token` 换取新的 `czs_` 令牌。',
        '服务令牌不能刷新，最长 24 小时（`duration_seconds` 最大 86399），请让服务按需重新签 JWT 换令牌；每个 JWT 只能用一次。',
        '迁移前通过 API 创建的会话属于用户，迁移后智能体读不到，请新建会话。',
      ],
      verify: [
        `用新换到的令牌运行 ${ME}，返回 \`"code":0\`。`,
        `运行 ${SPACES}，确认能看到迁移后的团队空间。`,
        '换令牌失败时，可以用本站的「JWT 检查器」核对 JWT 的头部和载荷。',
      ],
      uncertain: '服务类应用「重新授权」在控制台里的具体入口，我们没有核实，请以官方文档为准。',
    },
    'ask-admin': {
      title: '这一步需要团队/企业的超级管理员或管理员来做',
      problem:
        '迁移后的授权更新只能由团队/企业的超级管理员或管理员完成：添加新旧授权兼容、创建或授权 OAuth 应用、创建带团队/企业层级权限点的令牌。你当前的账号做不了。',
      steps: [
        `把官方文档 ${DOC} 发给超级管理员或管理员，并说明：用的是哪种授权方式、哪个应用或令牌、调用失败的接口和返回的 \`logid\`。`,
        '请对方按文档更新授权：OAuth 应用授权时选择**所有工作空间**；需要团队/企业层级权限点的个人访问令牌由对方创建。',
        '提醒对方**不要停用或删除**原来的个人 OAuth 应用。',
        '如果你其实有团队/企业的管理员账号，单击左下角头像切换到该账号后再操作。',
        '如果只需要工作空间级或账号级权限点，也可以自己新建个人访问令牌，并在**访问团队空间**中选中团队空间。',
      ],
      verify: [`授权更新后，用新令牌运行 ${ME}，返回 \`"code":0\`。`, `运行 ${SPACES}，确认能看到迁移后的团队空间。`],
    },
    'grant-all-workspaces': {
      title: '授权时选择「所有工作空间」',
      problem: '令牌本身有效，但授权没有覆盖迁移后的全部空间，所以访问其中一部分空间的资源时会返回 `4101`（无权限）。',
      steps: [
        `请超级管理员或管理员按官方文档 ${DOC} 重新授权，授权范围选择**所有工作空间**。`,
        'OBO 授权：让用户重新授权一次，并用新的令牌和刷新令牌替换旧值。AppAuth：重新签 JWT 换取新令牌。',
        '再检查一遍权限点：缺少某个接口的权限点同样会返回 `4101`。',
      ],
      verify: [`运行 ${SPACES}，出错的资源所在空间应出现在列表里。`, '重新调用刚才失败的接口，不再返回 `4101`。'],
    },
    'keep-old-app': {
      title: '恢复原来的个人 OAuth 应用',
      problem: '官方迁移说明要求保留原来的个人 OAuth 应用，不要停用或删除。它被停用后，依赖它的授权和令牌都会失败。',
      steps: [
        '打开 `https://www.coze.cn/open/oauth/apps`（或 **API & SDK → 授权 → OAuth 应用**），找到原来的个人 OAuth 应用。',
        '如果被停用了，把它重新启用。',
        `如果已经删除，只能按官方文档 ${DOC} 在团队/企业下重新创建应用并重新授权（只有超级管理员或管理员能做），再把新的 \`client_id\` 和密钥更新到代码里。`,
      ],
      verify: [`运行 ${ME}，返回 \`"code":0\`。`, '换令牌时不再返回 `access_deny`（应用被所有者停用时会返回该错误）。'],
      uncertain: '被删除的应用能否恢复，公开资料没有说明；按无法恢复处理更稳妥。',
    },
    'conversations-belong-to-user': {
      title: '迁移前的会话读不到了：请新建会话',
      problem: '通过 API 创建的会话属于创建它的用户。迁移后智能体读不到这些旧会话，继续使用旧的 `conversation_id` 会出错或丢失上下文。',
      steps: [
        '停止复用迁移前保存的 `conversation_id`。',
        '用迁移后的新授权为每个用户新建会话（`POST https://api.coze.cn/v1/conversation/create`），保存新的 `conversation_id`。',
        '如果业务需要历史上下文，在新会话里重新提供必要的信息；旧会话无法迁移给智能体读取。',
      ],
      verify: ['在新会话中发起对话，能正常收到回复。', '对新会话调用查看会话消息的接口，能看到刚才的消息。'],
    },
    'no-migration-needed': {
      title: '不是迁移的问题，请从错误码入手',
      problem:
        '只有从个人版或专业版迁入团队版/企业版，才会让原来的 API 授权失效。企业标准版升级到旗舰版不需要迁移，没有迁移过的空间也不受影响，所以这次失败另有原因。',
      steps: [
        '找到失败请求返回的 `code`、`msg` 和 `logid`（响应头 `x-tt-logid`）。',
        '在本站的「错误查询」工具里查这个错误码，或阅读错误码指南。',
        '用「令牌检查」工具确认令牌是否有效、属于 coze.cn 还是 coze.com；也可以走「调用失败：从错误码出发」向导。',
      ],
      verify: [`运行 ${ME}，看返回的 \`code\`：\`0\` 说明令牌本身没问题，问题在权限点或资源 ID。`],
    },
    'compat-both-fail': {
      title: '新旧两种授权都失败：新授权没有覆盖迁移后的空间',
      problem:
        '旧授权随迁移失效是预料之中的，但代码切换过去的新授权也失败了。通常是新授权没有授予团队空间（所有工作空间），或者所谓的切换实际上从没发出新令牌。',
      steps: [
        '用新令牌跑一次 **令牌检查**，应用主机选你的应用实际请求的主机：结果必须是有效，且区域一致。',
        `用新令牌运行 ${SPACES}，看迁移后的团队空间是否在列；不在的话，重新授权并选择**所有工作空间**。`,
        '记录每个失败请求带的是哪个令牌（只记类型和末 4 位，绝不记录完整令牌），确认切换真的发生了。',
        '迁移期间保持旧的个人 OAuth 应用启用，不要停用或删除。',
      ],
      verify: [`用新令牌运行 ${ME} 返回 \`"code":0\`，之前失败的调用成功。`],
      uncertain: '官方页面没有给出新旧授权兼容的具体做法；这些检查基于本站把它理解为代码逻辑的解读。',
    },
    'identify-credential': {
      title: '先认出这是哪种令牌',
      problem: '官方迁移说明只覆盖个人访问令牌、OBO 授权和 AppAuth 授权三类。其他前缀的令牌，先要弄清它从哪里来、由谁签发。',
      steps: [
        '用本站的「令牌检查」工具识别令牌类型：识别只看前缀和格式，不会发送请求。',
        '`sat_` 是服务访问令牌，用法和个人访问令牌一样。迁移后请先按个人访问令牌的做法重建，并在创建时选中团队空间。',
        '`cztei_` 不在任何官方 SDK 或文档里，来源不明；请找签发它的系统或平台确认。',
      ],
      verify: [`运行 ${ME}，返回 \`"code":0\` 说明令牌有效。`],
      uncertain: '官方迁移说明没有提到服务访问令牌（`sat_`），`cztei_` 令牌的签发方和有效期也未知；以上做法是推断，请以实际检查结果为准。',
    },
  },
} satisfies WizardCopy;
