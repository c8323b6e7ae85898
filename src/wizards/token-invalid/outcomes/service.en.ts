import type { OutcomeCopy } from '~/wizards/engine/types';

export default {
  'rate-limited': {
    title: 'Your requests are rate limited',
    problem:
      '`4013` (model request rate limit exceeded), `4020` (model requests-per-minute limit exceeded) and HTTP 429 all mean too many requests, too fast. Coze documents no `Retry-After` or similar header, so the client has to back off on its own.',
    steps: [
      'Do not retry at once after a failure: back off exponentially with random jitter, e.g. wait 1, 2, then 4 seconds, and retry only a few times.',
      'Limit concurrency: use a queue to cap how many requests run at once, instead of firing many calls from a loop.',
      'Cache what you can (bot details, the workspace list) to avoid repeated calls.',
      "The API that reports your plan's benefits returns `api_run_qps`; use it to set the client's rate ceiling. Free quotas are low and change over time; upgrade the plan if you need to.",
    ],
    verify: ['After lowering the rate, watch for a while: no more `4013`, `4020` or HTTP 429.'],
    uncertain:
      'Whether a rate-limited response carries `Retry-After` or `x-ratelimit-*` headers is undocumented (no official SDK reads them), the HTTP status that goes with `4013` is unconfirmed, and the exact limits of each plan change over time.',
  },
  'quota-or-billing': {
    title: 'A quota or billing problem, not a token problem',
    problem:
      "These codes say the token and permissions are fine; what is limited is usage or balance: `4008` the bot's daily usage is exceeded, `4009` too many current users, `4011` not enough Coze token balance, `4019` and `4027` overdue payment, `4028` not enough credits, `788788103` an outstanding Volcengine account balance.",
    steps: [
      'Match the code and check the usage, balance or bills it refers to in the Coze console.',
      'Overdue payment or low balance: top up or settle the bill, then call again.',
      'Usage caps such as `4008` and `4009`: lower your call volume, or upgrade the plan.',
    ],
    verify: ['Call again once it is settled: the codes no longer appear.'],
  },
  'bad-request': {
    title: 'The request parameters are wrong',
    problem:
      "`4000` means a request parameter error and has nothing to do with the token: the format, field names or field types of the body do not fit the API. Other codes about the request itself: `4003` `meta_data` too long, `4004` `additional_messages` too long, `4010` the prompt exceeds the model's limit, `4012` invalid model, `4014` the bot cannot answer, `4016` a chat is already running in this conversation, `4102` a content-safety violation, `4300`–`4304` file upload problems.",
    steps: [
      'Send the body as JSON, with `Content-Type: application/json`.',
      'Check field names and types against the API docs, e.g. `bot_id`, `user_id` and `additional_messages` for chat.',
      'Always pass IDs as strings so long numbers keep their precision in JavaScript.',
      'Note the value of the `x-tt-logid` response header to give Coze support if needed.',
    ],
    verify: ['Call again: `code` is `0`.'],
  },
  'network-unreachable': {
    title: 'The request never reached Coze',
    problem:
      'The request got no answer from Coze at all: name resolution failed (e.g. `UnknownHostException: api.coze.cn`), the connection timed out or was reset, or a company proxy or firewall stopped it and answered with a page of its own. The token is not the problem.',
    steps: [
      'On the same machine that runs your code, run `curl -v https://api.coze.cn/v1/users/me` and see whether the name resolves and a connection opens; without a token you get an authentication error, which proves the network works.',
      'Check DNS, proxy and firewall: a company network may need `HTTPS_PROXY` set, or `api.coze.cn` and `api.coze.com` allow-listed.',
      'Check the host name spelling: REST is only `api.coze.cn` and `api.coze.com`, WebSocket `ws.coze.cn` and `ws.coze.com`.',
      'If you get a 403 web page or other HTML, find out who sent it: Coze errors are JSON with `code` and `msg`, and carry an `x-tt-logid` response header.',
    ],
    verify: [
      '`curl -v https://api.coze.cn/v1/users/me` gets a JSON answer from Coze with an `x-tt-logid` response header.',
      'Once the network works, test the token with the **token check** tool.',
    ],
  },
  'browser-blocked': {
    title: 'The browser blocked the request',
    problem:
      "Calling the Coze API straight from a browser has two hurdles: coze-js refuses `pat_` tokens in the browser by default, so personal tokens do not leak; and the API's CORS preflight allows only a short list of request headers, so extra ones (such as `Cache-Control` or `Pragma`) make the preflight fail.",
    steps: [
      'Keep personal access tokens out of web pages: use the OAuth PKCE flow so users authorize themselves, or call through a proxy on your own server.',
      'Only for local testing, if you really must use a personal access token in the browser, coze-js needs `allowPersonalAccessTokenInBrowser: true` set explicitly; never publish such a page.',
      'When you send requests yourself, send only `Authorization` (plus `Content-Type: application/json` on POST) and drop extra headers such as `Cache-Control` and `Pragma`.',
      '`getJWTToken` and `getDeviceCode` do not run in the browser: keep the JWT and device code flows on a server.',
    ],
    verify: [
      'In the **Network** panel of the browser developer tools, both the preflight (OPTIONS) request and the real request succeed.',
      "This site's **token check** tool also calls the API from the browser; use it to compare.",
    ],
    uncertain:
      'The exact `Access-Control-Allow-Origin` value and allowed header list of the Coze API are not officially documented; the above comes from the official examples and a third-party report.',
  },
  'server-error': {
    title: 'Coze had a server error',
    problem:
      'HTTP 5xx, `code` `5000`, or `internal_error` from the OAuth endpoint means an internal server error, usually unrelated to the token. In workflows, `6006` means a code node timed out.',
    steps: [
      'Wait a little and retry once or twice, backing off between tries; never retry in a tight loop.',
      'Note the value of the `x-tt-logid` response header and give it to Coze support when you contact them.',
      'When a workflow fails, open the `debug_url` from the response to see which node failed.',
      'If it keeps failing, confirm with the **token check** tool that the token and region are fine, to rule out other causes.',
    ],
    verify: ['A retry succeeds: `code` is `0`.'],
  },
} satisfies Record<string, OutcomeCopy>;
