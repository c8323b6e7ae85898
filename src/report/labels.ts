import type { Locale } from '~/site/locale';

/** Words of the support report, its copy button, and the "copy reply" of the support catalog. */
export interface ReportLabels {
  readonly reportTitle: string;
  readonly colon: string;
  readonly comma: string;
  readonly about: string;
  readonly link: string;
  readonly result: string;
  readonly answers: string;
  readonly byCheck: string;
  readonly checks: string;
  readonly verdict: string;
  readonly noAnswer: string;
  readonly more: string;
  readonly language: string;
  readonly date: string;
  readonly browser: string;
  readonly button: string;
  readonly copied: string;
  readonly copyFailed: string;
  readonly copyReply: string;
  /** A ticket reply naming a step: `{wizard}`, `{step}`, `{link}`. */
  readonly reply: string;
  readonly replyCopiedFor: string;
  /** The request column of a pasted response, which has no request of its own. */
  readonly pasted: string;
}

export const reportLabels: Readonly<Record<Locale, ReportLabels>> = {
  'zh-CN': {
    reportTitle: 'Coze 鉴权医生：支持报告（不含令牌）',
    colon: '：',
    comma: '，',
    about: '内容',
    link: '链接',
    result: '结果',
    answers: '回答',
    byCheck: '由在线检查判断',
    checks: '检查',
    verdict: '结论',
    noAnswer: '无响应',
    more: '详细说明',
    language: '页面语言',
    date: '时间',
    browser: '浏览器',
    button: '复制支持报告',
    copied: '已复制',
    copyFailed: '无法复制，请手动选中下面的文字复制。',
    copyReply: '复制回复',
    reply:
      '您好，请打开「{wizard}」向导的这一步：「{step}」，按页面上的步骤排查：{link}\n如果还没有解决，请在页面上点「复制支持报告」，把报告贴回这里（报告不含令牌）。',
    replyCopiedFor: '已复制：{step}',
    pasted: '粘贴的响应',
  },
  en: {
    reportTitle: 'Coze Auth Doctor: support report (no token in it)',
    colon: ': ',
    comma: ', ',
    about: 'About',
    link: 'Link',
    result: 'Result',
    answers: 'Answers',
    byCheck: 'decided by a live check',
    checks: 'Checks',
    verdict: 'verdict',
    noAnswer: 'no answer',
    more: 'Explained at',
    language: 'Page language',
    date: 'Date',
    browser: 'Browser',
    button: 'Copy support report',
    copied: 'Copied',
    copyFailed: 'Could not copy. Select the text below and copy it by hand.',
    copyReply: 'Copy reply',
    reply:
      'Hello, please open this step of the “{wizard}” wizard: “{step}”, and follow the steps on the page: {link}\nIf that does not solve it, click “Copy support report” on the page and paste the report here (it contains no token).',
    replyCopiedFor: 'Copied: {step}',
    pasted: 'Pasted response',
  },
};
