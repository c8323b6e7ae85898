import type { QuestionCopy, WizardCopy } from '~/wizards/engine/types';
import oauthOutcomes from '~/wizards/expired-refresh/outcomes/oauth.zh-CN';
import checkOutcomes from '~/wizards/expired-refresh/outcomes/checks.zh-CN';
import patJwtOutcomes from '~/wizards/expired-refresh/outcomes/pat-jwt.zh-CN';

// Labels of check answers must read as a human answer too: the visitor may click them instead of running the probe.
const questions = {
  'auth-method': {
    title: '你的应用实际用的是哪种凭证？',
    body: '看代码和配置里实际有什么，而不是它叫什么名字。拿不准就选最后一项，我们按特征来判断。',
    answers: {
      pat: '个人访问令牌或服务访问令牌：在控制台里创建，以 `pat_` 或 `sat_` 开头',
      jwt: 'OAuth 服务类应用（JWT）：用私钥签一个 JWT，换取以 `czs_` 开头的访问令牌',
      'oauth-user': 'OAuth 用户授权（Web 授权码、PKCE 或设备码）：用户登录并同意授权后，拿到 `czu_` 开头的访问令牌和 `refresh_token`',
      'not-sure': '不确定，例如代码里叫“OAuth JWT”，却也有 refresh token',
    },
  },
  'which-flow': {
    title: '按特征判断：你的代码或配置里有哪一样？',
    body: '名字可能误导人：有的项目把自己的流程叫作“OAuth JWT”，实际用的却是 client secret、回调地址和 refresh token，这其实是 Web 授权码流程。只有服务类应用（JWT）才用私钥签名，而且它没有 refresh token。',
    answers: {
      'private-key': '一个私钥文件（如 `private_key.pem`）和公钥指纹（JWT 头里的 `kid`），没有 refresh token',
      'refresh-token': '一个回调地址（redirect URI）和 `refresh_token`，可能还有 client secret',
      'console-token-only': '只有一串从控制台复制来的令牌，别的都没有',
    },
  },
  'pat-verdict': {
    title: '测一下这个令牌：它还能用吗？属于哪个区域？',
    body: '个人访问令牌和服务访问令牌都不能刷新。粘贴令牌并把区域设为 **自动**，检查会用 `GET /v1/users/me` 同时询问 coze.cn 和 coze.com，告诉你令牌是否过期、属于哪个区域。同时说明你的应用请求的是哪个主机：只在另一个区域有效的令牌会被判为“属于另一个区域”。已经知道结果的话，直接选对应的答案即可。',
    answers: {
      expired: '工具说：令牌已过期 / 我知道它已经过期',
      'invalid-token': '工具说：令牌无效 / 我删除或重置过它',
      'wrong-region': '工具说：令牌属于另一个区域 / 我的令牌和请求的主机不在同一个区域',
      valid: '工具说：令牌有效 / 同一个令牌在别处能用',
      'not-a-token': '工具说：这不是访问令牌（而是 client id、JWT 或 refresh token）',
      malformed: '工具说：令牌格式有问题（空格、换行、全角字符）',
      'missing-permission': '工具说：令牌没有权限（`4101`）',
      'rate-limited': '工具说：被限流（`4013` 或 HTTP 429）',
    },
  },
  'jwt-symptom': {
    title: '服务类应用（JWT）：你遇到的是哪种情况？',
    body: 'JWT 流程没有 refresh token：每次都用私钥签一个新的 JWT，去令牌端点换一个 `czs_` 开头的访问令牌。',
    answers: {
      'refresh-attempt': '代码或所用的库试图“刷新”`czs_` 令牌，或在等一个从未返回的 refresh token',
      'jwt-reused': '一个 JWT 签好后反复使用，或者访问令牌过期了还在用缓存里的旧值',
      'kid-not-registered': '换取令牌时返回 `invalid_client`：`invalid jwt: kid not been registred`',
      'time-rejected': '刚签好的 JWT 就被拒绝，或者同样的代码在一台机器上能用、换一台就不行',
      'access-deny': '返回 `access_deny`，提示应用已被所有者停用（`is currently deactivated by the owner`）',
    },
  },
  'oauth-token-verdict': {
    title: '先测一下应用最后保存的访问令牌',
    body: '粘贴应用正在使用的访问令牌（`czu_` 开头，不是 refresh token），区域设为 **自动**。检查会告诉你它是真的过期或无效，还是其实还能用、只是属于另一个区域。同时说明你的应用请求的是哪个主机：只在另一个区域有效的令牌会被判为“属于另一个区域”。已经知道结果的话，直接选对应的答案即可。',
    answers: {
      expired: '工具说：令牌已过期 / 我知道它已经过期',
      'invalid-token': '工具说：令牌无效 / 不清楚它为什么失效',
      valid: '工具说：令牌有效 / 应用却说它过期了',
      'wrong-region': '工具说：令牌属于另一个区域',
      'not-a-token': '工具说：这不是访问令牌（例如贴进来的是 refresh token）/ 我手上没有访问令牌',
      malformed: '工具说：令牌格式有问题（空格、换行、全角字符）',
      'missing-permission': '工具说：令牌没有权限（`4101`）',
      'rate-limited': '工具说：被限流（`4013` 或 HTTP 429）',
    },
  },
  'valid-token-symptom': {
    title: '令牌还能用，应用却认定它过期了。应用是怎么判断的？',
    answers: {
      'compares-expires-in': '拿令牌响应里的 `expires_in` 和当前时间比较',
      'loads-saved-copy': '从之前保存的地方读取令牌：`localStorage`、文件、数据库或环境变量',
      'api-rejects-it': '应用调用接口时确实被拒绝了（401、`4100` 或 `4101`），测试工具里却是好的',
    },
  },
  'api-rejection': {
    title: '令牌检查通过，应用的调用却被拒绝。是哪些调用？',
    answers: {
      'only-chat-retrieve': '只有 coze-js 的 `chat.retrieve`（包括 `createAndPoll` 内部）返回 `4100`，其他调用正常',
      'header-format': '我的代码发出的调用失败，同一个令牌用 curl 或本站测试却正常',
      'other-host': '我的应用请求的主机，和检查发现令牌所在的主机不同',
      'every-call': '所有调用都返回 `4100` 或 `4101`',
    },
  },
  'refresh-error': {
    title: '刷新请求返回了什么？',
    body: '刷新请求是 `POST /api/permission/oauth2/token`，请求体里 `grant_type` 为 `refresh_token`。OAuth 错误写在响应体的 `error_code` 或 `error` 字段里，和普通 API 的 `code` 不一样。过期或已用过的 refresh token 具体返回什么错误，文档没有写明，所以下面按现象来分。',
    answers: {
      'invalid-client': '`invalid_client`',
      'access-deny': '`access_deny`，提示应用已被所有者停用',
      'refresh-token-rejected': '其他指向 refresh token 的错误，或 `invalid_request`',
      'no-details': '看不到响应，应用只显示“刷新失败，请重新授权”',
      'reauthorize-fails': '刷新失败后，重新授权也失败：授权页报错，或提示“请求参数错误”',
    },
  },
  'refresh-token-history': {
    title: '回想一下应用发出去的那个 refresh token，哪种说法最符合？',
    body: 'refresh token 的有效期是 30 天，而且只能用一次：刷新成功后旧的立即作废，响应里会带回一个新的。文档没有说明用过的或过期的 refresh token 会返回什么（有的客户端报 `invalid_grant`，文档里并没有这个错误），所以按它的经历来判断。',
    answers: {
      'older-than-30-days': '它是 30 多天前拿到的，比如应用闲置了一个月',
      'used-before': '它可能已经用过：之前某次刷新成功了，或者网络超时后又用它重试了一遍',
      'parallel-refresh': '多个标签页、进程或服务实例可能在同时刷新',
      'kept-in-storage': '它是从浏览器存储（如 `localStorage` 里的 `coze_oauth_tokens`）、文件或数据库里读出来的旧值',
      'fresh-single-use': '它是新的，只在一个地方用过一次',
    },
  },
  'refresh-host': {
    title: 'OAuth 应用建在哪个区域？刷新请求发到了哪个主机？',
    body: '在扣子（`www.coze.cn`）创建的应用只认 `api.coze.cn`，在 `www.coze.com` 创建的只认 `api.coze.com`。四个官方 SDK 的默认主机都是 `api.coze.com`。',
    answers: {
      'hosts-differ': '不一致：例如应用建在扣子，请求却发到 `api.coze.com`，或者反过来',
      'hosts-match': '一致：应用、授权页和刷新请求都在同一个区域',
      'not-sure': '不确定刷新请求发到了哪里',
    },
  },
} satisfies Record<string, QuestionCopy>;

export default {
  title: '令牌过期且刷新失败',
  description: '应用报 “Token expired and refresh failed. Please re-authorize.”？先确认你实际用的授权方式，再找出刷新失败的原因和修复步骤。',
  steps: { ...questions, ...patJwtOutcomes, ...oauthOutcomes, ...checkOutcomes },
} satisfies WizardCopy;
