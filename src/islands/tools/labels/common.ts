import type { Region, RequestPurpose, TokenKind } from '~/probes';
import { reportLabels, type ReportLabels } from '~/report/labels';
import { offlineEn, offlineZh, type OfflineLabels } from '~/islands/tools/labels/offline';

/** Chrome shared by every tool page: host field, preview, progress, verdict, evidence, offline path. */
export interface CommonLabels extends OfflineLabels {
  /** The support report and its copy button (src/report/labels.ts). */
  readonly report: ReportLabels;
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
  readonly copy: string;
  readonly copied: string;
  readonly copyFailed: string;
  readonly none: string;
  readonly noscript: string;
  readonly reveal: string;
  readonly hide: string;
  readonly expires: string;
  readonly expiresIn: string;
  readonly expiredAlready: string;
}

export const commonZh: CommonLabels = {
  report: reportLabels['zh-CN'],
  ...offlineZh,
  hostLegend: 'API 主机',
  hostCn: 'coze.cn（扣子，api.coze.cn）',
  hostCom: 'coze.com（国际，api.coze.com）',
  hostAuto: '自动：同时询问两个主机',
  hostCustom: '自定义 API 地址',
  baseUrl: '自定义 API 地址',
  baseUrlHint:
    '例如在本机运行的 Coze Studio：http://127.0.0.1:8888（纯 http 只允许本机地址）。只能在这里手动输入，链接无法设置它。公开站点的内容安全策略只放行扣子官方主机和本机地址；其他地址需要在自己电脑上用 COZE_EXTRA_CONNECT_SRC 运行本站，或走命令行路线。',
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
  purposes: {
    identity: '身份（users/me）',
    workspaces: '工作空间列表',
    refresh: '刷新令牌',
    'jwt-exchange': 'JWT 换取令牌',
    'code-exchange': '授权码换取令牌',
    'device-code': '获取设备码',
    'device-token': '设备码轮询',
  },
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
  copy: '复制',
  copied: '已复制',
  copyFailed: '无法写入剪贴板，请手动选中文本复制。',
  none: '—',
  reveal: '显示',
  hide: '隐藏',
  expires: '过期时间：{date}（{relative}）',
  expiresIn: '{n} 分钟后',
  expiredAlready: '已经过期',
  noscript: '这个工具需要 JavaScript 才能运行。也可以阅读下方链接的说明，在自己的终端里运行同样的请求。',
};

export const commonEn: CommonLabels = {
  report: reportLabels.en,
  ...offlineEn,
  hostLegend: 'API host',
  hostCn: 'coze.cn (China, api.coze.cn)',
  hostCom: 'coze.com (international, api.coze.com)',
  hostAuto: 'Auto: ask both hosts at once',
  hostCustom: 'Custom API base URL',
  baseUrl: 'Custom API base URL',
  baseUrlHint:
    'For example a Coze Studio running on this computer: http://127.0.0.1:8888 (plain http only on this computer). It can only be typed here, never set by a link. On the public site the Content Security Policy allows only the official Coze hosts and this computer; for any other host, run this site yourself with COZE_EXTRA_CONNECT_SRC, or take the command-line route.',
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
  purposes: {
    identity: 'Identity (users/me)',
    workspaces: 'Workspace list',
    refresh: 'Refresh',
    'jwt-exchange': 'JWT exchange',
    'code-exchange': 'Code exchange',
    'device-code': 'Device code',
    'device-token': 'Device code poll',
  },
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
  copy: 'Copy',
  copied: 'Copied',
  copyFailed: 'Could not write to the clipboard; select the text and copy it by hand.',
  none: '—',
  reveal: 'Show',
  hide: 'Hide',
  expires: 'Expires: {date} ({relative})',
  expiresIn: 'in {n} minutes',
  expiredAlready: 'already expired',
  noscript: 'This tool needs JavaScript. You can also read the guide linked below and run the same request in your own terminal.',
};
