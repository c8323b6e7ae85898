import type { WizardCopy } from '~/wizards/engine/types';

const PATS = '`https://www.coze.cn/open/oauth/pats`';
const APPS = '`https://www.coze.cn/open/oauth/apps`';
const TOKEN_URL = '`POST https://api.coze.cn/api/permission/oauth2/token`';
const ME = '`curl -s https://api.coze.cn/v1/users/me -H "Authorization: Bearer <YOUR_TOKEN>"`';
const SPACES = '`curl -s "https://api.coze.cn/v1/workspaces?page_num=1&page_size=50" -H "Authorization: Bearer <YOUR_TOKEN>"`';
const HOST =
  'Use the API host of the region your account lives in: `https://api.coze.cn` for 扣子 (coze.cn), `https://api.coze.com` for coze.com. Every official SDK defaults to `api.coze.com`, so set the base URL explicitly for coze.cn.';
const REFRESH =
  'Access tokens expire after 15 minutes, refresh tokens after 30 days. A refresh token works **only once**: a successful refresh kills the old one and the response carries a new `refresh_token`. Save the new value before using the new access token, and let only one process refresh at a time.';
const EXPIRES = '`expires_in` in token responses is a Unix timestamp (the moment of expiry), not a number of seconds.';

export default {
  title: 'Choose an auth method',
  description:
    'Answer a few questions to see whether your case calls for a personal access token, a service access token, OAuth authorization code / PKCE / device code, or OAuth JWT (service, channel or enterprise privileged app).',
  steps: {
    scenario: {
      title: 'What kind of program are you building?',
      answers: {
        'server-job': 'A server job or backend service (scheduled job, queue worker, API service)',
        'browser-app': 'A web app that runs in the browser (SPA)',
        'device-cli': 'A device, TV app or command-line tool',
        channel: 'A channel integration: I run a channel, and bots published to it must chat on my platform',
        'enterprise-automation': 'Enterprise-wide automation with enterprise privileges',
        'quick-test': 'A quick test or prototype',
      },
    },
    'acting-for': {
      title: 'Whom do the API calls act for?',
      body: "Your own (or your team's) Coze resources, or each user's own Coze resources after that user authorizes?",
      answers: {
        'own-resources': "My own or my team's resources; users never sign in to Coze",
        'users-resources': 'Each user authorizes with their own Coze account and reaches their own resources',
      },
    },
    'keep-secret': {
      title: 'Can you keep a secret safely on a server?',
      body: "That is: a backend you control can hold the OAuth app's client secret and never sends it to a browser or app.",
      answers: {
        yes: 'Yes, I have my own backend',
        no: 'No, it is only a front end, mobile or desktop app',
      },
    },
    unattended: {
      title: 'Must it run unattended for more than 30 days?',
      body: 'On coze.cn a personal access token lasts at most one month; its expiry is fixed when it is created and cannot be extended.',
      answers: {
        'beyond-30-days': 'Yes, it must keep running on its own',
        'within-30-days': 'No, it ends within 30 days, or I can swap tokens by hand in time',
      },
    },
    'service-choice': {
      title: 'For a long-running service, which credential do you prefer?',
      body: "Both call the API as a service, not through one person's account; the difference is a long-lived token versus short-lived tokens minted with a private key.",
      answers: {
        'long-lived-token': "One long-lived token kept in the server's secrets manager",
        'short-lived-tokens': 'Tokens must be short-lived, minted by the service with a private key',
      },
    },
    'browser-users': {
      title: 'Who uses this web page?',
      answers: {
        'coze-users': 'Users sign in and authorize with their own Coze accounts',
        'anonymous-visitors': 'Ordinary visitors who never sign in to Coze; they just chat with my bot',
      },
    },
    'device-users': {
      title: 'Who uses this device or command-line tool?',
      answers: {
        'end-users': 'Other people, signing in with their own Coze accounts',
        'only-me': 'Only me, on my own machine',
      },
    },
    'enterprise-scope': {
      title: 'How much does the automation cover?',
      answers: {
        'whole-enterprise': 'Every workspace and member of the enterprise or organization',
        'some-workspaces': 'Only a few workspaces I look after',
      },
    },
    'enterprise-role': {
      title: 'What is your role in the enterprise?',
      body:
        'Like every OAuth app in an enterprise, an enterprise privileged app can only be created or authorized by a **super admin or admin**. Answer by hand, or check automatically with one of your working tokens: the check calls `GET /v1/workspaces` and reads your `role_type` in team and enterprise workspaces. ' +
        'Being a workspace owner or admin is **evidence**, not proof, that you are an enterprise super admin or admin.',
      answers: {
        admin: 'I am a super admin or admin of the team or enterprise',
        member: 'I am in the enterprise, but only as a member',
        'personal-only': 'I only have a personal account, not in any team or enterprise',
      },
    },
    'quick-where': {
      title: 'Does the test run only on your own machine?',
      answers: {
        local: 'Yes: a local script, curl or Postman, used only by me',
        'shared-or-deployed': 'No, others will use it or it will be deployed',
      },
    },

    'use-pat': {
      title: 'Use a personal access token (PAT)',
      problem:
        'You test or run something briefly on your own machine, against resources you can already reach, and it ends within 30 days. A personal access token is the fastest to set up: you tick permission points on a page.',
      steps: [
        `Open ${PATS} (on coze.com, \`https://www.coze.com/open/oauth/pats\`; or, at \`https://code.coze.cn/home\`, go to **API & SDK → 授权 → 个人访问令牌**) and add a new token.`,
        'Pick the expiry: on coze.cn at most one month, and it cannot be changed later, so note the date.',
        'Under **访问团队空间** (access team workspaces), select the workspaces you need, and tick only the points of the APIs you call; a missing point makes the API answer `4101`.',
        'Put the token in an environment variable (for example `COZE_API_TOKEN`), never in code or in a repository.',
        HOST,
        'Never put a personal access token into a browser or app: coze-js throws on a `pat_` token in the browser unless `allowPersonalAccessTokenInBrowser: true` is set, and that switch is for local experiments only.',
      ],
      verify: [`Run ${ME}; it returns \`"code":0\`.`, `Run ${SPACES} and check that the workspaces you selected are listed.`],
      uncertain: 'We found no stated maximum lifetime for personal access tokens on coze.com; go by the options on the creation page.',
    },
    'use-sat': {
      title: 'Use a service access token (SAT)',
      problem:
        "Your service must run on its own for a long time against your own or your team's resources, and users never sign in to Coze. A service access token is created as a service identity, can stay valid long-term, and is used exactly like a personal access token, without the one-month expiry.",
      steps: [
        'Create the token as the official page "添加服务访问令牌" (add a service access token) describes (under **API & SDK → 授权**); it starts with `sat_`.',
        'Grant only the permission points and workspaces the service really needs.',
        "Keep the token in the server's secrets manager and use it only on the backend, never in a browser or app.",
        'Call the API exactly as with a personal access token: header `Authorization: Bearer <YOUR_TOKEN>`.',
        HOST,
        'Plan rotation up front: create a new token, switch over, then delete the old one.',
      ],
      verify: [`Run ${ME}; it returns \`"code":0\`.`, `Run ${SPACES} and check that the workspaces the service needs are listed.`],
      uncertain:
        'Officially a service access token "can stay valid long-term", with no stated maximum; where exactly it is created in the console is also per the official page.',
    },
    'use-oauth-web': {
      title: 'Use the OAuth authorization code flow (web backend app)',
      problem:
        'Each user authorizes with their own Coze account, and your backend can keep a client secret safe. In the authorization code flow the backend holds the secret, exchanges codes for tokens, and can keep going with refresh tokens.',
      steps: [
        `Open ${APPS} (or **API & SDK → 授权 → OAuth 应用**), create a standard app and choose the client type **Web 后端应用** (web backend app). In an enterprise only a super admin or admin can create OAuth apps.`,
        'Register the redirect URIs (up to 3; `http://localhost` is fine for testing), tick the permission points you need, and note the `client_id` and client secret.',
        'Send users to `https://www.coze.cn/api/permission/oauth2/authorize?response_type=code&client_id=<YOUR_CLIENT_ID>&redirect_uri=<YOUR_REDIRECT_URI>&state=<RANDOM_STATE>` and check `state` on the way back. Escape special characters in the redirect URI, for example `#` as `%23`.',
        `From the backend, call ${TOKEN_URL} with header \`Authorization: Bearer <YOUR_CLIENT_SECRET>\` and the JSON body \`{"grant_type":"authorization_code","client_id":"<YOUR_CLIENT_ID>","redirect_uri":"<YOUR_REDIRECT_URI>","code":"<CODE>"}\` (JSON, not a form).`,
        `${REFRESH} The refresh body is \`{"grant_type":"refresh_token","client_id":"<YOUR_CLIENT_ID>","refresh_token":"<REFRESH_TOKEN>"}\`.`,
        EXPIRES,
      ],
      verify: [
        `With the access token you got (it starts with \`czu_\`), run ${ME}; it returns \`"code":0\`.`,
        "Refresh once with this site's refresh test and check that you get a new refresh token and that the old one no longer works.",
      ],
      uncertain:
        'Public material does not say whether a new refresh token starts a fresh 30 days; to run unattended, keep refreshing well before the refresh token expires and watch for failed refreshes. What error an expired or reused refresh token returns is also unconfirmed.',
    },
    'use-oauth-pkce': {
      title: 'Use OAuth PKCE (single-page, mobile and desktop apps)',
      problem:
        'Each user authorizes with their own Coze account, but you have no backend that can keep a secret. PKCE needs no client secret, and the official JS SDK supports it in the browser.',
      steps: [
        `Open ${APPS} (or **API & SDK → 授权 → OAuth 应用**), create a standard app and choose the client type **移动端/PC 桌面端/单页面应用** (mobile / desktop / single-page app). In an enterprise only a super admin or admin can create OAuth apps.`,
        'For every authorization, generate a random `code_verifier`, derive `code_challenge` with `S256` (the docs default to `plain` and also allow `S256`), and add it with `code_challenge_method` and `state` to the authorize URL.',
        `Exchange the \`code\` from the redirect at ${TOKEN_URL}, with \`code_verifier\` in the JSON body and no \`Authorization\` header.`,
        REFRESH,
        EXPIRES,
        'When the browser calls the API directly, send only `Authorization` (plus `Content-Type` on POST); extra custom headers may be refused by the CORS preflight.',
      ],
      verify: [
        `With the access token you got, run ${ME}; it returns \`"code":0\`.`,
        "Refresh once with this site's refresh test and check that you get a new refresh token.",
      ],
      uncertain: 'Public material does not say whether a new refresh token starts a fresh 30 days.',
    },
    'use-oauth-device': {
      title: 'Use the OAuth device code flow (TV, devices, command line)',
      problem:
        'The program runs on a device or terminal where typing a password is awkward, so the user authorizes with their own Coze account in a browser on another device.',
      steps: [
        `Open ${APPS} (or **API & SDK → 授权 → OAuth 应用**), create a standard app and choose the client type **TV端/设备应用/类命令行程序** (TV / device / command-line app).`,
        'Call `POST https://api.coze.cn/api/permission/oauth2/device/code` with `{"client_id":"<YOUR_CLIENT_ID>"}` to get `device_code`, `user_code`, `verification_uri`, `expires_in` and `interval`. Here `expires_in` is a number of seconds (a duration).',
        'Show the user `verification_uri` and `user_code`, and ask them to open it in a browser and approve.',
        `Poll ${TOKEN_URL} every \`interval\` seconds (5 by default) with \`{"client_id":"<YOUR_CLIENT_ID>","grant_type":"urn:ietf:params:oauth:grant-type:device_code","device_code":"<DEVICE_CODE>"}\`. On \`authorization_pending\` keep waiting; on \`slow_down\` add 5 seconds to the interval; on \`access_denied\` (the user declined) or \`expired_token\` (the device code expired) stop polling and start over if needed.`,
        REFRESH,
        'The device flow cannot run in a browser (coze-js throws).',
      ],
      verify: [
        `With the access token you got, run ${ME}; it returns \`"code":0\`.`,
        "Refresh once with this site's refresh test and check that you get a new refresh token.",
      ],
    },
    'use-jwt-for-visitors': {
      title: 'Use OAuth JWT on your backend, and keep the token off the page',
      problem:
        'Visitors who never sign in to Coze need your backend to act for them, through a service app (JWT). The `czs_` token it gets carries **every permission point the app holds**, for every workspace the app may use: `scope` narrows a token only for channel apps. A token handed to the page is readable by anyone who opens it.',
      steps: [
        `Create a service app at ${APPS} with only the permission points the chat needs (for example \`chat\`), and nothing that creates, edits or deletes.`,
        "Sign the JWT and exchange it on the backend only (coze-js refuses to in the browser); put `session_name` = your own user id in the payload so each visitor's conversations stay apart.",
        'Best: the page talks to your backend, and the backend calls Coze with the token; the token never reaches the browser.',
        'If the page must hold a token (for example the Web SDK), ask for a short one (`duration_seconds` near the 900-second default), mint it per visitor session, and accept that a visitor can copy it and use every point of the app until it expires.',
      ],
      verify: [
        'Open the page, then look at its network requests and storage: no `czs_` string appears, unless you chose the short-lived hand-over.',
        `With the backend\'s token, ${ME} returns \`"code":0\`.`,
      ],
    },
    'use-jwt-service': {
      title: 'Use OAuth JWT (service app)',
      problem:
        'Your service calls the API as the app itself, users never sign in to Coze, and tokens should be short-lived. The service signs a JWT with its private key and exchanges it for an access token of at most 24 hours whenever it needs one; the private key never leaves the backend.',
      steps: [
        `Open ${APPS} (or **API & SDK → 授权 → OAuth 应用**), create a standard app with the client type **服务类应用** (service app), and tick the permission points it needs on the app. In an enterprise only a super admin or admin can create OAuth apps.`,
        'Create a key pair (up to 3 per app), download `private_key.pem`, and note the public key fingerprint and the app ID.',
        "JWT header: `alg` `RS256`, `typ` `JWT`, `kid` = the public key fingerprint. Payload: `iss` = the app ID, `aud` = `api.coze.cn` (host only), `iat` and `exp` in Unix seconds, `jti` random and never reused. Add `session_name` to keep each end user's conversations apart.",
        `Call ${TOKEN_URL} with header \`Authorization: Bearer <YOUR_JWT>\` and body \`{"grant_type":"urn:ietf:params:oauth:grant-type:jwt-bearer","duration_seconds":900}\` to get an access token starting with \`czs_\`. \`duration_seconds\` defaults to 900, maximum 86399 (24 hours).`,
        'There is no refresh token and the token cannot be refreshed; before it expires, sign a new JWT and exchange again. Each JWT works only once.',
        "Do not send `scope` to ask for permissions: `scope` is honoured only for channel apps. Someone who put `Connector.createBot` in a service app's `scope` had the token request rejected outright. If a permission is missing, tick the point on the app, or use a personal or service access token instead.",
        'Sign JWTs and exchange them only on the backend (coze-js refuses to in the browser). If web visitors chat with your bot, let the backend make the calls, or hand the page only a short-lived access token.',
        '`aud` and the host you call must match the region the app lives in; the wrong region answers `invalid_client` (`invalid jwt: kid not been registred`).',
      ],
      verify: [
        `With the \`czs_\` token you got, run ${ME}; it returns \`"code":0\`.`,
        "If the exchange fails, check the header and payload with this site's JWT inspector.",
      ],
    },
    'use-jwt-channel': {
      title: 'Use OAuth JWT (channel app)',
      problem:
        'You run a channel: developers publish bots to it, and your platform must chat with those bots. Channel apps are the only app type whose token is limited by the `scope` sent in the JWT exchange.',
      steps: [
        `Open ${APPS} (or **API & SDK → 授权 → OAuth 应用**), create an app of the **渠道** (channel) type and bind it to your custom channel; without the binding you get \`connector app should bind connector id\`.`,
        'Create a key pair, download `private_key.pem`, and sign the JWT as for a service app (`RS256`, `kid` = public key fingerprint, `iss` = app ID, `aud` = `api.coze.cn`, unique `jti`).',
        `Call ${TOKEN_URL} with header \`Authorization: Bearer <YOUR_JWT>\`, \`"grant_type":"urn:ietf:params:oauth:grant-type:jwt-bearer"\` and a \`scope\` of \`{"account_permission":{"permission_list":["Connector.botChat"]},"attribute_constraint":{"connector_bot_chat_attribute":{"bot_id_list":["<BOT_ID>"]}}}\`.`,
        'The bots in `bot_id_list` must be published as API.',
        'The access token lasts at most 24 hours, cannot be refreshed, and each JWT works only once; sign a new JWT before it expires.',
      ],
      verify: [
        'The exchange returns an `access_token` starting with `czs_`.',
        'Use it to chat once with a bot from `bot_id_list` (`POST https://api.coze.cn/v3/chat`, which creates a real conversation) and get an answer.',
        'Channel apps cannot call `GET /v1/workspaces`, so a check with it fails; that is expected.',
      ],
      uncertain: 'Whether a channel token can call `GET /v1/users/me` is unconfirmed, which is why a real chat is the check here.',
    },
    'use-jwt-enterprise': {
      title: 'Use OAuth JWT (enterprise privileged app)',
      problem:
        "You are a super admin or admin of the enterprise and automate across the whole enterprise. An enterprise privileged app, which can only be created in the enterprise's default organization, exchanges a JWT for tokens with enterprise, organization and workspace management points.",
      steps: [
        `As a super admin or admin, open ${APPS} (or **API & SDK → 授权 → OAuth 应用**), create an **企业特权应用** (enterprise privileged app) and tick the points it needs.`,
        'Create a key pair, download `private_key.pem`, and sign the JWT as for a service app (`RS256`, `kid` = public key fingerprint, `iss` = app ID, `aud` = `api.coze.cn`, unique `jti`).',
        'The token URL carries the enterprise ID: `POST https://api.coze.cn/api/permission/oauth2/enterprise_id/<ENTERPRISE_ID>/token`, header `Authorization: Bearer <YOUR_JWT>`, `grant_type` `urn:ietf:params:oauth:grant-type:jwt-bearer`.',
        'Tokens last at most 24 hours, cannot be refreshed, and each JWT works only once.',
        'An enterprise privileged app can only be created in the default organization; what it may manage is set by the points it is granted.',
        "The private key is powerful: keep it only in the backend's secrets manager and limit who and what can read it.",
      ],
      verify: [`Run ${ME} with the token you got; it returns \`"code":0\`.`, `Run ${SPACES} and check that the enterprise's workspaces are listed.`],
      uncertain:
        'We checked only the token URL of enterprise privileged apps; whether the request body and JWT payload are exactly those of a service app, follow the official page "OAuth JWT 授权（企业特权应用）".',
    },
    'enterprise-admin-needed': {
      title: 'Enterprise-wide automation needs a super admin or admin to set it up',
      problem:
        'Automation across the whole enterprise needs an enterprise privileged app, and in an enterprise only a super admin or admin can create or authorize OAuth apps. Your current account cannot.',
      steps: [
        'Ask a super admin or admin of the enterprise to create the enterprise privileged app and to keep its private key.',
        'Tell them what the automation does, which permission points it needs and how often it runs, and ask them to grant only the points it needs.',
        'If you really need only a few workspaces you belong to, you do not need enterprise privileges: answer this wizard again and pick "only a few workspaces I look after".',
        'If you only have a personal account, enterprise privileged apps do not apply; choose an auth method for your personal resources instead.',
      ],
      verify: [`Once the app exists, run ${SPACES} with a token it issued and check that the enterprise's workspaces are listed.`],
    },
  },
} satisfies WizardCopy;
