import type { OutcomeCopy } from '~/wizards/engine/types';

const curlMe = '`curl -s https://api.coze.cn/v1/users/me -H "Authorization: Bearer pat_xxxxxxxx"`';

export default {
  'token-expired': {
    title: 'The token has expired',
    problem:
      'The token is past its lifetime and Coze no longer accepts it. Lifetimes differ by kind: a personal access token on 扣子 (coze.cn) lasts at most one month; an OAuth user access token (`czu_`) only 15 minutes; a service token from the JWT flow (`czs_`) 900 seconds by default and at most 86399 seconds.',
    steps: [
      'A personal access token (`pat_`) cannot be renewed: open `https://www.coze.cn/open/oauth/pats` (`https://www.coze.com/open/oauth/pats` on coze.com), create a new token with the same permission points and workspaces as the old one, replace the old value in your app configuration and restart the app.',
      'An OAuth user token (`czu_`): exchange the refresh token at `POST /api/permission/oauth2/token` (`grant_type` `refresh_token`) and save the new refresh token from the response; if the refresh fails as well, work through this site\'s "Token expired and refresh failed" wizard.',
      'A service token (`czs_`): sign a new JWT with the private key and exchange it for a new token; there is no refresh token.',
      'Decide when a token expires by `expires_in` in the response: it is the Unix time (in seconds) of expiry, not a duration.',
    ],
    verify: [
      'Test the new token with the **token check** tool: it should say valid.',
      `Run ${curlMe} (use \`api.coze.com\` for coze.com); \`code\` should be \`0\`.`,
    ],
    uncertain:
      'The docs give no separate error code for an expired token: it most likely returns `4100` or HTTP 401 just like an invalid one, so the code alone cannot tell them apart. The maximum lifetime of a coze.com personal access token is not documented either.',
  },
  'token-unknown': {
    title: 'Coze does not know this token',
    problem:
      'The token is not valid in the region you call: it may have been deleted, cut short or padded while copying, or never issued by this site at all. If it works in the other region, the problem is the region, not the token.',
    steps: [
      'Rule out the region first: set the region to **auto** in the **token check** tool; if the token is valid in the other region, point your API host at that region and you are done.',
      'Copy the full value again from the configuration or secret store that holds it, and check its length: a personal access token is `pat_` followed by 64 letters or digits.',
      'If you cannot find a valid token, create one: on 扣子 at `https://www.coze.cn/open/oauth/pats` (or `https://code.coze.cn/home` → **API & SDK → 授权 → 个人访问令牌**), on coze.com at `https://www.coze.com/open/oauth/pats`.',
      'Tokens starting with `cztei_` appear in no official SDK or document; they may only work inside 扣子编程 (Coze Coding) projects and cannot be checked the usual way. Use a personal access token or an OAuth token instead.',
    ],
    verify: ['The **token check** tool says the token is valid.', `Run ${curlMe}; \`code\` should be \`0\`.`],
    uncertain: 'What `cztei_` tokens are for, who issues them and how long they last is uncertain; we have only seen them in third-party code.',
  },
  'wrong-region': {
    title: 'The token went to the other region',
    problem:
      '扣子 (coze.cn) and coze.com are two separate regions, and a token is valid only in the one that issued it: 扣子 tokens only on `api.coze.cn`, coze.com tokens only on `api.coze.com`. All four official SDKs default to `api.coze.com`, so a 扣子 token is rejected unless you change the address. Symptoms include `4100`, `4101` (`The token you entered is incorrect`), `kid not been registred` for a JWT, or REST working while WebSocket fails.',
    steps: [
      'Check in which region the token or OAuth app was created: 扣子 ones at `https://www.coze.cn/open/oauth/pats` and `https://www.coze.cn/open/oauth/apps`, coze.com tokens at `https://www.coze.com/open/oauth/pats`.',
      'Point the API host at the same region. coze-js: `new CozeAPI({ token, baseURL: COZE_CN_BASE_URL })`; coze-py: `Coze(auth=TokenAuth(token), base_url=COZE_CN_BASE_URL)`; coze-go: `coze.NewCozeAPI(auth, coze.WithBaseURL(coze.CnBaseURL))`; with plain HTTP, change the URL to `https://api.coze.cn/...`.',
      'The WebSocket address must match the region too: `wss://ws.coze.cn` or `wss://ws.coze.com`. coze-js defaults `baseWsURL` to cn, the opposite of its REST default.',
      "JWT service apps: send the token request to the app's region, and set `aud` in the JWT payload to that same host name (`api.coze.cn` or `api.coze.com`).",
      'Bots and workflows belong to a region as well: after switching regions, use the IDs from that region.',
    ],
    verify: [
      'Set the **token check** tool to **auto**: it tells you which region the token belongs to.',
      `Run ${curlMe} against the host of the token's region; \`code\` should be \`0\`. If both regions fail, the token itself is invalid and you need a new one.`,
    ],
  },
  'header-format': {
    title: 'The `Authorization` header is malformed',
    problem:
      'The token goes in the header `Authorization: Bearer <token>`: exactly one ASCII space after `Bearer`, no quotes around the token, no line break. Common mistakes: `Bearer Bearer pat_...` (the SDK adds the prefix and you added it again), quotes around the token, a trailing line break in a value read from `.env` or a file, or a full-width space slipped in.',
    steps: [
      'Trim the token after reading it: `const token = process.env.COZE_API_TOKEN?.trim();` (`.strip()` in Python).',
      "When you send plain HTTP, build the header as `Authorization: 'Bearer ' + token`, adding the prefix once.",
      'With an SDK, pass the bare token without the `Bearer ` prefix, e.g. `new CozeAPI({ token, baseURL })` or `TokenAuth(token)`.',
      'Check the value in `.env` or your secret store: no `Bearer ` prefix, no extra quotes, no trailing whitespace; in files edited on Windows, watch for a trailing `\\r`.',
      'In the browser, send only `Authorization` (plus `Content-Type` on POST) and no other custom headers.',
    ],
    verify: [
      'Log `token.length` and `JSON.stringify(token.slice(-4))` (never the whole token): the length should be as expected, with no whitespace or line break at the end.',
      `Run ${curlMe} with the same value; \`code\` should be \`0\`.`,
      'Paste the token into the **token check** tool: it points out the position of any whitespace, full-width or non-ASCII character.',
    ],
  },
  'wrong-token-kind': {
    title: 'The wrong credential: this is not an access token',
    problem:
      "What follows `Authorization: Bearer` must be an access token, starting with `pat_`, `sat_`, `czu_` or `czs_`. You sent something else: an OAuth app's client id (`….app.coze` or a numeric app ID), a client secret, a refresh token, an authorization code (`code_…`) or a JWT (starting with `eyJ`, three parts separated by dots). All of these are only for getting a token.",
    steps: [
      "The client id and client secret are for the OAuth authorization that ends with a `czu_` access token; a web app's secret only ever appears in `Authorization: Bearer <client_secret>` at the token endpoint.",
      'An authorization code `code_…`: exchange it for an access token at `POST /api/permission/oauth2/token` with `grant_type: authorization_code`.',
      'A refresh token: use it only at the token endpoint with `grant_type: refresh_token` to get a new access token; it cannot call the API itself.',
      'A JWT: send it only to the token endpoint (`grant_type: urn:ietf:params:oauth:grant-type:jwt-bearer`); the `czs_` token you get back is what calls the API.',
      'Just want it working first: create a personal access token at `https://www.coze.cn/open/oauth/pats`.',
    ],
    verify: ['The **token check** tool recognises the kind of token: it should show an access token (e.g. a personal access token) that is valid.'],
  },
  'client-rejected': {
    title: 'The token endpoint rejects your app credentials (`invalid_client`)',
    problem:
      '`invalid_client` comes from the OAuth token endpoint and means the JWT or the client secret is wrong: the failure is in getting a token, before any access token is involved.',
    steps: [
      'Web backend app: the header is `Authorization: Bearer <client_secret>`, and the secret must belong to the same app as the `client_id` in the body (check at `https://www.coze.cn/open/oauth/apps`).',
      'JWT service app: the JWT header has `alg` `RS256` and `kid` set to the public key fingerprint; the payload has `iss` (the app ID), `aud` (`api.coze.cn` or `api.coze.com`), `iat`, `exp` and `jti`; sign it with the matching private key and use each JWT once.',
      'The app and the token endpoint must be in the same region: a 扣子 app uses `https://api.coze.cn/api/permission/oauth2/token`.',
      'Send the body as JSON (`Content-Type: application/json`).',
      'For failures while refreshing tokens, work through this site\'s "Token expired and refresh failed" wizard.',
    ],
    verify: ['Check the JWT header and payload with the **JWT inspector**.', 'The token endpoint returns an `access_token`: fixed.'],
    uncertain: 'Sources disagree on which of `error`, `error_code`, `error_message` and similar fields an OAuth error response always carries.',
  },
  'self-hosted-session': {
    title: 'Your self-hosted Coze Studio checked this path for a login cookie, not a token',
    problem:
      'Coze Studio chooses how to authenticate a request by its exact path: only the paths on its OpenAPI list (`backend/api/middleware/openapi_auth.go`) are checked for `Authorization: Bearer <token>`; every other path needs the `session_key` cookie of a web login. Since 2025-10-21 that refusal is HTTP 401 `{"code":401,"msg":"missing session_key in cookie"}` (older versions: HTTP 200 with `700012006`). A real token problem on an OpenAPI path is HTTP 200 with `700012006` and `authentication failed: api key invalid`. `/v1/users/me`, `/v1/workspaces` and `/api/permission/oauth2/*` are not on the list, so this site\'s token check (and `coze-auth-doctor check`, which asks `/v1/users/me`) can never validate a Studio token, and OAuth and JWT flows do not work on Studio.',
    steps: [
      'Create a personal access token in your own Coze Studio; a coze.cn or coze.com token, an OAuth token or a JWT token will not work there.',
      'Call a path that is on the OpenAPI list, spelled exactly (no trailing slash): for example `curl -H "Authorization: Bearer $COZE_API_TOKEN" "http://localhost:8888/v1/conversations?bot_id=<bot id>"`, with your instance\'s address and a bot published to the API channel there.',
      'If your code calls a path that is not on the list (for example `/v1/users/me` or `/v1/workspaces`), it cannot work with a token on Studio: use a listed route instead, or check the list in `openapi_auth.go` of the version you run (it grows between versions).',
      'If a listed path still answers `missing session_key in cookie`, compare the path your client really sends with the list character by character (a proxy prefix or a trailing slash is enough), and see `coze-studio#1950`.',
    ],
    verify: ['The `curl` call above answers with `"code":0`, and your original call no longer returns `missing session_key in cookie`.'],
    uncertain:
      'Why the reporter of `coze-studio#1950` got this error on a listed path is not confirmed in the thread; a path that differs from the list is the likely cause from the code, not a confirmed one.',
  },
} satisfies Record<string, OutcomeCopy>;
