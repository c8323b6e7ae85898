import type { Region, RequestPurpose, TokenKind } from '~/probes';

/** Chrome shared by every tool page: host field, preview, progress, verdict, evidence, offline path. */
export interface CommonLabels {
  readonly hostLegend: string;
  readonly hostCn: string;
  readonly hostCom: string;
  readonly hostAuto: string;
  readonly hostCustom: string;
  readonly baseUrl: string;
  readonly baseUrlHint: string;
  readonly previewHeading: string;
  readonly previewIntro: string;
  readonly previewWaiting: string;
  readonly previewConditional: string;
  readonly running: string;
  readonly elapsed: string;
  readonly hostWaiting: string;
  readonly cancel: string;
  readonly cancelled: string;
  readonly failed: string;
  readonly resultHeading: string;
  readonly announceDone: string;
  readonly verdictLabel: string;
  readonly uncertain: string;
  readonly explainWizard: string;
  readonly explainGuide: string;
  readonly notesHeading: string;
  readonly evidenceHeading: string;
  readonly evidenceRequest: string;
  readonly evidenceHost: string;
  readonly evidenceStatus: string;
  readonly evidenceCode: string;
  readonly evidenceMessage: string;
  readonly evidenceLogid: string;
  readonly evidenceAttempts: string;
  readonly evidenceNoAnswer: string;
  readonly purposes: Readonly<Record<RequestPurpose, string>>;
  readonly regions: Readonly<Record<Region, string>>;
  readonly kinds: Readonly<Record<TokenKind, string>>;
  readonly problemAt: string;
  readonly copy: string;
  readonly copied: string;
  readonly copyFailed: string;
  readonly offlineHeading: string;
  readonly offlineIntro: string;
  readonly offlinePointer: string;
  readonly offlineLink: string;
  readonly commandFor: string;
  readonly commandCurl: string;
  readonly commandPowerShell: string;
  readonly commandUnmask: string;
  readonly commandUnmaskHint: string;
  readonly commandNeedsInput: string;
  readonly pasteLabel: string;
  readonly pasteHint: string;
  readonly pasteRun: string;
  readonly pasteHeading: string;
  readonly pasteFormat: string;
  readonly pasteFormats: Readonly<Record<'json' | 'http' | 'powershell' | 'text', string>>;
  readonly pasteErrors: Readonly<Record<'empty' | 'no-response-found' | 'too-long', string>>;
  readonly none: string;
}

