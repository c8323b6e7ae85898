import type { OutcomeCopy } from '~/wizards/engine/types';

export default {
  'pat-cannot-refresh': {
    title: 'A personal access token cannot be refreshed: create a new one',
    problem:
      'Personal access tokens (`pat_`) and service access tokens (`sat_`) have no refresh token. Once expired or deleted they cannot be renewed, only replaced. On 扣子 (coze.cn) a personal access token lasts at most one month; the expiry is chosen at creation and cannot be changed later.',
    steps: [
      'Open the personal access token page: on 扣子 it is `https://www.coze.cn/open/oauth/pats` (or log in at `https://code.coze.cn/home` and go to **API & SDK → 授权 → 个人访问令牌**); on coze.com it is `https://www.coze.com/open/oauth/pats`.',
      'Create a new token, choose its expiry, and tick the permission points and workspaces your app needs, the same as the old token had.',
      'Put the new token into your app configuration (replace the old value in your environment variables or secret store) and restart the app; remove any code that tries to "refresh" this token.',
      'If you do not want to replace it every month: a long-running server can use a service access token (which can be long-lived) or an OAuth JWT service app (a fresh token on demand); to act on behalf of users, use the OAuth authorization code or PKCE flow, which renews itself with a refresh token.',
    ],
    verify: [
      "Paste the new token into this site's **token check** tool: it should say valid, in the right region.",
      'Or run `curl -s https://api.coze.cn/v1/users/me -H "Authorization: Bearer pat_xxxxxxxx"` (use `api.coze.com` for a coze.com token); the response should have `code` `0`.',
    ],
    uncertain:
      'The maximum lifetime of a coze.com personal access token, and the exact maximum lifetime of a service access token, are not stated in any official document we found.',
  },
  'pat-wrong-region': {
    title: 'The token has not expired: your requests go to the other region',
    problem:
      "The token works in its own region, but your app sends requests to the other region's host. A 扣子 (coze.cn) token is valid only on `api.coze.cn`, a coze.com token only on `api.coze.com`. The official SDKs default to `api.coze.com`, so a 扣子 token is rejected unless you change the address.",
    steps: [
      'Check where the token was created: 扣子 tokens live at `https://www.coze.cn/open/oauth/pats`, coze.com tokens at `https://www.coze.com/open/oauth/pats`.',
      'Point your app at the same region. coze-js: `new CozeAPI({ token, baseURL: COZE_CN_BASE_URL })`; coze-py: `Coze(auth=TokenAuth(token), base_url=COZE_CN_BASE_URL)`; coze-go: `coze.NewCozeAPI(auth, coze.WithBaseURL(coze.CnBaseURL))`; with plain HTTP, change the URL to `https://api.coze.cn/...`.',
      'If you use WebSocket (audio, realtime chat), its address must match the region too: `wss://ws.coze.cn` or `wss://ws.coze.com`. Note that coze-js defaults `baseWsURL` to cn, the opposite of its REST default.',
    ],
    verify: [
      'In the **token check** tool, set the region to **auto**: it tells you which region the token belongs to.',
      'Run `curl -s https://api.coze.cn/v1/users/me -H "Authorization: Bearer pat_xxxxxxxx"` against the host of the token\'s region; `code` should be `0`.',
    ],
  },
  'jwt-no-refresh': {
    title: 'The JWT flow has no refresh: trade a new JWT for a new token',
    problem:
      'The access token a service app gets (`czs_`) has no refresh token and cannot be refreshed; once it expires, sign a new JWT and exchange that. Each JWT also works only once: reusing it gets rejected.',
    steps: [
      'Remove any code that refreshes the `czs_` token and stop waiting for a `refresh_token`: the JWT flow response holds only `access_token` and `expires_in`.',
      'Whenever you need a new token, generate a new `jti` (random and unique, more than 32 bytes recommended) and current `iat` and `exp`, sign a new JWT with the private key, and call `POST /api/permission/oauth2/token` with the header `Authorization: Bearer <the new JWT>` and the body `{"grant_type": "urn:ietf:params:oauth:grant-type:jwt-bearer", "duration_seconds": 900}`.',
      'Set `duration_seconds` as you need: the default is 900 seconds, the maximum 86399 seconds (just under 24 hours).',
      'When you cache the access token, go by `expires_in` in the response: it is the Unix time (in seconds) at which the token expires, not a duration. Get a new one a few minutes before that moment.',
      "With an official SDK, let the SDK do it; coze-py's `JWTAuth`, for example, exchanges a new token once the old one has expired. Never cache one JWT and reuse it.",
    ],
    verify: [
      'Exchange twice in a row, each time with a freshly signed JWT: both should return an `access_token` starting with `czs_`.',
      "Inspect your JWT with this site's **JWT inspector**: the header has `alg` `RS256` and a `kid`, the payload has `iss`, `aud`, `iat`, `exp` and `jti`.",
    ],
  },
  'jwt-kid-region': {
    title: '`kid not been registred`: wrong region, or wrong key fingerprint',
    problem:
      "The token endpoint does not know the `kid` in your JWT header. The most common cause is a region mismatch: the service app was created on 扣子 (coze.cn) but the JWT goes to `api.coze.com` (the SDK default), or the other way round. The next most common is a `kid` that is not the fingerprint of this app's current public key.",
    steps: [
      'Check which region the service app was created in: 扣子 OAuth apps are at `https://www.coze.cn/open/oauth/apps` (or `https://code.coze.cn/home` → **API & SDK → 授权 → OAuth 应用**).',
      'Send the token request to the same region: `https://api.coze.cn/api/permission/oauth2/token` for 扣子, `https://api.coze.com/api/permission/oauth2/token` for coze.com. With an SDK, set the base URL, e.g. `baseURL: COZE_CN_BASE_URL` in coze-js.',
      'Set `aud` in the JWT payload to the host name only, matching the host you call: `api.coze.cn` or `api.coze.com`, without `https://`.',
      "Check the public key fingerprint on the app's page and copy it unchanged into the JWT header's `kid`; `iss` is the app's ID (a number). An app can have up to 3 key pairs: make sure your private key (`private_key.pem`) belongs to the pair with this fingerprint and that the pair has not been deleted.",
    ],
    verify: [
      "Decode the JWT with this site's **JWT inspector**: `kid` matches the fingerprint in the console, `aud` matches the host you call.",
      'Exchange again: you should get an `access_token` starting with `czs_`.',
    ],
  },
  'jwt-clock-skew': {
    title: 'The JWT times are off: check the clock and `iat` / `exp`',
    problem:
      '`iat` and `exp` in the JWT are Unix times in seconds. A server clock that is off, milliseconds used by mistake, or an `exp` not later than `iat` all get a freshly signed JWT rejected. When the same code behaves differently on different machines, the clock is the usual suspect.',
    steps: [
      "Synchronise the clock: enable NTP (e.g. `timedatectl set-ntp true`); for containers and virtual machines, check the host's time.",
      'Use seconds, not milliseconds: in JavaScript write `Math.floor(Date.now() / 1000)`, never plain `Date.now()`.',
      'Set `iat` to the current time and `exp` later than `iat`; the official SDKs use `exp = iat + 3600`.',
      'Read the time again and generate a new `jti` for every signature; do not sign one JWT at start-up and reuse it.',
    ],
    verify: [
      'Paste the JWT into the **JWT inspector** and look at `iat` and `exp` as local times: `iat` should be close to now and `exp` after it.',
      'Exchange again: you should get an access token starting with `czs_`.',
    ],
    uncertain:
      'The docs do not say which error an out-of-range `iat` / `exp` produces, nor how much clock skew the server tolerates; they only say an invalid JWT gets `invalid_client`.',
  },
} satisfies Record<string, OutcomeCopy>;
