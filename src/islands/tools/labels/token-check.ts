/** Strings of the token check (/tools/token-check/). `{…}` placeholders are filled with `fill()`. */
export interface TokenCheckLabels {
  readonly tokenLabel: string;
  readonly tokenHint: string;
  readonly expectLegend: string;
  readonly expectUnsure: string;
  readonly detected: string;
  readonly fingerprint: string;
  readonly kindTerm: string;
  readonly fingerprintTerm: string;
  readonly run: string;
  readonly tryOtherRegion: string;
  readonly tryOtherRegionHint: string;
  readonly identityHeading: string;
  readonly userName: string;
  readonly nickName: string;
  readonly userId: string;
  readonly region: string;
  readonly regionUnknown: string;
  readonly workspacesHeading: string;
  readonly workspaceName: string;
  readonly workspaceId: string;
  readonly workspaceRole: string;
  readonly workspaceType: string;
  readonly workspacesMissing: string;
  readonly roles: Readonly<Record<'owner' | 'admin' | 'member', string>>;
  readonly types: Readonly<Record<'personal' | 'team', string>>;
  readonly copyReport: string;
  readonly reportTitle: string;
  readonly reportTime: string;
  readonly reportHost: string;
  readonly reportToken: string;
  readonly reportUser: string;
  readonly reportWorkspaces: string;
  readonly reportEvidence: string;
  readonly reportMore: string;
}

export const tokenCheckZh: TokenCheckLabels = {
  tokenLabel: '访问令牌',
  tokenHint: '粘贴 PAT（pat_）、SAT（sat_）或 OAuth 访问令牌（czu_、czs_）。带着“Bearer ”前缀或引号也没关系，页面会先去掉。',
  expectLegend: '你的代码调用的是哪个主机？（可选，用来判断区域是否选错）',
  expectUnsure: '不确定',
  detected: '识别为：{kind}',
  fingerprint: '指纹：{fingerprint}',
  kindTerm: '令牌类型',
  fingerprintTerm: '指纹',
  run: '开始检查',
  tryOtherRegion: '也在 {host} 上检查',
  tryOtherRegionHint: '这种回应常见于区域选错（coze.cn 的令牌发给了 coze.com，或者反过来）。点击后，同一个令牌会同时发往两个官方主机。',
  identityHeading: '身份',
  userName: '用户名',
  nickName: '昵称',
  userId: '用户 ID',
  region: '区域',
  regionUnknown: '无法判断',
  workspacesHeading: '工作空间',
  workspaceName: '名称',
  workspaceId: 'ID',
  workspaceRole: '角色',
  workspaceType: '类型',
  workspacesMissing: '没有取到工作空间列表（见下方提示）。',
  roles: { owner: '所有者', admin: '管理员', member: '成员' },
  types: { personal: '个人空间', team: '团队空间' },
  copyReport: '复制报告',
  reportTitle: 'Coze 鉴权医生：令牌检查报告',
  reportTime: '时间',
  reportHost: '主机',
  reportToken: '令牌',
  reportUser: '用户',
  reportWorkspaces: '工作空间',
  reportEvidence: '证据',
  reportMore: '说明',
};

export const tokenCheckEn: TokenCheckLabels = {
  tokenLabel: 'Access token',
  tokenHint: 'Paste a PAT (pat_), SAT (sat_) or OAuth access token (czu_, czs_). A “Bearer ” prefix or quotes are fine; the page strips them first.',
  expectLegend: 'Which host does your code call? (optional; used to spot a wrong region)',
  expectUnsure: 'Not sure',
  detected: 'Detected: {kind}',
  fingerprint: 'Fingerprint: {fingerprint}',
  kindTerm: 'Token kind',
  fingerprintTerm: 'Fingerprint',
  run: 'Run check',
  tryOtherRegion: 'Also check on {host}',
  tryOtherRegionHint:
    'This answer often means the wrong region (a coze.cn token sent to coze.com, or the reverse). Clicking sends the same token to both official hosts.',
  identityHeading: 'Identity',
  userName: 'User name',
  nickName: 'Nickname',
  userId: 'User ID',
  region: 'Region',
  regionUnknown: 'unknown',
  workspacesHeading: 'Workspaces',
  workspaceName: 'Name',
  workspaceId: 'ID',
  workspaceRole: 'Role',
  workspaceType: 'Type',
  workspacesMissing: 'The workspace list was not available (see the notes below).',
  roles: { owner: 'Owner', admin: 'Admin', member: 'Member' },
  types: { personal: 'Personal', team: 'Team' },
  copyReport: 'Copy report',
  reportTitle: 'Coze Auth Doctor: token check report',
  reportTime: 'Time',
  reportHost: 'Host',
  reportToken: 'Token',
  reportUser: 'User',
  reportWorkspaces: 'Workspaces',
  reportEvidence: 'Evidence',
  reportMore: 'Explained at',
};
