import type { OutcomeCopy } from '~/wizards/engine/types';

const unknownRefreshError =
  'The docs do not say what an expired or already used refresh token returns (error code, HTTP status), and `invalid_grant` is not in their error table. So do not judge by the error text alone; go by the circumstances described above.';

export default {
  'refresh-already-used': {
    title: 'The refresh token was already used: refreshes rotate, so run one at a time',
    problem:
      'A Coze refresh token works only once: after a successful refresh, the refresh token you sent is void at once, and the response carries a new one. If your app does not save the new one, retries with the old one after a network timeout, or two tabs or processes refresh at the same moment, the later request sends a token that is already void, and the refresh fails.',
    steps: [
      'The token chain is broken now: have the user re-authorize once to get a new `access_token` and `refresh_token`.',
      'After every successful refresh, persist the new `refresh_token` from the response (with `access_token` and `expires_in`) before you use the new access token.',
      'Allow only one refresh in flight per process: keep the running refresh as a promise that every other caller awaits, e.g. `refreshing ??= doRefresh().finally(() => { refreshing = null; })`.',
      "Across tabs, take a lock with `navigator.locks.request('coze-refresh', refreshOnce)` and re-read storage once you hold it: if another tab has refreshed already, use its new token. Across processes or instances, use a database or Redis lock and re-read inside it the same way.",
      'When a refresh request times out, do not simply retry with the old refresh token: re-read storage first to see whether a new token has arrived.',
    ],
    verify: [
      'Open two tabs, or trigger two calls at once: the **Network** panel of the browser developer tools should show a single `oauth2/token` request.',
      "Check the saved refresh token with this site's **refresh test** tool. It warns you first that a refresh voids the old token, and shows the new refresh token first: save it straight away.",
    ],
    uncertain: unknownRefreshError,
  },
  'refresh-older-than-30-days': {
    title: 'The refresh token is older than 30 days: re-authorize',
    problem:
      'A refresh token lasts 30 days (an access token only 15 minutes). If the app sat idle too long, or its last successful refresh was more than 30 days ago, the refresh token has expired and cannot be exchanged any more: the user has to authorize again.',
    steps: [
      'Have the user re-authorize: the authorize page is `https://www.coze.cn/api/permission/oauth2/authorize` on 扣子 and `https://www.coze.com/api/permission/oauth2/authorize` on coze.com. Save the new `access_token` and `refresh_token`.',
      'Record when you got the refresh token; if it nears 30 days without a refresh, remind the user, or refresh once in the background in time to get a new refresh token.',
      'After every refresh, save the new `refresh_token` from the response; the old one is void.',
      'For an unattended server job that does not act for a particular user, switch to an OAuth JWT service app: it gets a token on demand and has no 30-day limit.',
    ],
    verify: [
      'After re-authorizing, refresh once with the **refresh test** tool (a refresh rotates the token, so be ready to save the new refresh token): it should return a new `access_token`.',
      'Check that the refresh token in your storage has been replaced by the new value.',
    ],
    uncertain: `${unknownRefreshError} Nor do they say outright whether the new refresh token from each refresh starts a fresh 30 days; confirm it by testing.`,
  },
  'stale-stored-token': {
    title: 'Your app is using an old saved copy of the token',
    problem:
      'Your app reads a token it saved earlier instead of the one you just tested: an entry in browser `localStorage` (some projects call it `coze_oauth_tokens`), a token file, a database row, or an environment variable read when the process started. The token or refresh token in there may have expired long ago or been voided by rotation, so every call and every refresh fails.',
    steps: [
      'Find where your app keeps its tokens. In the browser: open the developer tools (F12) → **Application** → **Local Storage** and find the entry holding the tokens; its name depends on the project.',
      "Delete that entry, e.g. run `localStorage.removeItem('coze_oauth_tokens')` in the console (with your own key name), then reload the page. On a server: delete the token file or database row; if you changed an environment variable or `.env`, restart the process for it to take effect.",
      'Authorize again so the app saves a brand-new `access_token` and `refresh_token`; with a personal access token, put the new token into the configuration.',
      'Keep tokens in one place only: write the new values back after every refresh, and have every tab and instance read from there instead of caching a copy of its own.',
    ],
    verify: [
      'After re-authorizing, look at the storage again: it should hold new tokens, and the moment `expires_in` stands for should be in the future.',
      'Paste the stored access token into the **token check** tool: it should say valid.',
    ],
    uncertain: 'The docs do not say which error an old refresh token gets when it is rejected.',
  },
  'expires-in-misread': {
    title: '`expires_in` was read as a duration',
    problem:
      'In Coze token responses, `expires_in` is the Unix time (in seconds) at which the token expires, not "seconds left". Added to the current time, it makes your app believe the token lasts for decades, so it never refreshes in time; compared with a time in milliseconds (`Date.now()`), it makes every token look expired, so the app refreshes over and over and, with concurrent calls, uses the same refresh token twice.',
    steps: [
      'Store `expires_in` as the expiry moment as it is: `const expiresAt = data.expires_in; // Unix seconds`.',
      'Compare in seconds, with a margin: `const isExpired = expiresAt - 60 <= Date.now() / 1000;`.',
      'Remove calculations like `Date.now() + expires_in`, and any assumption that an access token lasts an hour: a user access token lasts 15 minutes.',
      'One exception: in the device code flow, `expires_in` in the `/api/permission/oauth2/device/code` response really is a duration in seconds; do not apply the above there.',
      'Once fixed, clear any expiry times stored the wrong way and authorize once more.',
    ],
    verify: [
      'Log `new Date(expiresAt * 1000)`: it should be about 15 minutes after you got the token.',
      'Look at a refresh response in the **refresh test** tool: it shows `expires_in` as a local date and time.',
    ],
  },
  'client-mismatch': {
    title: 'The client id or client secret does not match',
    problem:
      "`invalid_client` means the token endpoint does not accept the client credentials in the request. The `client_id` of a refresh must be the same OAuth app that issued the tokens; a web backend app must also send that app's client secret, while a PKCE app has no secret at all.",
    steps: [
      'Open the app at `https://www.coze.cn/open/oauth/apps` (or `https://code.coze.cn/home` → **API & SDK → 授权 → OAuth 应用**) and check its client type and client id (which looks like `<32 digits>.app.coze`).',
      'Web backend app: the refresh request header must be `Authorization: Bearer <client_secret>` and the body `{"grant_type": "refresh_token", "client_id": "<YOUR_CLIENT_ID>", "refresh_token": "<REFRESH_TOKEN>"}`. Make sure the secret and the client id come from the same app, not mixed with another app\'s or another environment\'s settings.',
      'PKCE app: there is no client secret; send the refresh without that `Authorization` header, with just `client_id` and `refresh_token` in the body.',
      'Send the body as JSON (`Content-Type: application/json`), not form-encoded.',
      'The app and the request must be in the same region: 扣子 apps go to `api.coze.cn`, coze.com apps to `api.coze.com`.',
    ],
    verify: [
      'Refresh once by hand with the same app\'s credentials, e.g. `curl -s -X POST https://api.coze.cn/api/permission/oauth2/token -H "Authorization: Bearer <client_secret>" -H "Content-Type: application/json" -d \'{"grant_type":"refresh_token","client_id":"<YOUR_CLIENT_ID>","refresh_token":"<REFRESH_TOKEN>"}\'` (drop the `Authorization` header for a PKCE app). On success it returns a new `refresh_token`: save it straight away, the old one is void.',
    ],
  },
  'oauth-wrong-region': {
    title: 'Your OAuth requests go to the other region',
    problem:
      'The OAuth app, the authorize page, the token endpoint and your API calls must all be in one region. If the app lives on 扣子 (coze.cn) but refreshes or calls go to `api.coze.com` (the default host of all four official SDKs), or the other way round, the token is rejected and looks expired.',
    steps: [
      'Check which region the app is in: 扣子 OAuth apps are at `https://www.coze.cn/open/oauth/apps`.',
      'Use one region for all three addresses: authorize page `https://www.coze.cn/api/permission/oauth2/authorize`, token endpoint `https://api.coze.cn/api/permission/oauth2/token`, API host `https://api.coze.cn`; for a coze.com app, replace `coze.cn` with `coze.com` in all three.',
      "Set the base URL in the SDK explicitly, e.g. `baseURL: COZE_CN_BASE_URL` in coze-js, `base_url=COZE_CN_BASE_URL` in coze-py; with WebSocket, also use the same region's `wss://ws.coze.cn`.",
      'If the refresh still fails after this, the refresh token has lapsed too: authorize once more.',
    ],
    verify: [
      'Test the access token in the **token check** tool with the region set to **auto**: it tells you which region the token belongs to.',
      'Run `curl -s https://api.coze.cn/v1/users/me -H "Authorization: Bearer czu_xxxxxxxx"` against the host of the app\'s region; `code` should be `0`.',
    ],
    uncertain:
      'The docs do not say what a refresh sent to the other region returns, so the error text alone cannot prove a region problem; confirm it with the checks above.',
  },
  'redirect-uri-mismatch': {
    title: 'Re-authorization fails: the redirect URI does not match or is not encoded',
    problem:
      'When you re-authorize, `redirect_uri` must equal one of the redirect URIs registered on the OAuth app (up to 3), and the code exchange must send the same value again. If the redirect URI holds special characters that are not encoded (e.g. `#` not written as `%23`), authorization fails with "OAuth 错误/请求参数错误" (OAuth error / request parameter error).',
    steps: [
      'Open the app at `https://www.coze.cn/open/oauth/apps`, look at the registered redirect URIs, and compare them character by character with the value your app uses: scheme, host, port, path and trailing slash.',
      'Change the redirect URI in your app configuration to the registered one, or register the new address on the app; for local testing, `http://localhost:<port>/...` is allowed.',
      'Encode the parameter when you build the authorize URL: `redirect_uri=${encodeURIComponent(redirectUri)}`, which turns `#` into `%23`. Include the `state` parameter, as the docs require.',
      'When exchanging the code (`grant_type: authorization_code`), send exactly the same `redirect_uri` as in the authorize request.',
      "Use the authorize page of the app's region: `https://www.coze.cn/api/permission/oauth2/authorize` for a 扣子 app.",
    ],
    verify: ['Re-authorize: the browser should come back to your redirect URI with a `code=code_...` parameter, and the code exchange should succeed.'],
    uncertain: 'The docs only describe the unencoded-character case; they do not say what the authorize page shows for a redirect URI that is not registered.',
  },
  'app-deactivated': {
    title: 'The OAuth app has been deactivated',
    problem:
      "`access_deny` with `app: ... is currently deactivated by the owner` means the app's owner has deactivated this OAuth app. While it is deactivated, neither refresh nor re-authorization works; your token is not the problem.",
    steps: [
      "Find the app's owner and ask them to activate the app again at `https://www.coze.cn/open/oauth/apps` (or **API & SDK → 授权 → OAuth 应用**).",
      'If this is a personal OAuth app from before a workspace migration: do not deactivate or delete it, before or after migrating, because live calls may still depend on it; add the old-plus-new authorization compatibility as the workspace migration guide describes.',
      'In an enterprise, only super admins or admins can create and authorize OAuth apps; ask them if needed.',
      "If the `access_deny` message is `login session invalid`, the user's login session has lapsed: have them log in to 扣子 again, then authorize. If it is `invalid app type`, check that the flow you use fits the app's client type.",
    ],
    verify: ['Once the app is active again, refresh or re-authorize once more: you should get new tokens.'],
    uncertain: 'The docs give only this error message; they do not say where in the console an app is activated again.',
  },
} satisfies Record<string, OutcomeCopy>;
