import type { FailureCase } from './types.ts';

/** Projects that failed because they picked an auth method that cannot do what they need. */
export const chooseAuthCases: readonly FailureCase[] = [
  {
    id: 'xiaozhi63-pat-expires-monthly',
    source: 'https://github.com/joey-zhou/xiaozhi-esp32-server-java/issues/63 (coze-auth-facts.md §8.3)',
    has: { tokenKind: 'pat' },
    walks: [{ wizard: 'choose-auth', answers: ['server-job', 'own-resources', 'beyond-30-days', 'long-lived-token'] }],
    expect: { step: 'choose-auth#use-sat' },
  },
  {
    id: 'seed003-scope-cannot-add-points',
    source: 'seeds/003_2bd5d196a2a6ce68.txt (scope with createBot rejected; coze-auth-facts.md §3 scope is channel-only)',
    has: { tokenKind: 'czs' },
    walks: [{ wizard: 'choose-auth', answers: ['server-job', 'own-resources', 'beyond-30-days', 'short-lived-tokens'] }],
    expect: { step: 'choose-auth#use-jwt-service' },
  },
  {
    id: 'seed004-users-on-coze-com-with-backend',
    source: 'seeds/004_3474b67ee014d3a2.txt (coze.com OAuth web app with a callback)',
    has: { tokenKind: 'czu' },
    walks: [{ wizard: 'choose-auth', answers: ['server-job', 'users-resources', 'yes'] }],
    expect: { step: 'choose-auth#use-oauth-web' },
  },
  {
    id: 'js149-browser-only-app',
    source: 'https://github.com/coze-dev/coze-js/issues/149 (maintainer: PKCE for browser-only apps)',
    has: { tokenKind: 'czu' },
    walks: [{ wizard: 'choose-auth', answers: ['browser-app', 'coze-users', 'no'] }],
    expect: { step: 'choose-auth#use-oauth-pkce' },
  },
  {
    id: 'facts-cli-for-other-people',
    source: 'coze-auth-facts.md §3 Device code (coze-js refuses getDeviceCode in the browser)',
    has: { tokenKind: 'czu' },
    walks: [{ wizard: 'choose-auth', answers: ['device-cli', 'end-users'] }],
    expect: { step: 'choose-auth#use-oauth-device' },
  },
  {
    id: 'facts-anonymous-visitors-czs-on-page',
    source: 'coze-auth-facts.md §3 JWT (scope honoured only for channel apps) and §6 (getJWTToken refused in the browser)',
    defects: ['branch-defect'],
    has: { tokenKind: 'czs' },
    walks: [{ wizard: 'choose-auth', answers: ['browser-app', 'anonymous-visitors'] }],
    expect: { step: 'choose-auth#use-jwt-for-visitors' },
  },
  {
    id: 'facts-channel-platform',
    source: 'coze-auth-facts.md §3 JWT (channel apps, Connector.botChat scope)',
    has: { tokenKind: 'czs' },
    walks: [{ wizard: 'choose-auth', answers: ['channel'] }],
    expect: { step: 'choose-auth#use-jwt-channel' },
  },
  {
    id: 'privilege-app-admin',
    source: 'coze-sdk-gen docs/api-markdown/oauth_jwt_privilege.md (super admin or admin, default organization)',
    has: { tokenKind: 'pat', token: 'patValidCn', appHost: 'cn' },
    walks: [{ wizard: 'choose-auth', answers: ['enterprise-automation', 'whole-enterprise', '@check'] }],
    expect: { step: 'choose-auth#use-jwt-enterprise' },
  },
  {
    id: 'privilege-app-member',
    source: 'coze-sdk-gen docs/api-markdown/oauth_jwt_privilege.md (role limit: super admin or admin)',
    has: { tokenKind: 'pat', token: 'patMemberCn', appHost: 'cn' },
    walks: [{ wizard: 'choose-auth', answers: ['enterprise-automation', 'whole-enterprise', '@check'] }],
    expect: { step: 'choose-auth#enterprise-admin-needed' },
  },
  {
    id: 'seed004-pat-for-local-testing',
    source: 'seeds/004_3474b67ee014d3a2.txt (PAT 30 days, for development testing)',
    has: { tokenKind: 'pat' },
    walks: [{ wizard: 'choose-auth', answers: ['quick-test', 'local'] }],
    expect: { step: 'choose-auth#use-pat' },
  },
];
