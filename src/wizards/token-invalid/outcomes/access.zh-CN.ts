import type { OutcomeCopy } from '~/wizards/engine/types';

export default {
  'missing-permission': {
    title: '令牌缺少这个接口需要的权限点',
    problem:
      '每个 API 都对应一个权限点（例如 `listWorkspace`、`listBot`、`chat`、`getChat`、`listWorkflow`）。令牌或 OAuth 应用没有这个权限点时，调用会返回 `4101`。',
    steps: [
      '在 API 文档里查到这个接口的权限点。',
      '个人访问令牌：打开 `https://www.coze.cn/open/oauth/pats`（或 `https://code.coze.cn/home` → **API & SDK → 授权 → 个人访问令牌**），给令牌补上这个权限点；不能修改的话，新建一个勾选了它的令牌，替换旧值。',
      'OAuth 应用：在 `https://www.coze.cn/open/oauth/apps` 给应用加上这个权限点，再让用户重新授权，拿到新的令牌。',
      '权限点分企业、工作空间、账号三个层级。企业层级的权限点只有团队或企业的超级管理员、管理员能授权；普通成员和个人账号只能选择工作空间级或账号级的权限点。',
      'JWT 服务类应用：权限点在应用里配置。`scope` 只对渠道应用生效，不要在 `scope` 里猜权限名。',
    ],
    verify: ['重新调用原来的接口，不再返回 `4101`。', '用 **令牌检查** 工具确认令牌仍然有效、区域正确。'],
    uncertain:
      '“缺少权限点返回 `4101`”来自第三方转载的文档，`4101` 对应的 HTTP 状态码（可能是 403）也没有确认。已创建的个人访问令牌能否修改权限点、应用加了权限点后是否必须重新授权，我们都没有找到官方说明。',
  },
  'workspace-not-granted': {
    title: '令牌没有被授权访问这个工作空间',
    problem: '个人访问令牌除了权限点，还要选择能访问哪些工作空间（团队空间）。资源所在的空间不在令牌的范围里时，即使权限点都勾选了，调用也会被拒绝。',
    steps: [
      '打开 `https://www.coze.cn/open/oauth/pats`，查看这个令牌能访问的工作空间。',
      '把资源所在的工作空间加进去，或者新建一个选中了它的令牌；需要时选择全部工作空间。',
      '令牌代表创建它的账号：确认这个账号是该工作空间的成员。',
      '工作空间刚从个人版迁移到团队版或企业版的话，原来的 API 授权会失效，需要重新授权：见工作空间迁移指南，本站也有对应的向导。',
    ],
    verify: [
      '运行 `curl -s "https://api.coze.cn/v1/workspaces?page_num=1&page_size=50" -H "Authorization: Bearer pat_xxxxxxxx"`（需要 `listWorkspace` 权限点），返回的列表里应有这个空间。',
      '重新调用原来的接口，不再返回 `4101`。',
    ],
  },
  'wrong-resource-id': {
    title: '资源 ID 不对',
    problem:
      '`4101` 的消息会提示核对资源 ID，`4200` 则表示资源不存在（或工作流未发布）。智能体、工作流或会话 ID 写错了、来自另一个区域或另一个账号，或者在代码里被改动过，都会这样。`4001`/`4002`（会话不存在）和 `4005`/`4006`（消息不存在）也属于这一类。',
    steps: [
      '用 API 列出真实的 ID：智能体用 `GET /v1/bots?workspace_id=<WORKSPACE_ID>`，工作流用 `GET /v1/workflows`，会话用 `GET /v1/conversations?bot_id=<BOT_ID>`。',
      'ID 一律按字符串处理：这些 ID 长达 19 位，超出 JavaScript 数字的安全精度，转成数字后末几位会变。',
      '确认 ID 与令牌在同一区域、同一账号下：扣子（coze.cn）里的智能体在 `api.coze.com` 上并不存在，反之亦然。',
      '工作流返回 `4200` 时，确认工作流已经发布。',
    ],
    verify: [
      '运行 `curl -s "https://api.coze.cn/v1/bots?workspace_id=<WORKSPACE_ID>&page_size=20" -H "Authorization: Bearer pat_xxxxxxxx"`，结果里应有你要用的 ID。',
      '用这个 ID 重新调用，不再返回 `4101` 或 `4200`。',
    ],
  },
  'bot-not-published': {
    title: '智能体没有发布到 API 渠道',
    problem:
      '`4015` 表示智能体没有发布到你调用的渠道：要通过 API 调用，智能体必须发布为 API（Agent As API）。这个错误也常常其实是区域问题：智能体在 coze.com，请求却发到 `api.coze.cn`，或者反过来。',
    steps: [
      '在扣子里打开这个智能体，点击 **发布**，在发布渠道里勾选 **API**（Agent As API），完成发布。',
      '确认智能体、令牌和 API 主机在同一区域：扣子的智能体用 `api.coze.cn`，coze.com 的用 `api.coze.com`。',
      '用 JWT 渠道应用时，`scope` 的 `bot_id_list` 里列出的智能体也必须先发布为 API。',
    ],
    verify: [
      '运行 `curl -s "https://api.coze.cn/v1/bots/<BOT_ID>?is_published=true" -H "Authorization: Bearer pat_xxxxxxxx"`（需要 `getMetadata` 权限点），应返回这个智能体的信息。',
      '重新发起对话，不再返回 `4015`。',
    ],
    uncertain: '发布界面上渠道的名称可能随版本变化；“Agent As API 对应渠道 ID `1024`”只来自第三方资料。',
  },
  'sdk-retrieve-bug': {
    title: 'coze-js 的 `chat.retrieve` 用错了请求方法',
    problem:
      '文档规定查询对话详情用 `GET /v3/chat/retrieve`，但 coze-js（至少到 2025 年 11 月）发送的是 POST。用 OAuth 令牌时，这个 POST 请求会返回 `4100`，看上去像令牌失效，其实令牌没问题。',
    steps: [
      '把 coze-js 升级到最新版，并查看 issue `coze-js#314` 是否已经修复。',
      '修复之前，自己发 GET 请求：`GET https://api.coze.cn/v3/chat/retrieve?conversation_id=<CONVERSATION_ID>&chat_id=<CHAT_ID>`，请求头 `Authorization: Bearer <访问令牌>`。',
    ],
    verify: ['用 GET 查询对话状态，`code` 为 `0`。'],
    uncertain: 'issue `coze-js#314` 到 2025 年 11 月仍未关闭；更新的版本可能已经修复，也可能没有。',
  },
} satisfies Record<string, OutcomeCopy>;
