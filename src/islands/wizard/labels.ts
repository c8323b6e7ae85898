import type { Locale, StepKind } from '~/wizards/engine/types';

/**
 * Every piece of wizard chrome text (island, outline, diagram, index), per locale. The island gets
 * its locale's object as a prop, so no label text is bundled into its JavaScript. `{n}`, `{title}`
 * and `{verdict}` are filled in with `fill()`.
 */
export interface WizardLabels {
  readonly region: string;
  readonly stepNumber: string;
  readonly stepSeparator: string;
  readonly back: string;
  readonly startOver: string;
  readonly howYouGotHere: string;
  readonly copyLink: string;
  readonly copyFailed: string;
  readonly chooseAnswer: string;
  readonly answerByHand: string;
  /** Under an inconclusive check: the answers by hand (above the form) still work. */
  readonly answerByHandAfterFailure: string;
  readonly noticeUnknownLink: string;
  readonly noticeAnswersReset: string;
  /** A diagram box or outline link opened a step the visitor's answers do not lead to. */
  readonly noticeNewPath: string;
  /** Under a diagram wider than its column. */
  readonly diagramScrolls: string;
  readonly problem: string;
  readonly fix: string;
  readonly verify: string;
  readonly uncertain: string;
  readonly guides: string;
  readonly checkIntro: string;
  readonly token: string;
  readonly tokenHint: string;
  readonly whatIsSent: string;
  readonly useCommand: string;
  readonly host: string;
  readonly hostCn: string;
  readonly hostCom: string;
  readonly hostAuto: string;
  readonly hostCustom: string;
  readonly baseUrl: string;
  readonly runCheck: string;
  readonly running: string;
  readonly cancel: string;
  readonly retry: string;
  readonly checkInconclusive: string;
  readonly decidedByCheck: string;
  readonly kindQuestion: string;
  readonly kindCheck: string;
  readonly kindOutcome: string;
  readonly outlineHeading: string;
  readonly outlineIntro: string;
  readonly outlineCheck: string;
  readonly leadsTo: string;
  readonly diagramHeading: string;
  readonly diagramDescription: string;
  readonly noscript: string;
  readonly indexSteps: string;
  readonly indexOpen: string;
}

