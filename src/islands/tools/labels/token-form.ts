/** Strings of the one token form shared by the token check tool and the wizard check steps. */
export interface TokenFormLabels {
  /** Shown under the token field when Run is clicked with nothing pasted; nothing is sent. */
  readonly tokenEmpty: string;
  readonly appHostLegend: string;
  readonly appHostCn: string;
  readonly appHostCom: string;
  readonly appHostCustom: string;
  readonly appHostUnknown: string;
  /** Said before sending when the app host makes the check ask both Coze hosts. */
  readonly appHostBoth: string;
  /** `{origin}`: a custom host the site's CSP will block. */
  readonly cspBlocked: string;
  /** How to run the site locally so the browser may reach the host; the command follows it. */
  readonly cspLocal: string;
  readonly cspCommandLine: string;
  /** The JWT exchange clicked with no JWT pasted. */
  readonly jwtEmpty: string;
  /** Under the whole form when something refused the input: nothing was sent. */
  readonly nothingSent: string;
}

export const tokenFormZh: TokenFormLabels = {
  tokenEmpty: '请先粘贴令牌。没有发送任何内容。',
  appHostLegend: '出错的应用把请求发到哪个主机？',
  appHostCn: 'api.coze.cn（扣子中国站）',
  appHostCom: 'api.coze.com（国际站）',
  appHostCustom: '自部署的 Coze Studio 或其他地址',
  appHostUnknown: '不确定',
  appHostBoth:
    '因为你选了应用调用的官方主机，点击“{run}”后会同时询问 api.coze.cn 和 api.coze.com：只有这样才能区分“令牌属于另一个区域”和“令牌无效”。不点击不会发送任何内容。',
  cspBlocked:
    '这个网站的内容安全策略（CSP）只允许浏览器连接 api.coze.cn、api.coze.com 和本机（127.0.0.1 / localhost），所以浏览器会拦下发往 {origin} 的请求。没有发送任何内容。',
  cspLocal: '可行的办法一：在自己的电脑上运行本站，构建时把这个地址加进允许列表，然后打开 http://127.0.0.1:4321 上的同一页面：',
  cspCommandLine: '可行的办法二：走命令行路线：用 curl / PowerShell 自己发送同样的请求（或运行 coze-auth-doctor check），再把响应贴回令牌检查工具判断。',
  nothingSent: '输入有问题，没有发送任何内容。',
  jwtEmpty: '请先在上面的输入框粘贴 JWT。没有发送任何内容。',
};

export const tokenFormEn: TokenFormLabels = {
  tokenEmpty: 'Paste a token first. Nothing was sent.',
  appHostLegend: 'Where does the failing app send its calls?',
  appHostCn: 'api.coze.cn (Coze China)',
  appHostCom: 'api.coze.com (international)',
  appHostCustom: 'A self-hosted Coze Studio or another address',
  appHostUnknown: 'Not sure',
  appHostBoth:
    'Because you picked the official host your app calls, clicking "{run}" asks both api.coze.cn and api.coze.com: only that tells "this token belongs to the other region" from "this token is invalid". Nothing is sent until you click.',
  cspBlocked:
    "This site's Content Security Policy lets the browser connect only to api.coze.cn, api.coze.com and this computer (127.0.0.1 / localhost), so the browser would block a request to {origin}. Nothing was sent.",
  cspLocal:
    'What works instead, one: run this site on your own computer with that address allowed at build time, then open the same page on http://127.0.0.1:4321:',
  cspCommandLine:
    'What works instead, two: take the command-line route: send the same request yourself with curl / PowerShell (or run coze-auth-doctor check) and paste the response back into the token check.',
  nothingSent: 'Something in the input needs fixing; nothing was sent.',
  jwtEmpty: 'Paste a JWT into the box above first. Nothing was sent.',
};
