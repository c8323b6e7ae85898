import type { OutcomeCopy } from '~/wizards/engine/types';

// Failures of a surface next to REST (the WebSocket endpoints), where the token itself is fine.
export default {
  'websocket-access-gated': {
    title: 'REST works, the WebSocket handshake gets HTTP 403: WebSocket access is not enabled for this account',
    problem:
      'A 403 on the handshake (cozepy: `server rejected WebSocket connection: HTTP 403`; coze-js in Node: `{"code":403,"msg":"Forbidden"}`) is a refusal before any connection is made. When the same token works for REST calls, the token and its region are fine: in `coze-py#171` (every permission ticked, region cn, still 403) the maintainer answered that WebSocket access had to be requested for a whitelist. It is granted per account, and ticking more permission points does not grant it.',
    steps: [
      'Rule out the region first: the WebSocket host must match the REST host (`wss://ws.coze.cn` with `https://api.coze.cn`, `wss://ws.coze.com` with `https://api.coze.com`). coze-js keeps a separate `baseWsURL` that defaults to cn; the other SDKs derive it from the base URL.',
      'Make sure the token has the permission points of the WebSocket APIs you call (speech, realtime chat) and that the bot is published to the API channel.',
      'Then ask for WebSocket access for your account through the official channel (the whitelist form the maintainer linked in `coze-py#171`, or Coze support), naming your account and the `logid` of the refused handshake.',
      'If the 403 carries no Coze `logid` or comes as an HTML page, a proxy or firewall blocking the `Upgrade` is the cause instead: try from another network.',
    ],
    verify: ['The same SDK call opens the socket and receives its first event (e.g. `chat.created`) instead of the 403.'],
    uncertain:
      'The whitelist answer is from `coze-py#171` (January 2025). Whether WebSocket access still has to be enabled per account today, or depends on the plan, is not confirmed.',
  },
} satisfies Record<string, OutcomeCopy>;
