import type { OutcomeCopy } from '~/wizards/engine/types';

// Outcomes a live token check can reach that say "the token has not expired; this is the real problem".
const CHECK = 'Run the **token check** again with the token your app sends.';

export default {
  'sdk-retrieve-post': {
    title: 'coze-js `chat.retrieve` sends POST, which fails under OAuth',
    problem:
      'The docs define `/v3/chat/retrieve` as **GET**, but coze-js sends **POST** (coze-js#314, still open), and under OAuth that call answers `4100 authentication is invalid`. The token is fine; `createAndPoll` fails because it calls `chat.retrieve` inside.',
    steps: [
      'Poll the chat status yourself with `GET https://api.coze.cn/v3/chat/retrieve?conversation_id=...&chat_id=...` and the same `Authorization: Bearer` header, instead of `chat.retrieve` / `createAndPoll`.',
      'Or use the streaming `chat.stream`, which needs no polling.',
      'Watch coze-js#314 and switch back when a release sends GET.',
    ],
    verify: ['The GET request returns `"code":0` with the chat\'s status.'],
    uncertain: 'Whether a newer coze-js release has fixed this is not known to this site; coze-js#314 was open at the time of writing.',
  },
  'token-malformed': {
    title: 'The token is not sent the way the API expects',
    problem:
      'The token itself may be fine, but what your code sends differs: extra spaces, a line break or full-width characters copied along, quotes around the value, or a header that is not exactly `Authorization: Bearer <token>`.',
    steps: [
      'Send exactly one header `Authorization: Bearer <token>`: the word `Bearer`, one space, then the token, with no quotes.',
      'Trim the token where you read it (environment variable, config file, database) and remove line breaks; re-type any full-width character as ASCII.',
      'Do not add the token to the URL or a cookie; only the header counts.',
    ],
    verify: [CHECK, 'The same call from your code now returns `"code":0`.'],
  },
  'not-an-access-token': {
    title: 'What you tested is not an access token',
    problem:
      'The string is a client id (`….app.coze`), a JWT assertion, a refresh token or an authorization code. None of these can call the API; only an access token (`pat_`, `sat_`, `czu_`, `czs_`) can.',
    steps: [
      'Personal access token: copy it from the personal access token page (`https://www.coze.cn/open/oauth/pats`, coze.com `https://www.coze.com/open/oauth/pats`); it starts with `pat_`.',
      'OAuth: use the `access_token` field of the token response (`czu_…` or `czs_…`), not `refresh_token` and not the JWT you signed.',
      'Make sure your code puts the same value into the `Authorization` header.',
    ],
    verify: [CHECK],
  },
  'token-lacks-permission': {
    title: 'The token works but lacks a permission: it has not expired',
    problem:
      '`4101` (`Your token does not have permission to access resource…`) means the API knows the token but it may not do this. Refreshing or re-creating it with the same settings changes nothing.',
    steps: [
      'Personal access token: create one with the permission points your code calls ticked, and the workspace (访问团队空间) that holds the bot or workflow selected.',
      'OAuth app: add the permission points to the app in `https://www.coze.cn/open/oauth/apps`, then have the user authorize again so the new points apply.',
      'Check the resource ID (bot, workflow, conversation) belongs to a workspace the token may use.',
    ],
    verify: [CHECK, 'The call that failed now returns `"code":0`.'],
    uncertain: 'Which permission point `GET /v1/users/me` itself needs is not documented.',
  },
  'rate-limited-not-expired': {
    title: 'The token is rate limited, not expired',
    problem: '`4013` (or HTTP 429) means too many requests, too fast. The token is accepted; retrying at once makes it worse.',
    steps: [
      'Back off: wait and retry with growing pauses (for example 1, 2, 4 seconds) and a cap on retries.',
      'Limit how many calls run at once, and cache what does not change.',
      'Do not treat a rate-limit answer as "token expired" in your code; keep the token.',
    ],
    verify: ['After a pause, ' + CHECK.charAt(0).toLowerCase() + CHECK.slice(1)],
    uncertain: 'The HTTP status that comes with `4013` and any `Retry-After` header are unconfirmed.',
  },
} satisfies Record<string, OutcomeCopy>;
