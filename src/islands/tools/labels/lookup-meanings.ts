import type { Locale } from '~/site/locale';

/** What a matched error means and the first thing to do about it, in one or two sentences each. */
export interface LookupMeaning {
  readonly meaning: string;
  readonly fix: string;
}

type Meanings = Readonly<Record<string, LookupMeaning>>;

/**
 * Keyed by the error catalog's entry id (`src/probes/error-catalog.ts`); a unit test fails when an
 * entry lacks either locale. Plain text, no Markdown: it is read aloud in the status region too.
 */
const zh: Meanings = {
  'java-jjwt-clash': {
    meaning: 'coze-java 与项目里另一个版本的 jjwt 冲突，签 JWT 时找不到方法。',
    fix: '让项目只保留 coze-java 需要的 jjwt 版本（在依赖管理里统一版本或排除旧版）。',
  },
  'java-refresh-before-npe': {
    meaning: 'coze-java 的 JWTOAuth 在计算刷新时间时抛出空指针，通常是没有设置令牌有效期。',
    fix: '创建 JWTOAuth 时显式设置令牌有效期（ttl），再试。',
  },
  'py-ws-base-url-https': {
    meaning: 'cozepy 要求 base_url 以 https:// 开头，WebSocket 客户端因此拒绝了它。',
    fix: '把 base_url 写成 https://api.coze.cn 或 https://api.coze.com，不要写 wss:// 或省略协议。',
  },
  'state-mismatch': {
    meaning: 'OAuth 回调里的 state 与发起授权时的不一致，回调被拒绝。',
    fix: '确认发起授权和处理回调在同一个会话里，且 state 原样保存、原样比对。',
  },
  'consent-declined': { meaning: '用户在授权页上拒绝了授权（回调里带着 error=access_denied）。', fix: '请用户重新授权并在授权页上同意。' },
  'code-spent': { meaning: '授权码已经用过或已过期：每个授权码只能换一次令牌。', fix: '重新走一次授权拿到新的授权码，并确保只换取一次。' },
  'invalid-app-type': {
    meaning: '这个 OAuth 应用的类型不支持当前的授权方式。',
    fix: '按授权方式选对应用类型（例如 JWT 用服务类应用），或换一个类型正确的应用。',
  },
  'coze-js-cn-hint': {
    meaning: 'coze-js 收到了 api.coze.com 的 401，它提示你可能是国内用户却连到了 coze.com。',
    fix: '令牌来自扣子（coze.cn）时，把 baseURL 设置为 https://api.coze.cn（COZE_CN_BASE_URL）再试。',
  },
  'ws-handshake-403': {
    meaning: 'WebSocket 握手被拒绝（HTTP 403）：同一个令牌调用 REST 正常时，多半是这个账号还没有开通 WebSocket 权限。',
    fix: '先确认 WebSocket 主机与 REST 主机在同一个区域，再通过官方渠道为账号申请 WebSocket 权限。',
  },
  'ws-handshake-401': {
    meaning: 'WebSocket 握手被拒绝（HTTP 401）：令牌没有被接受。',
    fix: '确认 WebSocket 主机（ws.coze.cn 或 ws.coze.com）与令牌属于同一个区域，再检查令牌本身。',
  },
  'go-ws-bad-handshake': {
    meaning: 'coze-go 的 WebSocket 握手失败，报错里没有状态码，最常见的是 401。',
    fix: '按握手 401 排查：WebSocket 主机要与令牌在同一个区域，令牌要有效。',
  },
  'sdk-dns-failure': { meaning: 'SDK 解析不了 API 主机名，请求根本没有发出去。', fix: '检查 base URL 是否拼写正确，以及本机的 DNS、代理和网络是否能访问它。' },
  'pat-in-browser': {
    meaning: 'coze-js 默认不允许在浏览器里用个人访问令牌，以免泄露。',
    fix: '浏览器里改用 OAuth（PKCE）拿到的用户令牌，或由服务端转发请求。',
  },
  'chat-sdk-no-refresh': {
    meaning: 'Chat SDK 的令牌过期了，但没有提供 onRefreshToken 回调，会话只能结束。',
    fix: '实现 onRefreshToken：在服务端换取新令牌并返回给 SDK。',
  },
  'js-private-key-format': {
    meaning: 'coze-js 读不懂私钥：它要求 PEM 格式。',
    fix: '把控制台下载的 private_key.pem 原样传入，保留开头和结尾的 BEGIN/END 行与换行。',
  },
  'go-private-key-parse': {
    meaning: 'coze-go 解析不了私钥（格式不对或不是 RSA 私钥）。',
    fix: '使用控制台生成的 RSA 私钥文件原文，检查 PEM 头和换行是否完整。',
  },
  'studio-api-key': {
    meaning: '自部署的 Coze Studio 不认这个 API 密钥，或请求里没有 Bearer 请求头。',
    fix: '用该实例里创建的 API 密钥，放在 Authorization: Bearer 请求头里；云端的令牌在这里不能用。',
  },
  'coze2openai-unexpected': {
    meaning: '封装层只说扣子返回了意外的响应，真正的扣子错误在同一条报错的 message 里。',
    fix: '找到报错里扣子原来的 code 和 msg，再按那个错误码查。',
  },
  access_denied: { meaning: '设备授权：用户在授权页上拒绝了。', fix: '重新发起设备授权，请用户在授权页上同意。' },
  invalid_grant: {
    meaning: '换令牌用的授权凭据无效，常见于刷新令牌已被用过一次、已过期或已撤销。',
    fix: '刷新令牌每次使用后都会轮换：用最新的一个；如果都失效了，请用户重新授权。',
  },
  internal_error: { meaning: 'OAuth 服务内部出错，与你的请求无关。', fix: '稍后重试；持续出现时带上 logid 联系扣子支持。' },
  '4101-no-permission': {
    meaning: '令牌有效，但没有访问这个资源的权限：缺权限点、没授权该空间，或资源 ID 不对。',
    fix: '检查令牌的权限点和可访问的空间，并核对资源 ID。',
  },
  quota: { meaning: '用量、额度或计费限制，与令牌无关。', fix: '在控制台查看账户额度和套餐限制，降低用量或升级后再试。' },
  'request-content': { meaning: '请求内容不被接受（参数、格式或内容限制），令牌通常已被接受。', fix: '对照接口文档检查请求体的字段、取值和大小。' },
  'missing-resource': { meaning: '请求里的资源不存在，或令牌看不到它。', fix: '核对 ID，并确认资源和令牌在同一个区域、令牌能访问的空间里。' },
  '5000': { meaning: '扣子服务端出错，与你的令牌无关。', fix: '稍后重试；持续出现时带上 logid 联系扣子支持。' },
  '4101-incorrect-token': {
    meaning: '这个 4101 说的是令牌在这个区域不存在，而不是缺权限。',
    fix: '多半是 coze.cn 的令牌发到了 api.coze.com（或反过来）。把 SDK 的 base URL 改成令牌所属区域的主机再试。',
  },
  'kid-not-registered': {
    meaning: 'JWT 头里的 kid 在这个区域没有登记，或者根本不是已登记公钥的指纹。',
    fix: '先确认 JWT 发往的是创建 OAuth 应用的那个区域，再核对 kid 是否与控制台里公钥的指纹一致。',
  },
  'self-hosted-session': {
    meaning: '自部署的 Coze Studio 把这个请求当成了浏览器登录会话的接口，不认个人访问令牌。',
    fix: '查实例文档里支持 OpenAPI 调用的接口列表，改用其中的接口；云端的令牌在自部署实例上也不能用。',
  },
  'enterprise-permission-level': {
    meaning: '申请的权限点包含团队或企业层级，只有团队/企业的超级管理员或管理员能授权。',
    fix: '请管理员授权，或者去掉这些权限点，只保留个人层级的权限点。',
  },
  'refresh-failed': {
    meaning: '访问令牌过期了，用刷新令牌换新令牌也失败了。',
    fix: '刷新令牌可能已过期、已被用过一次（会轮换）或授权已失效：重新走一次授权拿到新的令牌对。',
  },
  'workspace-migration': {
    meaning: '个人空间迁移到团队或企业后，原有的 API 授权会失效。',
    fix: '按授权类型逐一恢复：重新创建个人访问令牌，或让用户重新授权 OAuth 应用。',
  },
  'connector-not-bound': { meaning: '这个渠道应用还没有绑定 connector id，所以不能用来换令牌。', fix: '在控制台里为应用绑定渠道（connector）后再请求令牌。' },
  'jwt-empty': {
    meaning: '令牌接口没有收到 JWT：请求里的 JWT 是空的。',
    fix: '确认 Authorization 头里带的是签好的 JWT（Bearer 加 JWT），而不是空字符串或客户端 ID。',
  },
  'cors-header': {
    meaning: '浏览器拦下了这个跨域请求：响应不允许请求里带的某个头，或者没有跨域许可。',
    fix: '浏览器里只带 Authorization 和 Content-Type 两个头；确实需要其他头时，改从服务端发请求。',
  },
  'not-in-browser': { meaning: '这个 SDK 功能不能在浏览器里用（例如需要私钥的 JWT 授权）。', fix: '把这一步移到服务端去做，浏览器只拿服务端换来的短期令牌。' },
  'host-unreachable': {
    meaning: '请求没有到达扣子的 API 主机：域名解析失败、连接被拒或超时。',
    fix: '检查主机名（api.coze.cn 或 api.coze.com）是否写对，以及所在网络、代理或防火墙是否放行。',
  },
  access_deny: {
    meaning: 'OAuth 接口拒绝了请求：应用被停用、应用类型不对，或者登录会话已失效。',
    fix: '读错误消息的原文对照原因：重新启用应用、换成正确类型的应用，或重新登录后再授权。',
  },
  expired_token: { meaning: '设备授权：设备码已过期，用户没有及时完成授权。', fix: '重新申请设备码，请用户在有效期内完成授权。' },
  invalid_client: {
    meaning: '客户端凭据无效：客户端密钥或 JWT 不被接受。',
    fix: '核对客户端 ID 和密钥是否属于同一个应用、同一个区域；用 JWT 时用 JWT 检查工具核对头和载荷。',
  },
  invalid_request: { meaning: 'OAuth 请求的参数有误，错误消息里会点名是哪个参数。', fix: '照着消息里点名的参数，对照官方文档检查它的名字、取值和格式。' },
  unsupported_grant_type: { meaning: 'grant_type 的值不被支持，多半是拼错了。', fix: '把 grant_type 和文档里列出的合法值逐字对照，例如 refresh_token。' },
  authorization_pending: { meaning: '设备授权：用户还没有在页面上完成授权。这是正常的中间状态。', fix: '按返回的间隔继续轮询，直到用户完成或设备码过期。' },
  slow_down: { meaning: '设备授权：轮询太频繁了。', fix: '把轮询间隔加长（每次收到它就多等几秒）再继续。' },
  '4100': {
    meaning: '令牌没有通过鉴权：内容不对、已过期，或者发到了另一个区域。',
    fix: '用同一个令牌分别请求 api.coze.cn 和 api.coze.com 的身份接口：只在一边成功是区域问题，两边都失败就是令牌本身无效或过期。',
  },
  '700012006': {
    meaning: '访问令牌无效，与 4100 相近：令牌不对或没有登录。',
    fix: '按 4100 的思路检查令牌内容、有效期和区域；自部署实例上还要确认接口支持 OpenAPI 调用。',
  },
  'token-expired': {
    meaning: '令牌已过期。',
    fix: '个人访问令牌要重新创建（有效期在创建时定下，不能延长）；OAuth 令牌用刷新令牌换新，服务令牌重新用 JWT 换取。',
  },
  '4101': {
    meaning: '4101 有两种含义：令牌缺少访问这个资源的权限，或者令牌在这个区域不存在。',
    fix: '先读 msg：说令牌不正确就是区域问题；否则检查令牌的权限点、可访问的空间和资源 ID。',
  },
  '4013': { meaning: '请求频率超限（4020、4009 也属于用量或并发限制），令牌本身没问题。', fix: '客户端按指数退避重试，批量任务限制并发数。' },
  '4015': { meaning: '智能体没有发布到 API 渠道，很多时候其实是区域不对。', fix: '重新发布并勾选 API 渠道；同时确认请求发往智能体所在区域的主机。' },
  '4000': { meaning: '请求参数有误，令牌通常已被接受。', fix: '对照接口文档检查必填参数、参数名和类型，POST 请求体要是 JSON。' },
  '4200': { meaning: '资源不存在；运行工作流时也表示工作流没有发布。', fix: '核对 ID、工作流是否已发布，以及资源是否和令牌在同一个区域、令牌能访问的空间里。' },
  '401': { meaning: 'HTTP 401：令牌没有被接受。', fix: '最常见的原因依次是令牌内容不对、已过期、区域不对；先用令牌检查验证它。' },
  '403': { meaning: 'HTTP 403：令牌有效，但不允许访问这个资源。', fix: '检查权限点、空间授权和资源 ID，与 4101 的排查方法相同。' },
  '429': { meaning: 'HTTP 429：请求太多了。', fix: '降低请求频率，按指数退避重试。' },
};

