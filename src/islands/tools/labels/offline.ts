/** The offline path shared by every tool: commands to run elsewhere, and the paste-back box. */
export interface OfflineLabels {
  readonly offlineHeading: string;
  readonly offlineIntro: string;
  readonly offlinePointer: string;
  readonly offlineLink: string;
  readonly commandFor: string;
  readonly commandCli: string;
  readonly commandCliHint: string;
  readonly commandCurl: string;
  readonly commandPowerShell: string;
  readonly commandUnmask: string;
  readonly commandUnmaskHint: string;
  readonly commandNeedsInput: string;
  readonly pasteLabel: string;
  readonly pasteHint: string;
  readonly pasteRun: string;
  readonly pasteHeading: string;
  readonly pasteFormat: string;
  readonly pasteFormats: Readonly<Record<'json' | 'http' | 'powershell' | 'text', string>>;
  readonly pasteErrors: Readonly<Record<'empty' | 'no-response-found' | 'too-long', string>>;
}

export const offlineZh: OfflineLabels = {
  offlineHeading: '不经过浏览器：自己运行命令，粘贴响应',
  offlineIntro: '同样的请求可以在你自己的终端里运行。命令里默认用占位符代替密钥，运行前换成你的值；再把输出粘贴到下面，页面只在本地分析这段文本，不会发送。',
  offlinePointer: '浏览器没能拿到 API 的回应。请改用终端运行同样的请求，再把输出粘贴回来。',
  offlineLink: '前往“粘贴响应”',
  commandFor: '命令对应的请求',
  commandCli: '命令行诊断工具 coze-auth-doctor（Node 20 及以上）',
  commandCliHint:
    '它会以不回显的方式询问令牌，给出与本页相同的结论、证据和向导步骤链接。请在本项目的代码仓库里先运行 npm install 再执行；这个包没有发布到 npm，在仓库之外运行 npx 可能会下载同名的其他包。',
  commandCurl: 'curl（macOS、Linux、Git Bash）',
  commandPowerShell: 'PowerShell（Windows）',
  commandUnmask: '复制时填入我输入的真实值',
  commandUnmaskHint: '勾选后命令里会包含你的密钥，只应粘贴到你自己的终端。',
  commandNeedsInput: '先填好上面的内容，这里才能生成命令。',
  pasteLabel: '粘贴响应',
  pasteHint: '可以粘贴 JSON 响应体，也可以粘贴 curl -i 或 PowerShell 命令的完整输出。',
  pasteRun: '分析响应',
  pasteHeading: '粘贴响应的分析结果',
  pasteFormat: '读取方式：{format}',
  pasteFormats: { json: 'JSON 响应体', http: 'HTTP 响应（状态行 + 头 + 正文）', powershell: 'PowerShell 输出', text: '纯文本' },
  pasteErrors: {
    empty: '粘贴框是空的。',
    'no-response-found': '没能在粘贴的内容里找到 API 响应。请粘贴 JSON 正文或命令的完整输出。',
    'too-long': '粘贴的内容太长，请只粘贴这一次请求的输出。',
  },
};

export const offlineEn: OfflineLabels = {
  offlineHeading: 'Without the browser: run the command yourself, paste the response',
  offlineIntro:
    'You can run the same request in your own terminal. The commands use placeholders for secrets by default; replace them before running. Paste the output below: the page reads it locally and sends nothing.',
  offlinePointer: 'The browser could not get an answer from the API. Run the same request in a terminal instead and paste the output back.',
  offlineLink: 'Go to “Paste the response”',
  commandFor: 'Request for the command',
  commandCli: 'The coze-auth-doctor command line (Node 20 or later)',
  commandCliHint:
    'It asks for the token without echoing it and gives the same verdict, evidence and wizard-step link as this page. Run it in a clone of this project after npm install: the package is not published on npm, so npx outside the clone could fetch another package of that name.',
  commandCurl: 'curl (macOS, Linux, Git Bash)',
  commandPowerShell: 'PowerShell (Windows)',
  commandUnmask: 'Fill in the real values I typed when copying',
  commandUnmaskHint: 'When ticked, the command contains your secret: paste it only into your own terminal.',
  commandNeedsInput: 'Fill in the fields above first; the commands are built from them.',
  pasteLabel: 'Paste the response',
  pasteHint: 'Paste the JSON body, or the whole output of the curl -i or PowerShell command.',
  pasteRun: 'Read the response',
  pasteHeading: 'Reading of the pasted response',
  pasteFormat: 'Read as: {format}',
  pasteFormats: { json: 'JSON body', http: 'HTTP response (status line, headers, body)', powershell: 'PowerShell output', text: 'plain text' },
  pasteErrors: {
    empty: 'The paste box is empty.',
    'no-response-found': 'No API response found in the pasted text. Paste the JSON body or the whole output of the command.',
    'too-long': 'The pasted text is too long; paste only the output of this one request.',
  },
};
