import type { OutcomeCopy } from '~/wizards/engine/types';

// REST 之外的接入面（WebSocket）的失败：令牌本身没有问题。
export default {
  'websocket-access-gated': {
    title: 'REST 正常，WebSocket 握手却是 HTTP 403：这个账号还没有开通 WebSocket 权限',
    problem:
      '握手时的 403（cozepy：`server rejected WebSocket connection: HTTP 403`；coze-js 在 Node 里：`{"code":403,"msg":"Forbidden"}`）是在建立连接之前就被拒绝。同一个令牌调用 REST 正常时，令牌和区域都没问题：`coze-py#171` 里（权限全部勾选、区域为 cn，仍然 403）维护者回复需要申请 WebSocket 白名单。这项权限按账号开通，多勾权限点并不能得到它。',
    steps: [
      '先排除区域：WebSocket 主机要和 REST 主机一致（`wss://ws.coze.cn` 对应 `https://api.coze.cn`，`wss://ws.coze.com` 对应 `https://api.coze.com`）。coze-js 有单独的 `baseWsURL`，默认是 cn；其他 SDK 从 base URL 推导。',
      '确认令牌勾选了所调用 WebSocket 接口（语音、实时对话）的权限点，智能体已发布到 API 渠道。',
      '然后通过官方渠道为你的账号申请 WebSocket 权限（`coze-py#171` 里维护者给出的白名单申请表，或扣子客服），写明账号和被拒握手的 `logid`。',
      '如果 403 没有扣子的 `logid`，或者返回的是 HTML 页面，原因是代理或防火墙拦截了 `Upgrade`：换一个网络试试。',
    ],
    verify: ['同一个 SDK 调用能打开连接并收到第一个事件（例如 `chat.created`），不再是 403。'],
    uncertain: '白名单的说法来自 `coze-py#171`（2025 年 1 月）。现在是否仍需按账号单独开通、是否与套餐有关，没有得到确认。',
  },
} satisfies Record<string, OutcomeCopy>;
