import type { QuestionCopy, WizardCopy } from '~/wizards/engine/types';

const DOC = '`https://docs.coze.cn/developer_guides/update_authorization`';
const ME = '`curl -s https://api.coze.cn/v1/users/me -H "Authorization: Bearer <YOUR_TOKEN>"`';
const SPACES = '`curl -s "https://api.coze.cn/v1/workspaces?page_num=1&page_size=50" -H "Authorization: Bearer <YOUR_TOKEN>"`';

// The same question opens all three branches; the title names the branch so the outline and breadcrumb tell them apart.
const movedFrom = (kind: string): QuestionCopy => ({
  title: `How did the workspace move? (${kind})`,
  body: 'Existing API authorizations stop working only when a workspace moves from the personal edition or 扣子专业版 into a team or enterprise. Upgrading from 企业标准版 (Enterprise Standard) to 旗舰版 (Flagship) needs no migration.',
  answers: {
    'personal-to-team': 'It moved from personal or 专业版 into a team or enterprise',
    'standard-to-flagship': 'We upgraded from Enterprise Standard to Flagship',
    'no-move': 'It never moved; none of the above',
  },
});

const role = (kind: string, who: string): QuestionCopy => ({
  title: `What is your role in the team or enterprise? (${kind})`,
  body:
    `${who} only a team or enterprise **super admin or admin** can do that. Answer by hand, or check automatically with any working token of your current account (for example a newly created personal access token): ` +
    'the check calls `GET /v1/workspaces` and reads your `role_type` in team and enterprise workspaces. A token from before the migration has most likely stopped working, so the check fails; then just answer by hand. ' +
    'Note: being a workspace owner or admin is **evidence**, not proof, that you are a team or enterprise super admin or admin.',
  answers: {
    admin: 'I am a super admin or admin of the team or enterprise',
    member: 'I am in the team or enterprise, but only as a member',
    'personal-only': 'I only have a personal account, not in any team or enterprise',
  },
});

const symptom = (kind: string): QuestionCopy => ({
  title: `Your code held both the new and the old authorization. What fails now? (${kind})`,
  answers: {
    'all-calls-fail': 'Every call fails authentication',
    'some-workspaces': 'Resources in some workspaces say "no permission" (for example `4101`)',
    'old-app-disabled': 'The old personal OAuth app was disabled or deleted',
    'old-conversations': 'New conversations work; only conversations created before the move fail',
  },
});

