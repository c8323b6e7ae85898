import type { FailureCase } from './types.ts';

const TABLE = 'coze-auth-facts.md §4 Known codes (official chat-sdk i18n table)';

/**
 * The rest of the facts file's code table: none is about the token, and the lookup must say so by
 * sending each to the step that names it rather than to a token check.
 */
export const codeTableCases: readonly FailureCase[] = [
  {
    id: 'facts-code-4001',
    source: TABLE,
    has: { pasted: { en: 'code 4001: conversation does not exist', zh: '错误码 4001：会话不存在' } },
    expect: { step: 'token-invalid#wrong-resource-id' },
  },
  {
    id: 'facts-code-4002',
    source: TABLE,
    has: { pasted: { en: 'code 4002: conversation does not exist', zh: '错误码 4002：会话不存在' } },
    expect: { step: 'token-invalid#wrong-resource-id' },
  },
  {
    id: 'facts-code-4003',
    source: TABLE,
    has: { pasted: { en: 'code 4003: meta_data too long', zh: '错误码 4003：meta_data 过长' } },
    expect: { step: 'token-invalid#bad-request' },
  },
  {
    id: 'facts-code-4004',
    source: TABLE,
    has: { pasted: { en: 'code 4004: additional_messages too long', zh: '错误码 4004：additional_messages 过长' } },
    expect: { step: 'token-invalid#bad-request' },
  },
  {
    id: 'facts-code-4005',
    source: TABLE,
    has: { pasted: { en: 'code 4005: message does not exist', zh: '错误码 4005：消息不存在' } },
    expect: { step: 'token-invalid#wrong-resource-id' },
  },
  {
    id: 'facts-code-4006',
    source: TABLE,
    has: { pasted: { en: 'code 4006: message does not exist', zh: '错误码 4006：消息不存在' } },
    expect: { step: 'token-invalid#wrong-resource-id' },
  },
  {
    id: 'facts-code-4008',
    source: TABLE,
    has: { pasted: { en: 'code 4008: bot daily usage exceeded', zh: '错误码 4008：智能体当日用量已超限' } },
    expect: { step: 'token-invalid#quota-or-billing' },
  },
  {
    id: 'facts-code-4009',
    source: TABLE,
    has: { pasted: { en: 'code 4009: too many current users', zh: '错误码 4009：当前用户过多' } },
    expect: { step: 'token-invalid#quota-or-billing' },
  },
  {
    id: 'facts-code-4010',
    source: TABLE,
    has: { pasted: { en: 'code 4010: prompt tokens exceed the model limit', zh: '错误码 4010：提示词超出模型上限' } },
    expect: { step: 'token-invalid#bad-request' },
  },
  {
    id: 'facts-code-4011',
    source: TABLE,
    has: { pasted: { en: 'code 4011: insufficient Coze token balance', zh: '错误码 4011：扣子 token 余额不足' } },
    expect: { step: 'token-invalid#quota-or-billing' },
  },
  {
    id: 'facts-code-4012',
    source: TABLE,
    has: { pasted: { en: 'code 4012: invalid model', zh: '错误码 4012：模型无效' } },
    expect: { step: 'token-invalid#bad-request' },
  },
  {
    id: 'facts-code-4014',
    source: TABLE,
    has: { pasted: { en: 'code 4014: the bot cannot answer', zh: '错误码 4014：智能体无法回答' } },
    expect: { step: 'token-invalid#bad-request' },
  },
  {
    id: 'facts-code-4016',
    source: TABLE,
    has: { pasted: { en: 'code 4016: a chat is already running in this conversation', zh: '错误码 4016：该会话中已有进行中的对话' } },
    expect: { step: 'token-invalid#bad-request' },
  },
  {
    id: 'facts-code-4019',
    source: TABLE,
    has: { pasted: { en: 'code 4019: overdue payment', zh: '错误码 4019：账户欠费' } },
    expect: { step: 'token-invalid#quota-or-billing' },
  },
  {
    id: 'facts-code-4027',
    source: TABLE,
    has: { pasted: { en: 'code 4027: overdue payment', zh: '错误码 4027：账户欠费' } },
    expect: { step: 'token-invalid#quota-or-billing' },
  },
  {
    id: 'facts-code-4102',
    source: TABLE,
    has: { pasted: { en: 'code 4102: content-safety violation in the name or description', zh: '错误码 4102：名称或描述违反内容安全规范' } },
    expect: { step: 'token-invalid#bad-request' },
  },
  {
    id: 'facts-code-4300',
    source: TABLE,
    has: { pasted: { en: 'code 4300: file upload failed', zh: '错误码 4300：文件上传失败' } },
    expect: { step: 'token-invalid#bad-request' },
  },
  {
    id: 'facts-code-4301',
    source: TABLE,
    has: { pasted: { en: 'code 4301: file upload failed', zh: '错误码 4301：文件上传失败' } },
    expect: { step: 'token-invalid#bad-request' },
  },
  {
    id: 'facts-code-4302',
    source: TABLE,
    has: { pasted: { en: 'code 4302: file upload failed', zh: '错误码 4302：文件上传失败' } },
    expect: { step: 'token-invalid#bad-request' },
  },
  {
    id: 'facts-code-4303',
    source: TABLE,
    has: { pasted: { en: 'code 4303: file upload failed', zh: '错误码 4303：文件上传失败' } },
    expect: { step: 'token-invalid#bad-request' },
  },
  {
    id: 'facts-code-4304',
    source: TABLE,
    has: { pasted: { en: 'code 4304: file upload failed', zh: '错误码 4304：文件上传失败' } },
    expect: { step: 'token-invalid#bad-request' },
  },
  {
    id: 'facts-code-6006',
    source: TABLE,
    has: { pasted: { en: 'code 6006: workflow code node timed out', zh: '错误码 6006：工作流代码节点超时' } },
    expect: { step: 'token-invalid#server-error' },
  },
  {
    id: 'facts-code-788788103',
    source: TABLE,
    has: { pasted: { en: 'code 788788103: Volcengine account balance outstanding', zh: '错误码 788788103：火山引擎账户欠费' } },
    expect: { step: 'token-invalid#quota-or-billing' },
  },
];