export const commonZh: CommonLabels = {
  hostLegend: 'API 主机',
  hostCn: 'coze.cn（扣子，api.coze.cn）',
  hostCom: 'coze.com（国际，api.coze.com）',
  hostAuto: '自动：同时询问两个主机',
  hostCustom: '自定义 API 地址',
  baseUrl: '自定义 API 地址',
  baseUrlHint: '例如自部署的 Coze Studio：https://coze.example.com。只能在这里手动输入，链接无法设置它；公开站点的内容安全策略只放行扣子官方主机和本机地址。',
  previewHeading: '将要发送的请求',
  previewIntro: '点击之前不会发送任何请求。令牌以指纹显示。',
  previewWaiting: '填好上面的内容后，这里会列出将要发送的请求。',
  previewConditional: '仅当上一个请求成功时才发送',
  running: '正在检查…',
  elapsed: '已用 {n} 秒',
  hostWaiting: '等待回应',
  cancel: '取消',
  cancelled: '已取消，没有得出结论。输入内容都还在，可以重新运行。',
  failed: '出了意外的问题，检查没有完成。输入内容都还在，可以重试。',
  resultHeading: '检查结果',
  announceDone: '检查完成：{title}',
  verdictLabel: '结论',
  uncertain: '这个结论依据的事实尚未得到官方确认，请结合证据判断。',
  explainWizard: '下一步：{title}',
  explainGuide: '阅读说明：{title}',
  notesHeading: '提示',
  evidenceHeading: '证据',
  evidenceRequest: '请求',
  evidenceHost: '主机',
  evidenceStatus: 'HTTP 状态',
  evidenceCode: '错误码',
  evidenceMessage: '消息',
  evidenceLogid: 'logid',
  evidenceAttempts: '发送次数',
  evidenceNoAnswer: '没有收到回应',
  purposes: { identity: '身份（users/me）', workspaces: '工作空间列表', refresh: '刷新令牌', 'jwt-exchange': 'JWT 换取令牌' },
  regions: { cn: 'coze.cn（api.coze.cn）', com: 'coze.com（api.coze.com）', custom: '自定义地址' },
  kinds: {
    pat: '个人访问令牌（PAT）',
    sat: '服务访问令牌（SAT）',
    'oauth-user': 'OAuth 用户访问令牌（czu_）',
    'oauth-service': 'OAuth 服务令牌（由 JWT 换取，czs_）',
    cztei: 'cztei_ 令牌（签发方尚未得到官方确认）',
    jwt: 'JWT 断言（用来换取令牌，本身不是访问令牌）',
    'client-id': 'OAuth 应用的客户端 ID（不是令牌）',
    'app-id': 'JWT 应用 ID（不是令牌）',
    'auth-code': '授权码 code_（不是令牌）',
    'maybe-refresh-token': '看起来像 OAuth 刷新令牌',
    unknown: '无法从格式判断',
  },
  problemAt: '位置：第 {column} 个字符（{codePoint}）。',
  copy: '复制',
  copied: '已复制',
  copyFailed: '无法写入剪贴板，请手动选中文本复制。',
  offlineHeading: '不经过浏览器：自己运行命令，粘贴响应',
  offlineIntro: '同样的请求可以在你自己的终端里运行。命令里默认用占位符代替密钥，运行前换成你的值；再把输出粘贴到下面，页面只在本地分析这段文本，不会发送。',
  offlinePointer: '浏览器没能拿到 API 的回应。请改用终端运行同样的请求，再把输出粘贴回来。',
  offlineLink: '前往“粘贴响应”',
  commandFor: '命令对应的请求',
  commandCurl: 'curl（macOS、Linux、Git Bash）',
  commandPowerShell: 'PowerShell（Windows）',
  commandUnmask: '复制时填入我输入的真实值',
  commandUnmaskHint: '勾选后命令里会包含你的密钥，只应粘贴到你自己的终端。',
  commandNeedsInput: '先填好上面的内容，这里才能生成命令。',
  pasteLabel: '粘贴响应',
  pasteHint: '可以粘贴 JSON 响应体，也可以粘贴 curl -i 或 PowerShell 命令的完整输出。',
  pasteRun: '分析响应',
  pasteHeading: '粘贴响应的分析结果',
  pasteFormat: '读取方式：{format}',
  pasteFormats: { json: 'JSON 响应体', http: 'HTTP 响应（状态行 + 头 + 正文）', powershell: 'PowerShell 输出', text: '纯文本' },
  pasteErrors: {
    empty: '粘贴框是空的。',
    'no-response-found': '没能在粘贴的内容里找到 API 响应。请粘贴 JSON 正文或命令的完整输出。',
    'too-long': '粘贴的内容太长，请只粘贴这一次请求的输出。',
  },
  none: '—',
};

