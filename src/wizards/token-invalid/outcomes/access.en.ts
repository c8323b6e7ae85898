import type { OutcomeCopy } from '~/wizards/engine/types';

export default {
  'missing-permission': {
    title: 'The token lacks the permission point this API needs',
    problem:
      'Every API has a permission point (e.g. `listWorkspace`, `listBot`, `chat`, `getChat`, `listWorkflow`). When the token or OAuth app does not have it, the call returns `4101`.',
    steps: [
      "Look up the API's permission point in the API docs.",
      'Personal access token: open `https://www.coze.cn/open/oauth/pats` (or `https://code.coze.cn/home` → **API & SDK → 授权 → 个人访问令牌**) and add the point to the token; if it cannot be edited, create a new token with the point ticked and replace the old value.',
      'OAuth app: add the point to the app at `https://www.coze.cn/open/oauth/apps`, then have users authorize again to get new tokens.',
      'Permission points come in three levels: enterprise, workspace and account. Only super admins and admins of a team or enterprise can grant enterprise-level points; ordinary members and personal accounts can only choose workspace-level or account-level points.',
      'JWT service app: permission points are set on the app. `scope` only takes effect for channel apps, so do not guess permission names in `scope`.',
    ],
    verify: [
      'Call the original API again: it no longer returns `4101`.',
      'Confirm with the **token check** tool that the token is still valid and in the right region.',
    ],
    uncertain:
      '"A missing permission point returns `4101`" comes from a third-party copy of the docs, and the HTTP status that goes with `4101` (probably 403) is unconfirmed. We found nothing official on whether an existing personal access token\'s points can be edited, or whether users must re-authorize after an app gains a point.',
  },
  'workspace-not-granted': {
    title: 'The token is not granted this workspace',
    problem:
      "Besides permission points, a personal access token also chooses which workspaces (team spaces) it may use. If the resource lives in a workspace outside the token's choice, the call is refused even with every point ticked.",
    steps: [
      'Open `https://www.coze.cn/open/oauth/pats` and look at the workspaces this token may use.',
      'Add the workspace that holds the resource, or create a new token with it selected; choose all workspaces if you need to.',
      'A token acts as the account that created it: make sure that account is a member of the workspace.',
      'If the workspace was just moved from a personal plan to a team or enterprise plan, the old API authorization is void and must be renewed: see the workspace migration guide, which also has a matching wizard on this site.',
    ],
    verify: [
      'Run `curl -s "https://api.coze.cn/v1/workspaces?page_num=1&page_size=50" -H "Authorization: Bearer pat_xxxxxxxx"` (needs the `listWorkspace` point): the list should include the workspace.',
      'Call the original API again: it no longer returns `4101`.',
    ],
  },
  'wrong-resource-id': {
    title: 'The resource ID is wrong',
    problem:
      'The `4101` message asks you to check the resource ID, and `4200` means the resource does not exist (or the workflow is not published). A bot, workflow or conversation ID that is mistyped, from the other region or another account, or altered in your code causes this. `4001`/`4002` (conversation does not exist) and `4005`/`4006` (message does not exist) are the same kind of problem.',
    steps: [
      'List the real IDs through the API: bots with `GET /v1/bots?workspace_id=<WORKSPACE_ID>`, workflows with `GET /v1/workflows`, conversations with `GET /v1/conversations?bot_id=<BOT_ID>`.',
      'Always treat IDs as strings: they are up to 19 digits long, beyond the safe precision of a JavaScript number, and their last digits change once converted.',
      'Make sure the ID is in the same region and account as the token: a bot on 扣子 (coze.cn) does not exist on `api.coze.com`, and the other way round.',
      'If a workflow returns `4200`, make sure it is published.',
    ],
    verify: [
      'Run `curl -s "https://api.coze.cn/v1/bots?workspace_id=<WORKSPACE_ID>&page_size=20" -H "Authorization: Bearer pat_xxxxxxxx"`: the result should contain the ID you want.',
      'Call again with that ID: no more `4101` or `4200`.',
    ],
  },
  'bot-not-published': {
    title: 'The bot is not published to the API channel',
    problem:
      '`4015` means the bot is not published to the channel you call: to be called through the API, a bot must be published as an API (Agent As API). This error is often really a region problem, too: the bot is on coze.com but the request goes to `api.coze.cn`, or the other way round.',
    steps: [
      'Open the bot in 扣子, click **发布** (Publish), tick the **API** channel (Agent As API) and publish.',
      'Make sure the bot, the token and the API host are in one region: `api.coze.cn` for 扣子 bots, `api.coze.com` for coze.com bots.',
      'With a JWT channel app, bots listed in `bot_id_list` of the `scope` must be published as an API first as well.',
    ],
    verify: [
      'Run `curl -s "https://api.coze.cn/v1/bots/<BOT_ID>?is_published=true" -H "Authorization: Bearer pat_xxxxxxxx"` (needs the `getMetadata` point): it should return the bot.',
      'Start the chat again: no more `4015`.',
    ],
    uncertain:
      'The channel\'s name on the publish screen may change between versions; "Agent As API is channel ID `1024`" comes from third-party sources only.',
  },
  'sdk-retrieve-bug': {
    title: 'coze-js `chat.retrieve` uses the wrong HTTP method',
    problem:
      "The docs say to fetch a chat's details with `GET /v3/chat/retrieve`, but coze-js (as of November 2025 at least) sends POST. With an OAuth token, that POST returns `4100`, which looks like a broken token although the token is fine.",
    steps: [
      'Upgrade coze-js to the latest version and check whether issue `coze-js#314` has been fixed.',
      'Until then, send the GET yourself: `GET https://api.coze.cn/v3/chat/retrieve?conversation_id=<CONVERSATION_ID>&chat_id=<CHAT_ID>` with the header `Authorization: Bearer <access token>`.',
    ],
    verify: ['Fetch the chat status with GET: `code` is `0`.'],
    uncertain: 'Issue `coze-js#314` was still open in November 2025; newer versions may or may not have fixed it.',
  },
} satisfies Record<string, OutcomeCopy>;