const en: Meanings = {
  'java-jjwt-clash': {
    meaning: 'coze-java clashes with another jjwt version in the project and cannot find a method when signing the JWT.',
    fix: 'Keep only the jjwt version coze-java needs (align the version in dependency management, or exclude the old one).',
  },
  'java-refresh-before-npe': {
    meaning: 'coze-java’s JWTOAuth throws a NullPointerException while computing the refresh time, usually because no token lifetime was set.',
    fix: 'Set the token lifetime (ttl) explicitly when you create JWTOAuth, then try again.',
  },
  'py-ws-base-url-https': {
    meaning: 'cozepy requires base_url to start with https://, so the WebSocket client refused it.',
    fix: 'Write base_url as https://api.coze.cn or https://api.coze.com, not wss:// and not without a scheme.',
  },
  'state-mismatch': {
    meaning: 'The state in the OAuth callback does not match the one sent with the authorization, so the callback was refused.',
    fix: 'Start the authorization and handle the callback in the same session, and store and compare state unchanged.',
  },
  'consent-declined': {
    meaning: 'The user declined on the consent page (the callback carries error=access_denied).',
    fix: 'Ask the user to authorize again and approve on the consent page.',
  },
  'code-spent': {
    meaning: 'The authorization code was already used or has expired: each code buys one token exchange.',
    fix: 'Authorize again for a new code, and exchange it only once.',
  },
  'invalid-app-type': {
    meaning: 'This OAuth app’s type does not support the authorization flow in use.',
    fix: 'Pick the app type that fits the flow (a service app for JWT, for example), or use an app of the right type.',
  },
  'coze-js-cn-hint': {
    meaning: 'coze-js got a 401 from api.coze.com and hints that you may be a coze.cn user calling coze.com.',
    fix: 'If the token comes from 扣子 (coze.cn), set baseURL to https://api.coze.cn (COZE_CN_BASE_URL) and try again.',
  },
  'ws-handshake-403': {
    meaning:
      'The WebSocket handshake was refused (HTTP 403): when the same token works for REST, WebSocket access is most likely not enabled for this account.',
    fix: 'Check that the WebSocket host is in the same region as the REST host, then ask for WebSocket access for the account through the official channel.',
  },
  'ws-handshake-401': {
    meaning: 'The WebSocket handshake was refused with HTTP 401: the token was not accepted.',
    fix: 'Make sure the WebSocket host (ws.coze.cn or ws.coze.com) is in the token’s region, then check the token itself.',
  },
  'go-ws-bad-handshake': {
    meaning: 'coze-go’s WebSocket handshake failed; the message has no status, and the usual one is 401.',
    fix: 'Work through it as a handshake 401: the WebSocket host must be in the token’s region and the token must be valid.',
  },
  'sdk-dns-failure': {
    meaning: 'The SDK could not resolve the API host name, so no request was sent.',
    fix: 'Check the spelling of the base URL and that this machine’s DNS, proxy and network can reach it.',
  },
  'pat-in-browser': {
    meaning: 'coze-js refuses personal access tokens in a browser by default, so they do not leak.',
    fix: 'In a browser use a user token from OAuth (PKCE), or send the call through your server.',
  },
  'chat-sdk-no-refresh': {
    meaning: 'The chat SDK’s token expired and no onRefreshToken callback was given, so the chat ends.',
    fix: 'Implement onRefreshToken: get a new token on your server and return it to the SDK.',
  },
  'js-private-key-format': {
    meaning: 'coze-js cannot read the private key: it expects PEM format.',
    fix: 'Pass the private_key.pem from the console as it is, keeping the BEGIN/END lines and the line breaks.',
  },
  'go-private-key-parse': {
    meaning: 'coze-go cannot parse the private key (wrong format, or not an RSA key).',
    fix: 'Use the RSA private key file the console generated, with its PEM header and line breaks intact.',
  },
  'studio-api-key': {
    meaning: 'The self-hosted Coze Studio does not know this API key, or the request has no Bearer header.',
    fix: 'Use an API key created on that instance, in an Authorization: Bearer header; cloud tokens do not work there.',
  },
  'coze2openai-unexpected': {
    meaning: 'The wrapper only says Coze answered unexpectedly; the real Coze error is in the message of the same error.',
    fix: 'Find Coze’s own code and msg in the error, and look that code up.',
  },
  access_denied: {
    meaning: 'Device flow: the user declined on the consent page.',
    fix: 'Start the device flow again and ask the user to approve on the consent page.',
  },
  invalid_grant: {
    meaning: 'The grant used to get a token is invalid, most often a refresh token already used once, expired or revoked.',
    fix: 'Refresh tokens rotate on every use: use the newest one; if all are spent, have the user authorize again.',
  },
  internal_error: {
    meaning: 'The OAuth service had an internal error, unrelated to your request.',
    fix: 'Retry later; if it persists, contact Coze support with the logid.',
  },
  '4101-no-permission': {
    meaning: 'The token is valid but may not access this resource: a missing permission point, an ungranted workspace, or a wrong resource ID.',
    fix: 'Check the token’s permission points and workspaces, and the resource ID.',
  },
  quota: {
    meaning: 'A usage, quota or billing limit, unrelated to the token.',
    fix: 'Check the account’s quota and plan limits in the console, then lower usage or upgrade and try again.',
  },
  'request-content': {
    meaning: 'The request content was not accepted (parameters, format or content limits); the token was usually accepted.',
    fix: 'Check the body’s fields, values and size against the endpoint’s docs.',
  },
  'missing-resource': {
    meaning: 'The resource in the request does not exist, or the token cannot see it.',
    fix: 'Check the ID, and that the resource is in the token’s region and in a workspace it can reach.',
  },
  '5000': { meaning: 'Coze had a server error, unrelated to your token.', fix: 'Retry later; if it persists, contact Coze support with the logid.' },
  '4101-incorrect-token': {
    meaning: 'This 4101 means the token does not exist in this region, not that a permission is missing.',
    fix: 'Most often a coze.cn token was sent to api.coze.com (or the reverse). Set the SDK base URL to the host of the token’s region and try again.',
  },
  'kid-not-registered': {
    meaning: 'The kid in the JWT header is not registered in this region, or is not a registered public key’s fingerprint.',
    fix: 'Send the JWT to the region where the OAuth app was created, then check that kid matches the key fingerprint in the console.',
  },
  'self-hosted-session': {
    meaning: 'A self-hosted Coze Studio treated this call as a browser-session route, which does not accept a personal access token.',
    fix: 'Use an endpoint from the instance’s list of routes that support OpenAPI calls; cloud tokens do not work on a self-hosted instance either.',
  },
  'enterprise-permission-level': {
    meaning: 'The requested permission points include the team or enterprise level, which only a team/enterprise super admin or admin can grant.',
    fix: 'Ask an admin to authorize, or drop those permission points and keep personal-level ones only.',
  },
  'refresh-failed': {
    meaning: 'The access token expired and exchanging the refresh token for a new one failed too.',
    fix: 'The refresh token may have expired, been used once already (it rotates), or lost its authorization: authorize again to get a new token pair.',
  },
  'workspace-migration': {
    meaning: 'Moving a personal workspace into a team or enterprise invalidates the API authorizations it had.',
    fix: 'Restore them one by one by auth type: create the personal access token again, or have users authorize the OAuth app again.',
  },
  'connector-not-bound': {
    meaning: 'This channel app has no connector id bound yet, so it cannot get tokens.',
    fix: 'Bind the channel (connector) to the app in the console, then request the token again.',
  },
  'jwt-empty': {
    meaning: 'The token endpoint received no JWT: the JWT in the request was empty.',
    fix: 'Make sure the Authorization header carries the signed JWT (Bearer plus the JWT), not an empty string or the client ID.',
  },
  'cors-header': {
    meaning: 'The browser blocked this cross-origin call: the response does not allow a header the request sent, or gives no CORS permission.',
    fix: 'Send only Authorization and Content-Type from a browser; when you need other headers, make the call from a server.',
  },
  'not-in-browser': {
    meaning: 'This SDK feature cannot run in a browser (for example JWT auth, which needs the private key).',
    fix: 'Move this step to a server and give the browser only the short-lived token the server obtains.',
  },
  'host-unreachable': {
    meaning: 'The request never reached the Coze API host: the name did not resolve, the connection was refused, or it timed out.',
    fix: 'Check the host name (api.coze.cn or api.coze.com) and whether your network, proxy or firewall lets the call through.',
  },
  access_deny: {
    meaning: 'The OAuth endpoint refused: the app is deactivated, the app type is wrong, or the login session is invalid.',
    fix: 'Match the exact message to its cause: reactivate the app, use an app of the right type, or log in again and re-authorize.',
  },
  expired_token: {
    meaning: 'Device flow: the device code expired before the user finished.',
    fix: 'Request a new device code and ask the user to finish within its lifetime.',
  },
  invalid_client: {
    meaning: 'The client credential is invalid: the client secret or the JWT was not accepted.',
    fix: 'Check that the client ID and secret belong to the same app and region; for a JWT, check its header and payload in the JWT inspector.',
  },
  invalid_request: {
    meaning: 'A parameter of the OAuth request is wrong; the message names which one.',
    fix: 'Compare the named parameter’s name, value and format with the official docs.',
  },
  unsupported_grant_type: {
    meaning: 'The grant_type value is not supported, usually because it is misspelled.',
    fix: 'Compare grant_type letter by letter with the valid values in the docs, such as refresh_token.',
  },
  authorization_pending: {
    meaning: 'Device flow: the user has not finished authorizing yet. This is a normal intermediate state.',
    fix: 'Keep polling at the returned interval until the user finishes or the device code expires.',
  },
  slow_down: {
    meaning: 'Device flow: you are polling too fast.',
    fix: 'Lengthen the polling interval (add a few seconds each time you get this) and continue.',
  },
  '4100': {
    meaning: 'The token failed authentication: its text is wrong, it has expired, or it went to the other region.',
    fix: 'Call the identity endpoint on both api.coze.cn and api.coze.com with the same token: success on one host only means a region problem; failure on both means the token itself is invalid or expired.',
  },
  '700012006': {
    meaning: 'The access token is invalid, close to 4100: the token is wrong or there is no login.',
    fix: 'Check the token text, expiry and region as for 4100; on a self-hosted instance also check that the endpoint supports OpenAPI calls.',
  },
  'token-expired': {
    meaning: 'The token has expired.',
    fix: 'Create a new personal access token (its expiry is fixed at creation); exchange the refresh token for OAuth tokens; get a new service token with the JWT.',
  },
  '4101': {
    meaning: '4101 has two meanings: the token lacks permission for this resource, or the token does not exist in this region.',
    fix: 'Read msg first: if it says the token is incorrect, it is a region problem; otherwise check the token’s permission points, workspaces and the resource ID.',
  },
  '4013': {
    meaning: 'A rate limit was exceeded (4020 and 4009 are usage or concurrency limits too); the token itself is fine.',
    fix: 'Retry with exponential back-off on the client and cap the concurrency of batch jobs.',
  },
  '4015': {
    meaning: 'The bot is not published to the API channel, which is often really the wrong region.',
    fix: 'Publish again with the API channel selected, and make sure the call goes to the host of the bot’s region.',
  },
  '4000': {
    meaning: 'A request parameter is wrong; the token was usually accepted.',
    fix: 'Check required parameters, their names and types against the endpoint’s docs; POST bodies must be JSON.',
  },
  '4200': {
    meaning: 'The resource does not exist; for a workflow run it also means the workflow is not published.',
    fix: 'Check the ID, whether the workflow is published, and whether the resource is in the token’s region and in a workspace it can reach.',
  },
  '401': {
    meaning: 'HTTP 401: the token was not accepted.',
    fix: 'The usual causes, in order: wrong token text, expiry, wrong region. Verify the token with the token check first.',
  },
  '403': {
    meaning: 'HTTP 403: the token is valid but may not access this resource.',
    fix: 'Check permission points, workspace grants and resource IDs, as for 4101.',
  },
  '429': { meaning: 'HTTP 429: too many requests.', fix: 'Lower the request rate and retry with exponential back-off.' },
};

export const lookupMeanings: Readonly<Record<Locale, Meanings>> = { 'zh-CN': zh, en };