export const commonEn: CommonLabels = {
  hostLegend: 'API host',
  hostCn: 'coze.cn (China, api.coze.cn)',
  hostCom: 'coze.com (international, api.coze.com)',
  hostAuto: 'Auto: ask both hosts at once',
  hostCustom: 'Custom API base URL',
  baseUrl: 'Custom API base URL',
  baseUrlHint: 'For example a self-hosted Coze Studio: https://coze.example.com. It can only be typed here, never set by a link; on the public site the Content Security Policy allows only the official Coze hosts and this computer.',
  previewHeading: 'Requests that will be sent',
  previewIntro: 'Nothing is sent until you click. The token is shown as its fingerprint.',
  previewWaiting: 'Fill in the fields above and the requests will be listed here.',
  previewConditional: 'sent only if the previous request succeeds',
  running: 'Checking…',
  elapsed: '{n} s so far',
  hostWaiting: 'waiting for an answer',
  cancel: 'Cancel',
  cancelled: 'Cancelled; no verdict. Your input is still here, so you can run it again.',
  failed: 'Something unexpected went wrong and the check did not finish. Your input is still here, so you can try again.',
  resultHeading: 'Result',
  announceDone: 'Check finished: {title}',
  verdictLabel: 'Verdict',
  uncertain: 'This verdict rests on a fact that is not officially confirmed; weigh it against the evidence.',
  explainWizard: 'Next step: {title}',
  explainGuide: 'Read more: {title}',
  notesHeading: 'Notes',
  evidenceHeading: 'Evidence',
  evidenceRequest: 'Request',
  evidenceHost: 'Host',
  evidenceStatus: 'HTTP status',
  evidenceCode: 'Code',
  evidenceMessage: 'Message',
  evidenceLogid: 'logid',
  evidenceAttempts: 'Attempts',
  evidenceNoAnswer: 'no answer',
  purposes: { identity: 'Identity (users/me)', workspaces: 'Workspace list', refresh: 'Refresh', 'jwt-exchange': 'JWT exchange' },
  regions: { cn: 'coze.cn (api.coze.cn)', com: 'coze.com (api.coze.com)', custom: 'custom base URL' },
  kinds: {
    pat: 'Personal access token (PAT)',
    sat: 'Service access token (SAT)',
    'oauth-user': 'OAuth user access token (czu_)',
    'oauth-service': 'OAuth service token from a JWT (czs_)',
    cztei: 'cztei_ token (issuer not officially confirmed)',
    jwt: 'JWT assertion (exchanged for a token; not an access token itself)',
    'client-id': 'OAuth app client ID (not a token)',
    'app-id': 'JWT app ID (not a token)',
    'auth-code': 'Authorization code code_ (not a token)',
    'maybe-refresh-token': 'Looks like an OAuth refresh token',
    unknown: 'Shape not recognised',
  },
  problemAt: 'Position: character {column} ({codePoint}).',
  copy: 'Copy',
  copied: 'Copied',
  copyFailed: 'Could not write to the clipboard; select the text and copy it by hand.',
  offlineHeading: 'Without the browser: run the command yourself, paste the response',
  offlineIntro: 'You can run the same request in your own terminal. The commands use placeholders for secrets by default; replace them before running. Paste the output below: the page reads it locally and sends nothing.',
  offlinePointer: 'The browser could not get an answer from the API. Run the same request in a terminal instead and paste the output back.',
  offlineLink: 'Go to “Paste the response”',
  commandFor: 'Request for the command',
  commandCurl: 'curl (macOS, Linux, Git Bash)',
  commandPowerShell: 'PowerShell (Windows)',
  commandUnmask: 'Fill in the real values I typed when copying',
  commandUnmaskHint: 'When ticked, the command contains your secret: paste it only into your own terminal.',
  commandNeedsInput: 'Fill in the fields above first; the commands are built from them.',
  pasteLabel: 'Paste the response',
  pasteHint: 'Paste the JSON body, or the whole output of the curl -i or PowerShell command.',
  pasteRun: 'Read the response',
  pasteHeading: 'Reading of the pasted response',
  pasteFormat: 'Read as: {format}',
  pasteFormats: { json: 'JSON body', http: 'HTTP response (status line, headers, body)', powershell: 'PowerShell output', text: 'plain text' },
  pasteErrors: {
    empty: 'The paste box is empty.',
    'no-response-found': 'No API response found in the pasted text. Paste the JSON body or the whole output of the command.',
    'too-long': 'The pasted text is too long; paste only the output of this one request.',
  },
  none: '—',
};
