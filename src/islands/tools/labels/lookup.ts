import type { LookupMatch } from '~/probes';

/** Strings of the error lookup (/tools/error-lookup/). */
export interface LookupLabels {
  readonly inputLabel: string;
  readonly inputHint: string;
  readonly tooLong: string;
  readonly resultHeading: string;
  readonly bestMatch: string;
  readonly others: string;
  readonly reasons: Readonly<Record<LookupMatch['reason'], string>>;
  readonly guideLink: string;
  readonly stepLink: string;
  readonly noMatch: string;
  readonly noMatchGuide: string;
  readonly noMatchWizard: string;
  readonly offlineNote: string;
  readonly meaning: string;
  readonly firstFix: string;
  readonly links: string;
  /** `{logid}`: the log ID found in the pasted text. */
  readonly logidFound: string;
  readonly logidHint: string;
}

export const lookupZh: LookupLabels = {
  inputLabel: '错误内容',
  inputHint: '粘贴完整的错误响应、一个错误码（如 4101），或者错误消息里的一句话，中文英文都可以。',
  tooLong: '内容太长了。请只粘贴错误响应本身。',
  resultHeading: '对应的说明',
  bestMatch: '最可能的匹配',
  others: '其他可能',
  reasons: {
    code: '按错误码匹配',
    'oauth-error': '按 OAuth 错误名匹配',
    'http-status': '按 HTTP 状态码匹配',
    message: '按错误消息的文字匹配',
  },
  guideLink: '说明：{title}',
  stepLink: '向导：{title}',
  noMatch: '没有找到对应的条目。可以先看错误码总表，或者用“令牌无效”向导一步步排查。',
  noMatchGuide: '错误码与错误消息',
  noMatchWizard: '“令牌无效”向导',
  offlineNote: '查找完全在浏览器里进行，不发送任何请求。',
  meaning: '含义',
  firstFix: '先这样做',
  links: '详细说明',
  logidFound: '日志 ID（logid）：{logid}',
  logidHint: '联系扣子支持时请引用它，支持人员靠它找到这次请求。',
};

export const lookupEn: LookupLabels = {
  inputLabel: 'Error',
  inputHint: 'Paste the whole error response, an error code (such as 4101), or a sentence from the error message, in Chinese or English.',
  tooLong: 'That is too long. Paste only the error response itself.',
  resultHeading: 'Where this is explained',
  bestMatch: 'Best match',
  others: 'Other possibilities',
  reasons: {
    code: 'matched by error code',
    'oauth-error': 'matched by OAuth error name',
    'http-status': 'matched by HTTP status',
    message: 'matched by the text of the message',
  },
  guideLink: 'Guide: {title}',
  stepLink: 'Wizard: {title}',
  noMatch: 'No entry matches. Start with the error code table, or work through the “token invalid” wizard step by step.',
  noMatchGuide: 'Error codes and messages',
  noMatchWizard: 'The “token invalid” wizard',
  offlineNote: 'The lookup runs entirely in your browser and sends no request.',
  meaning: 'Meaning',
  firstFix: 'First fix',
  links: 'Read more',
  logidFound: 'Log ID (logid): {logid}',
  logidHint: 'Quote this to Coze support: it is how they find this request.',
};
