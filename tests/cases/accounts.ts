import type { FailureCase } from './types.ts';

const UPD = 'docs.coze.cn/developer_guides/update_authorization (coze-auth-facts.md §4 Workspace migration)';
const FAQ = 'coze-auth-facts.md §4 Enterprise-level permission points (DOC-faq)';
const LEVEL = '此应用所声明的权限点包含 "企业" 层级，仅企业内的超级管理员或管理员可以授权应用';

/** Workspace migration and team/enterprise permission levels: who the account is decides the fix. */
export const accountCases: readonly FailureCase[] = [
  {
    id: 'upd-pat-after-move',
    source: UPD,
    has: { pasted: { zh: '个人空间迁移到企业后 API 调用鉴权失败', en: 'calls fail after we migrated the workspace into our enterprise' }, tokenKind: 'pat' },
    walks: [{ wizard: 'migrated-workspace', answers: ['pat', 'personal-to-team', 'workspace-or-account'] }],
    expect: { step: 'migrated-workspace#pat-recreate', lookup: 'migrated-workspace#auth-type' },
  },
  {
    id: 'upd-pat-member-needs-admin',
    source: UPD,
    has: { tokenKind: 'pat', token: 'patMemberCn', appHost: 'cn', fake: { cn: 'valid', com: 'invalid-token' } },
    walks: [{ wizard: 'migrated-workspace', answers: ['pat', 'personal-to-team', 'team-level', '@check'] }],
    expect: { step: 'migrated-workspace#ask-admin', verdict: 'valid' },
  },
  {
    id: 'upd-obo-not-prepared',
    source: UPD,
    has: { tokenKind: 'czu', token: 'patValidCn', appHost: 'cn' },
    walks: [{ wizard: 'migrated-workspace', answers: ['obo', 'personal-to-team', '@check', 'not-added'] }],
    expect: { step: 'migrated-workspace#obo-reauthorize' },
  },
  {
    id: 'upd-obo-compat-code-both-fail',
    source: `${UPD}: compat is code that falls back on 4100/4101`,
    defects: ['branch-defect'],
    has: { tokenKind: 'czu', token: 'patValidCn', appHost: 'cn' },
    walks: [{ wizard: 'migrated-workspace', answers: ['obo', 'personal-to-team', '@check', 'added', 'all-calls-fail'] }],
    expect: { step: 'migrated-workspace#compat-both-fail' },
  },
  {
    id: 'upd-appauth-compat-code-both-fail',
    source: `${UPD}: compat is code that falls back on 4100/4101`,
    defects: ['branch-defect'],
    has: { tokenKind: 'czs', token: 'oauthServiceCn', appHost: 'cn' },
    walks: [{ wizard: 'migrated-workspace', answers: ['appauth', 'personal-to-team', '@check', 'added', 'all-calls-fail'] }],
    expect: { step: 'migrated-workspace#compat-both-fail' },
  },
  {
    id: 'upd-appauth-not-prepared',
    source: UPD,
    has: { tokenKind: 'czs', token: 'oauthServiceCn', appHost: 'cn' },
    walks: [{ wizard: 'migrated-workspace', answers: ['appauth', 'personal-to-team', '@check', 'not-added'] }],
    expect: { step: 'migrated-workspace#appauth-reauthorize' },
  },
  {
    id: 'upd-not-all-workspaces',
    source: `${UPD} (grant all workspaces)`,
    has: { tokenKind: 'czs', token: 'oauthServiceCn', appHost: 'cn' },
    walks: [{ wizard: 'migrated-workspace', answers: ['appauth', 'personal-to-team', '@check', 'added', 'some-workspaces'] }],
    expect: { step: 'migrated-workspace#grant-all-workspaces' },
  },
  {
    id: 'upd-old-app-disabled',
    source: `${UPD} (do not disable or delete the old OAuth app)`,
    has: { tokenKind: 'czu', token: 'patValidCn', appHost: 'cn' },
    walks: [{ wizard: 'migrated-workspace', answers: ['obo', 'personal-to-team', '@check', 'added', 'old-app-disabled'] }],
    expect: { step: 'migrated-workspace#keep-old-app' },
  },
  {
    id: 'upd-old-conversations',
    source: `${UPD} (API conversations belong to the user)`,
    has: { tokenKind: 'czs', token: 'oauthServiceCn', appHost: 'cn' },
    walks: [{ wizard: 'migrated-workspace', answers: ['appauth', 'personal-to-team', '@check', 'added', 'old-conversations'] }],
    expect: { step: 'migrated-workspace#conversations-belong-to-user' },
  },
  {
    id: 'upd-standard-to-flagship',
    source: `${UPD} (企业标准版 → 旗舰版 needs no migration)`,
    has: { tokenKind: 'pat' },
    walks: [{ wizard: 'migrated-workspace', answers: ['pat', 'standard-to-flagship'] }],
    expect: { step: 'migrated-workspace#no-migration-needed' },
  },
  {
    id: 'seed000-cztei-token-after-move',
    source: 'seeds/000_936d52722534d2ff.txt (a cztei_ token) and coze-auth-facts.md §2 (cztei_ unknown issuer)',
    has: { tokenKind: 'cztei' },
    walks: [{ wizard: 'migrated-workspace', answers: ['not-sure', 'other'] }],
    expect: { step: 'migrated-workspace#identify-credential' },
  },
  {
    id: 'faq-enterprise-points-personal-account',
    source: FAQ,
    has: { pasted: { zh: LEVEL }, tokenKind: 'pat', token: 'patPersonalCn', appHost: 'cn', fake: { cn: 'valid', com: 'invalid-token' } },
    walks: [{ wizard: 'team-scope-rejected', answers: ['pat', '@check'] }],
    expect: { step: 'team-scope-rejected#switch-account', lookup: 'team-scope-rejected#credential-type', verdict: 'valid' },
  },
  {
    id: 'faq-enterprise-points-member-drops-them',
    source: FAQ,
    has: {
      pasted: { en: 'The permission points declared by this app include the "enterprise" level; only super admins or admins can authorize it' },
      tokenKind: 'pat',
      token: 'patMemberCn',
      appHost: 'cn',
    },
    walks: [{ wizard: 'team-scope-rejected', answers: ['pat', '@check', 'can-drop'] }],
    expect: { step: 'team-scope-rejected#drop-enterprise-points', lookup: 'team-scope-rejected#credential-type' },
  },
  {
    id: 'faq-enterprise-points-member-needs-them',
    source: FAQ,
    has: { tokenKind: 'czu', token: 'oauthUserCn', appHost: 'cn' },
    walks: [{ wizard: 'team-scope-rejected', answers: ['oauth-app', '@check', 'need-them'] }],
    expect: { step: 'team-scope-rejected#ask-admin' },
  },
  {
    id: 'faq-enterprise-points-admin-still-rejected',
    source: FAQ,
    has: { tokenKind: 'pat', token: 'patValidCn', appHost: 'cn' },
    walks: [{ wizard: 'team-scope-rejected', answers: ['pat', '@check', 'team-account', 'org-admin'] }],
    expect: { step: 'team-scope-rejected#admin-still-rejected' },
  },
];