export const labels: Readonly<Record<Locale, WizardLabels>> = {
  'zh-CN': {
    region: '向导：{title}',
    stepNumber: '第 {n} 步',
    stepSeparator: '：',
    back: '上一步',
    startOver: '重新开始',
    howYouGotHere: '你是怎么到这里的',
    copyLink: '复制此步骤的链接',
    copyFailed: '无法自动复制，请手动复制下面的链接',
    chooseAnswer: '选择一个回答',
    answerByHand: '手动回答（不需要令牌）',
    answerByHandAfterFailure: '也可以在上面直接手动回答这一步。',
    noticeUnknownLink: '这个链接指向的步骤不存在（可能已改名或链接不完整），已从第 1 步开始。',
    noticeAnswersReset: '链接里的回答与这一步对不上，下面显示的是到达这一步的最短路径。',
    noticeNewPath: '你之前的回答到不了这一步，所以换成了从第一步到这里的最短路径，下面列出了这条路径。',
    diagramScrolls: '图比页面宽：可以左右滚动（聚焦后也可用方向键）。',
    problem: '问题所在',
    fix: '解决步骤',
    verify: '如何确认已解决',
    uncertain: '注意：这一点尚未得到官方确认',
    guides: '相关指南',
    checkIntro: '或者，手头有令牌的话，可以在线检查，由结果替你回答。点击“运行检查”之前不会发送任何内容。',
    token: '令牌',
    tokenHint: '令牌只会发送到你选择的 API 地址，不会被保存，也不会出现在链接里。',
    whatIsSent: '在线检查具体会发送什么',
    useCommand: '浏览器连不上 API 时，可以在令牌检查工具里复制同样的请求（curl / PowerShell）自己运行，再把响应贴回来判断。',
    host: '发送到',
    hostCn: 'api.coze.cn（中国站）',
    hostCom: 'api.coze.com（国际站）',
    hostAuto: '自动（两个区域都试）',
    hostCustom: '自定义 API 地址',
    baseUrl: 'API 地址',
    runCheck: '运行检查',
    running: '正在检查……',
    cancel: '取消',
    retry: '重试',
    checkInconclusive: '检查没有得出结论：',
    decidedByCheck: '（在线检查结果：{verdict}）',
    kindQuestion: '问题',
    kindCheck: '检查',
    kindOutcome: '结论',
    outlineHeading: '全部步骤（文字版）',
    outlineIntro: '下面列出这个向导的每一个问题、回答和结论，不需要 JavaScript 也能阅读。',
    outlineCheck: '在上面的交互式向导里，这一步可以用你的令牌在线检查，由结果替你回答；也可以直接按下面的回答选择。',
    leadsTo: '转到',
    diagramHeading: '流程图',
    diagramDescription: '每个方框是一个步骤，箭头是回答。点击方框可跳到该步骤的文字说明。',
    noscript: 'JavaScript 已关闭，交互式向导无法使用。请按下方“全部步骤”的文字版操作。',
    indexSteps: '全部步骤',
    indexOpen: '打开向导',
  },
  en: {
    region: 'Wizard: {title}',
    stepNumber: 'Step {n}',
    stepSeparator: ': ',
    back: 'Back',
    startOver: 'Start over',
    howYouGotHere: 'How you got here',
    copyLink: 'Copy link to this step',
    copyFailed: 'Could not copy automatically; copy the link below',
    chooseAnswer: 'Choose an answer',
    answerByHand: 'Answer by hand (no token needed)',
    answerByHandAfterFailure: 'You can still answer this step by hand above.',
    noticeUnknownLink: 'The link points to a step that does not exist (it may have been renamed or cut short), so the wizard starts at step 1.',
    noticeAnswersReset: 'The answers in the link do not lead to this step; below is the shortest way there.',
    noticeNewPath: 'Your earlier answers do not lead to this step, so a new path was started: the shortest way here from the first step, listed below.',
    diagramScrolls: 'The diagram is wider than the page: scroll it sideways (or focus it and use the arrow keys).',
    problem: "What's wrong",
    fix: 'How to fix it',
    verify: 'How to verify',
    uncertain: 'Caution: this is not officially confirmed',
    guides: 'Related guides',
    checkIntro: 'Or, with a token at hand, check it live and let the result answer for you. Nothing is sent before you click "Run check".',
    token: 'Token',
    tokenHint: 'The token goes only to the API host you pick. It is not stored and never appears in a link.',
    whatIsSent: 'What exactly a live check sends',
    useCommand:
      'When the browser cannot reach the API, the token check tool gives you the same request as a curl or PowerShell command to run yourself, and reads the response you paste back.',
    host: 'Send to',
    hostCn: 'api.coze.cn (China)',
    hostCom: 'api.coze.com (international)',
    hostAuto: 'Automatic (try both)',
    hostCustom: 'Custom API base URL',
    baseUrl: 'API base URL',
    runCheck: 'Run check',
    running: 'Checking…',
    cancel: 'Cancel',
    retry: 'Retry',
    checkInconclusive: 'The check was not conclusive:',
    decidedByCheck: ' (live check result: {verdict})',
    kindQuestion: 'Question',
    kindCheck: 'Check',
    kindOutcome: 'Outcome',
    outlineHeading: 'All steps (text version)',
    outlineIntro: 'Every question, answer and outcome of this wizard, readable without JavaScript.',
    outlineCheck: 'In the interactive wizard above, a live check with your token can answer this step for you; or pick the answer below yourself.',
    leadsTo: 'go to',
    diagramHeading: 'Diagram',
    diagramDescription: 'Each box is a step and each arrow an answer. Select a box to jump to that step in the text version.',
    noscript: 'JavaScript is off, so the interactive wizard cannot run. Follow the text version under "All steps" below.',
    indexSteps: 'All steps',
    indexOpen: 'Open the wizard',
  },
};

export function kindLabel(l: WizardLabels, kind: StepKind): string {
  return kind === 'question' ? l.kindQuestion : kind === 'check' ? l.kindCheck : l.kindOutcome;
}