export default {
  title: 'Auth failed after a workspace migration',
  description:
    'A workspace moved from the personal edition or 专业版 into a team or enterprise, and API calls now fail authentication: find out, per auth method, who must do what: recreate a token, re-authorize, keep the old app, start new conversations.',
  steps: {
    'auth-type': {
      title: 'Which kind of authorization do your production calls use?',
      body: 'The official migration page names three kinds: personal access tokens, OBO authorization (authorization code, PKCE, device code) and AppAuth authorization (service apps).',
      answers: {
        pat: 'Personal access token (starts with `pat_`)',
        obo: 'OBO: users sign in and authorize (authorization code / PKCE / device code)',
        appauth: 'AppAuth: a service app that exchanges a JWT for tokens',
        'not-sure': 'Not sure',
      },
    },
    'token-prefix': {
      title: 'What does the token in the request header start with?',
      body: 'Look at the prefix of the string after `Authorization: Bearer`. Do not paste the token anywhere.',
      answers: {
        pat: '`pat_`',
        czu: '`czu_` (an access token from a user authorization)',
        czs: '`czs_` (a service token obtained with a JWT)',
        other: 'Another prefix, such as `sat_` or `cztei_`',
      },
    },
    'pat-moved-from': movedFrom('personal access token'),
    'obo-moved-from': movedFrom('OBO'),
    'appauth-moved-from': movedFrom('AppAuth'),
    'pat-points': {
      title: 'Does the new token need any team/enterprise-level permission points?',
      body: 'Permission points have three levels: enterprise (team/enterprise), workspace and account. Team/enterprise-level points can only be granted to tokens created by a super admin or admin.',
      answers: {
        'workspace-or-account': 'No, only workspace-level or account-level points',
        'team-level': 'Yes, some are team/enterprise-level',
        'not-sure': 'Not sure',
      },
    },
    'pat-role': role('personal access token', 'Creating a token with team/enterprise-level points:'),
    'obo-role': role('OBO', 'Creating or authorizing an OAuth app in a team or enterprise:'),
    'appauth-role': role('AppAuth', 'Creating or authorizing an OAuth app (service apps included) in a team or enterprise:'),
    'obo-compat': {
      title: 'Before the move, was your OAuth app ready for "new + old authorization" (新+旧授权兼容)?',
      body: `The official page asks a super admin to add new-plus-old authorization compatibility **before** migrating (${DOC}), but names no console switch for it. This site's migration guide reads it as code: a new authorization for the team workspace, obtained before the move, and code that can use either the new or the old one.`,
      answers: {
        added: 'Yes: we had a new authorization and our code could use either one',
        'not-added': 'No, we migrated without preparing',
        'not-sure': 'Not sure',
      },
    },
    'appauth-compat': {
      title: 'Before the move, was your service app ready for "new + old authorization" (新+旧授权兼容)?',
      body: `The official page asks a super admin to add new-plus-old authorization compatibility **before** migrating (${DOC}), but names no console switch for it. This site's migration guide reads it as code: a new authorization for the team workspace, obtained before the move, and code that can use either the new or the old one.`,
      answers: {
        added: 'Yes: we had a new authorization and our code could use either one',
        'not-added': 'No, we migrated without preparing',
        'not-sure': 'Not sure',
      },
    },
    'obo-symptom': symptom('OBO'),
    'appauth-symptom': symptom('AppAuth'),

    'pat-recreate': {
      title: 'Create a new personal access token that can reach the team workspace',
      problem:
        'Moving the workspace into a team or enterprise invalidated the old API authorization. The old personal access token has no access to the team workspace, so create a new one.',
      steps: [
        'Sign in to Coze and open `https://www.coze.cn/open/oauth/pats` (or, at `https://code.coze.cn/home`, go to **API & SDK → 授权 → 个人访问令牌**).',
        'Add a new token. Under **访问团队空间** (access team workspaces), select the migrated team or enterprise workspace.',
        'Tick the permission points your code really calls (for example `chat`, `listWorkspace`); a missing point makes the API answer `4101`.',
        'Pick the expiry: on coze.cn a personal access token lasts at most one month and the expiry cannot be changed later, so note the date.',
        'If you are told the permission points include the team/enterprise level, drop those points or ask a super admin or admin to create the token (see this site\'s "Permission points include the team/enterprise level" wizard).',
        'Replace the old token in your production configuration, then restart or reload the service.',
        `The full official instructions: ${DOC}.`,
      ],
      verify: [
        `Run ${ME}; \`"code":0\` means the token works.`,
        `Run ${SPACES}; the migrated workspace should be listed with \`workspace_type\` \`team\`.`,
        "Or use this site's token check tool; the token goes only to the Coze API host you pick.",
      ],
    },
    'obo-reauthorize': {
      title: 'Have your users go through OAuth authorization again',
      problem:
        'The move invalidated the old OBO authorizations (tokens and refresh tokens from authorization code, PKCE or device code), and no new authorization was ready to take over. Refreshing cannot bring them back; users must authorize again.',
      steps: [
        `Ask a team or enterprise super admin or admin to update the authorization as ${DOC} describes; in an enterprise only they may create or authorize OAuth apps.`,
        'Open `https://www.coze.cn/open/oauth/apps` (or **API & SDK → 授权 → OAuth 应用**) and find the existing app. **Do not disable or delete** the old personal OAuth app.',
        'Have every user go through the same authorization flow again (authorization code, PKCE or device code), choosing **all workspaces** when authorizing.',
        'Replace the stored `access_token` and `refresh_token` with the new ones; the old refresh token is dead, do not refresh with it.',
        'Conversations created through the API before the move belong to the user, and the bot cannot read them after the move; create new conversations for your users.',
      ],
      verify: [
        `With the new access token, run ${ME}; it returns \`"code":0\`.`,
        `Run ${SPACES} and confirm the migrated team workspace is listed.`,
        'Access tokens expire after 15 minutes; then refresh once with the new refresh token and check that you get the next pair (each refresh token works only once).',
      ],
      uncertain:
        'The official page does not say where, if anywhere, the console offers a "new + old authorization compatibility" setting; this site treats it as code logic, as its migration guide does.',
    },
    'appauth-reauthorize': {
      title: 'Re-authorize the service app, then get a fresh token',
      problem:
        "The move invalidated the service app's (AppAuth) old authorization, no new one was ready to take over, and tokens obtained with its JWT cannot reach the migrated workspace.",
      steps: [
        `Ask a team or enterprise super admin or admin to re-authorize the app as ${DOC} describes; in an enterprise only they may create or authorize OAuth apps.`,
        'Find the service app at `https://www.coze.cn/open/oauth/apps` (or **API & SDK → 授权 → OAuth 应用**). **Do not disable or delete** the old personal OAuth app.',
        'Choose **all workspaces** as the scope of the authorization.',
        'Sign a new JWT (`iss` = the app ID, `aud` = `api.coze.cn`, `kid` = the public key fingerprint, a different `jti` every time) and call `POST https://api.coze.cn/api/permission/oauth2/token` for a new `czs_` token.',
        'Service tokens cannot be refreshed and last at most 24 hours (`duration_seconds` up to 86399); let the service sign a new JWT whenever it needs a token. Each JWT works only once.',
        'Conversations created through the API before the move belong to the user, and the bot cannot read them after the move; create new ones.',
      ],
      verify: [
        `With the new token, run ${ME}; it returns \`"code":0\`.`,
        `Run ${SPACES} and confirm the migrated team workspace is listed.`,
        "If the exchange fails, check the JWT header and payload with this site's JWT inspector.",
      ],
      uncertain: 'We have not verified where in the console a service app is re-authorized; follow the official page.',
    },
    'ask-admin': {
      title: 'A team or enterprise super admin or admin has to do this step',
      problem:
        'After a migration, only a team or enterprise super admin or admin can update authorizations: add new-plus-old compatibility, create or authorize OAuth apps, and create tokens with team/enterprise-level points. Your current account cannot.',
      steps: [
        `Send ${DOC} to a super admin or admin, and tell them which auth method, which app or token, which call fails and the \`logid\` it returned.`,
        'Ask them to update the authorization as described: choose **all workspaces** when authorizing OAuth apps; personal access tokens that need team/enterprise-level points must be created by them.',
        'Remind them **not to disable or delete** the old personal OAuth app.',
        'If you do have a team or enterprise admin account, click your avatar at the bottom left and switch to it first.',
        'If workspace-level or account-level points are enough, you can create a new personal access token yourself and select the team workspace under **访问团队空间**.',
      ],
      verify: [`After the update, run ${ME} with the new token; it returns \`"code":0\`.`, `Run ${SPACES} and confirm the migrated team workspace is listed.`],
    },
    'grant-all-workspaces': {
      title: 'Choose "all workspaces" when authorizing',
      problem:
        'The token itself works, but the authorization does not cover every migrated workspace, so resources in some of them answer `4101` (no permission).',
      steps: [
        `Ask a super admin or admin to authorize again as ${DOC} describes, choosing **all workspaces**.`,
        'OBO: have the user authorize once more and replace the stored token and refresh token. AppAuth: sign a new JWT and get a new token.',
        'Check the permission points again: a missing point for an API also answers `4101`.',
      ],
      verify: [`Run ${SPACES}; the workspace of the failing resource should be listed.`, 'Repeat the call that failed; it no longer answers `4101`.'],
    },
    'keep-old-app': {
      title: 'Bring back the old personal OAuth app',
      problem:
        'The official migration notes say to keep the old personal OAuth app: do not disable or delete it. Once it is disabled, the authorizations and tokens that rely on it fail.',
      steps: [
        'Open `https://www.coze.cn/open/oauth/apps` (or **API & SDK → 授权 → OAuth 应用**) and find the old personal OAuth app.',
        'If it was disabled, enable it again.',
        `If it was deleted, the only way is to create the app again under the team or enterprise and authorize it again as ${DOC} describes (super admin or admin only), then put the new \`client_id\` and keys into your code.`,
      ],
      verify: [`Run ${ME}; it returns \`"code":0\`.`, 'Token requests no longer fail with `access_deny` (the error for an app its owner has deactivated).'],
      uncertain: 'Public material does not say whether a deleted app can be restored; assume it cannot.',
    },
    'conversations-belong-to-user': {
      title: 'Old conversations are out of reach: create new ones',
      problem:
        'A conversation created through the API belongs to the user who created it. After the move the bot cannot read those old conversations, so reusing an old `conversation_id` fails or loses its context.',
      steps: [
        'Stop reusing the `conversation_id` values saved before the move.',
        'With the new post-migration authorization, create a new conversation per user (`POST https://api.coze.cn/v1/conversation/create`) and store the new `conversation_id`.',
        'If your product needs the earlier context, provide what matters again in the new conversation; old conversations cannot be handed over to the bot.',
      ],
      verify: ['Chat in the new conversation and get a normal answer.', 'List the messages of the new conversation and see the ones you just sent.'],
    },
    'no-migration-needed': {
      title: 'Not a migration problem: start from the error code',
      problem:
        'Only a move from the personal edition or 专业版 into a team or enterprise invalidates existing API authorizations. Upgrading from Enterprise Standard to Flagship needs no migration, and workspaces that never moved are not affected, so this failure has another cause.',
      steps: [
        'Find the `code`, `msg` and `logid` (response header `x-tt-logid`) of the failing request.',
        "Look the code up in this site's error lookup tool, or read the error codes guide.",
        'Use the token check tool to see whether the token works and whether it belongs to coze.cn or coze.com, or follow the "My call fails: start from the error" wizard.',
      ],
      verify: [`Run ${ME} and read \`code\`: \`0\` means the token itself is fine and the problem is a permission point or a resource ID.`],
    },
    'compat-both-fail': {
      title: 'Both authorizations fail: the new one does not reach the migrated workspace',
      problem:
        'The old authorization stopped working with the move, as expected, but the new one your code falls back to fails too. Usually the new authorization was not granted for the team workspace (all workspaces), or the fallback never really sends the new token.',
      steps: [
        'Run the **token check** with the new token, with the app host set to where your app calls: it must say valid, in the same region.',
        `Run ${SPACES} with the new token and look for the migrated team workspace; if it is missing, authorize again choosing **all workspaces**.`,
        'Log which token (kind and last 4 characters, never the whole token) each failing request carries, to prove the fallback switches.',
        'Keep the old personal OAuth app enabled during the move; do not disable or delete it.',
      ],
      verify: [`With the new token, ${ME} returns \`"code":0\` and the failing call succeeds.`],
      uncertain: "The official page gives no recipe for new-plus-old compatibility; these checks follow this site's reading of it as code logic.",
    },
    'identify-credential': {
      title: 'First find out what kind of token this is',
      problem:
        'The official migration notes cover only personal access tokens, OBO authorization and AppAuth authorization. For other prefixes, first find out where the token comes from and who issues it.',
      steps: [
        "Identify the kind with this site's token check tool: recognising the kind looks only at the prefix and shape and sends nothing.",
        '`sat_` is a service access token, used exactly like a personal access token. After a migration, recreate it the way you would a personal access token, selecting the team workspace.',
        '`cztei_` appears in no official SDK or document and its origin is unknown; ask the system or platform that issued it.',
      ],
      verify: [`Run ${ME}; \`"code":0\` means the token works.`],
      uncertain:
        'The official migration notes do not mention service access tokens (`sat_`), and who issues `cztei_` tokens and how long they last is unknown; the advice above is inferred, so trust what a live check shows.',
    },
  },
} satisfies WizardCopy;
