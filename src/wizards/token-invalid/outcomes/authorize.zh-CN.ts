import type { OutcomeCopy } from '~/wizards/engine/types';

// 用户授权流程（PKCE 或设备码）的失败，OAuth 演练场和你自己的应用都会遇到：在授权页、从授权页返回时，或用授权码换令牌时。
const PLAYGROUND = '在本站的 **OAuth 演练场** 里用同一个 `client_id` 和区域再走一遍流程：它展示每个请求，并指出在哪一步失败。';

export default {
  'oauth-state-mismatch': {
    title: '停下：返回的 `state` 与你发出的不一致（可能是 CSRF）',
    problem:
      '授权页会带着 `code` 和你的应用生成的 `state` 把访问者送回来。`state` 不一致，说明这次回跳不是由当前会话发起的：它可能是伪造的链接，想让你用别人的授权码登录（跨站请求伪造）。这个授权码不能拿去换令牌。',
    steps: [
      '不要用这个授权码换令牌，也不要重试；关闭回跳到的页面。',
      '从你自己的应用（或演练场）重新开始流程，在同一个浏览器标签页里完成，中途不要打开别的授权链接。',
      '在你自己的应用里，每次尝试生成随机的 `state`，存放在回调页能读到的地方（服务端会话或 `sessionStorage`），`state` 不一致的回调一律拒绝。',
      '如果你根本没有发起登录，把这个链接当作攻击：告知发给你链接的人或平台。',
    ],
    verify: [`${PLAYGROUND}新的尝试返回相同的 \`state\`，并进入换取令牌这一步。`],
  },
  'oauth-session-lost': {
    title: '回跳回来了，但这个标签页已经不记得它发起的流程',
    problem:
      '用授权码换令牌，需要客户端在跳转授权页之前生成的 `state` 和 PKCE 的 `code_verifier`。它们找不到了：回跳在另一个标签页或浏览器里打开、会话存储被清除，或者间隔太久。什么也没有发送；没有 verifier，这个授权码就换不了令牌。',
    steps: [
      '在一个标签页里从头开始，并在同一个标签页打开授权链接（不要新窗口或换浏览器）。',
      '检查应用登记的 `redirect_uri` 与发起流程的页面同源（协议、主机、端口都一致）：对存储来说 `http://127.0.0.1` 和 `http://localhost` 是不同的源。',
      '在你自己的应用里，把 `state` 和 `code_verifier` 存在回调页能读到的地方，换完令牌后删除。',
    ],
    verify: [`${PLAYGROUND}换取令牌的请求会带着 \`code_verifier\` 显示出来。`],
  },
  'oauth-consent-declined': {
    title: '用户在授权页拒绝了（`access_denied`）',
    problem:
      '授权页返回了 `error=access_denied`：登录的人点了拒绝，或者没有同意就关掉了授权页。没有发出授权码。应用和流程本身都没有问题，这是用户的回答（设备码流程里，同样的拒绝会在轮询时返回）。',
    steps: [
      '如果是误点，重新开始流程，在授权页选择 **授权**。',
      '如果授权页显示的是错误而不是选择（例如只有管理员才能授权的企业级权限点），先看页面上的说明：普通成员无法授权这类应用，参见企业权限指南。',
      '在你自己的应用里，把 `access_denied` 当作正常的回答处理：告诉用户什么也没有共享，并提供重试。',
    ],
    verify: [`${PLAYGROUND}选择授权后，回跳带有 \`code\`，换取令牌返回 \`access_token\`。`],
  },
  'oauth-app-type': {
    title: '这个应用的类型不支持你走的流程（`invalid app type`）',
    problem:
      '每个 OAuth 应用创建时选定一种客户端类型，类型决定了流程：移动端 / PC 桌面端 / 单页面应用用 PKCE，TV端 / 设备应用 / 类命令行程序用设备码，Web 后端应用用带客户端密钥的授权码，服务类应用用 JWT。`access_deny` 加 `invalid app type` 说明这个 `client_id` 属于另一种类型的应用。',
    steps: [
      '在 `https://www.coze.cn/open/oauth/apps`（coze.com：`https://www.coze.com/open/oauth/apps`）打开这个应用，查看它的客户端类型。',
      '走这种类型支持的流程，或者按你的程序需要的类型新建一个 OAuth 应用，使用它的 `client_id`。',
      'Web 后端应用需要客户端密钥，密钥绝不能出现在浏览器里：在你的服务器或命令行上走那个流程。',
    ],
    verify: [`${PLAYGROUND}授权页（PKCE）或设备码请求现在能成功。`],
  },
  'oauth-code-spent': {
    title: '授权码已经用过，或者已经过期',
    problem:
      '授权码只能换一次令牌，而且只在很短的时间内有效。用同一个授权码第二次换取（刷新页面、重试、两个请求同时发出）或换得太晚，都会被拒绝。第一次换取很可能已经成功：应该保留的是那次拿到的令牌。',
    steps: [
      '不要用同一个授权码重试：重新走一遍流程拿新的授权码，拿到后立即换取。',
      '确保回调只换取一次：网络错误时不自动重试，页面刷新时不重复请求；读取 `code` 后立即把它从地址栏去掉。',
      '`redirect_uri` 和 `code_verifier` 要与授权请求时一致；不一致同样会被拒绝（`invalid_request`）。',
    ],
    verify: [`${PLAYGROUND}新的授权码只换取一次，返回 \`access_token\` 和 \`refresh_token\`。`],
    uncertain: '扣子没有公开说明授权码用过或过期时返回哪个 `error_code`，也没有说明授权码的有效期；只能用一次是 OAuth 2.0 的规则，也是演练场观察到的行为。',
  },
  'oauth-client-unknown': {
    title: '令牌端点不认识这个 `client_id`（或者应用在另一个区域）',
    problem:
      'PKCE 或设备码流程的授权请求或令牌请求返回 `invalid_client`，说明你调用的主机上没有这个 `client_id` 的应用。要么 ID 打错了或拷自别的应用，要么应用是在另一个区域创建的：coze.cn 和 coze.com 的应用互相独立，一边的应用在另一边不存在。',
    steps: [
      '从 `https://www.coze.cn/open/oauth/apps`（coze.com：`https://www.coze.com/open/oauth/apps`）的应用页面重新复制 `client_id`，不带空格。',
      '使用应用所在区域的主机：扣子的应用用 `www.coze.cn` / `api.coze.cn`，coze.com 的应用用 `www.coze.com` / `api.coze.com`。官方 SDK 默认是 `api.coze.com`。',
      '如果应用已被删除，新建一个，并重新登记 `redirect_uri`。',
    ],
    verify: [`${PLAYGROUND}选择应用所在的区域：授权页或设备码请求现在显示的是你的应用。`],
  },
} satisfies Record<string, OutcomeCopy>;
