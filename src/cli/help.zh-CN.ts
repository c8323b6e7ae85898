import type { HelpTable } from '~/cli/help-table';

const common: [string, string][] = [
  ['--json', '输出一个 JSON 对象（verdict、region、evidence、step…），而不是文本'],
  ['--lang zh-CN|en', '输出语言（默认取自 LC_ALL / LANG）'],
  ['--site URL', '向导步骤链接指向的网站（也可用 COZE_AUTH_DOCTOR_SITE）'],
  ['--timeout 秒数', '每个请求的时限（默认 10）'],
  ['--quiet', '不在 stderr 上显示进度'],
  ['-h, --help', '显示本帮助'],
];

export const helpZhCN: HelpTable = {
  main: {
    usage: 'coze-auth-doctor <命令> [选项]',
    summary: '在令牌所在的地方诊断扣子（Coze）API 鉴权问题：服务器、CI 流水线、自部署的 Coze Studio。',
    options: [
      ['check', '检查访问令牌（COZE_API_TOKEN 或标准输入）'],
      ['refresh', '测试 OAuth 刷新令牌（会用掉它，并保存新的）'],
      ['jwt', '检查 JWT 断言；签发并换取令牌'],
      ['lookup', '离线解释错误码或响应'],
      ['reach', '测试到 api.coze.cn 和 api.coze.com 的 DNS、TCP、TLS 和 HTTP'],
      ['--version', '显示版本'],
    ],
    examples: [
      ['COZE_API_TOKEN=… coze-auth-doctor check', '在两个主机上检查环境变量里的令牌'],
      ['coze-auth-doctor check --host cn < token.txt', '从文件读取令牌'],
      ['coze-auth-doctor lookup 4101', '4101 是什么意思？'],
      ['coze-auth-doctor <命令> --help', '某个命令的选项和示例'],
    ],
    footer:
      '令牌从不通过命令行参数传入（shell 历史、ps 可见）。退出码：0 有效；1 诊断出问题；2 用法或输入错误；3 无法连上 API 或回应无法解读。支持 HTTPS_PROXY、HTTP_PROXY 和 NO_PROXY；设置 NO_COLOR 可关闭颜色。',
  },
  check: {
    usage: 'coze-auth-doctor check [--host cn|com|auto|URL] [--app-host cn|com] [--json]',
    summary:
      '检查访问令牌（PAT、SAT、OAuth 的 czu_/czs_）：是哪种令牌、是否有效、属于哪个区域、能访问哪些工作空间。令牌来自 COZE_API_TOKEN、标准输入或不回显的提示输入。',
    options: [
      ['--host cn|com|auto|URL', '发往哪里：api.coze.cn、api.coze.com、两者（auto，默认）或一个基础地址（https，或 127.0.0.1/localhost 上的 http）'],
      ['--app-host cn|com', '出错的应用调用的是哪个主机：令牌只在另一个主机有效时，结论为 wrong-region'],
      ...common,
    ],
    examples: [
      ['COZE_API_TOKEN=… coze-auth-doctor check', '询问两个主机'],
      ['coze-auth-doctor check --host cn < token.txt', '只问 api.coze.cn，令牌来自文件'],
      ['coze-auth-doctor check --app-host com', '我的应用调用 api.coze.com，令牌属于这个区域吗？'],
      ['coze-auth-doctor check --host https://coze.example.com --json | jq .verdict', '自部署的 Coze Studio，供脚本使用'],
    ],
    footer:
      '退出码 0 有效；1 invalid-token、expired、wrong-region、missing-permission、rate-limited、malformed、not-a-token；2 用法错误；3 network-error、timeout、server-error、unexpected-response。',
  },
  refresh: {
    usage: 'coze-auth-doctor refresh --client-id ID --host cn|com|URL [--yes] [--out 文件] [--json]',
    summary:
      '通过实际刷新来测试 OAuth 刷新令牌。刷新令牌只能用一次：成功后它被新的刷新令牌取代。刷新令牌来自 COZE_REFRESH_TOKEN、标准输入或不回显的提示输入；Web 应用的客户端密钥来自 COZE_CLIENT_SECRET。',
    options: [
      ['--client-id ID', 'OAuth 应用（<数字>.app.coze）'],
      ['--host cn|com|URL', '签发该令牌的区域（必填：不做任何猜测）'],
      ['--yes', '不再询问，直接用掉刷新令牌（没有终端时必须提供）'],
      ['--out 文件', '把新的刷新令牌写入文件（以 0600 权限新建；从不覆盖）'],
      ...common,
    ],
    examples: [
      ['COZE_REFRESH_TOKEN=… coze-auth-doctor refresh --client-id 123….app.coze --host cn --out new-refresh.txt', '刷新，并把新令牌保存到文件'],
      ['coze-auth-doctor refresh --client-id 123….app.coze --host com --yes --json < rt.txt', '供脚本使用；JSON 中包含新令牌'],
    ],
    footer: '不加 --out 或 --json 时只显示新刷新令牌的指纹，令牌本身会丢失。',
  },
  jwt: {
    usage: 'coze-auth-doctor jwt [--host cn|com|URL] [--exchange] | jwt --private-key 文件 --app-id ID --kid KID --host cn|com',
    summary:
      '按扣子的规则检查 JWT 断言（标准输入）：RS256、kid、iss 为应用 ID、aud 为 API 主机、iat/exp、jti。加 --exchange 会接着换取 czs_ 服务令牌；加 --private-key 则先在本地签发。',
    options: [
      ['--host cn|com|URL', 'JWT 对应的主机（换取令牌时必填）'],
      ['--exchange', '检查后用标准输入中的 JWT 换取访问令牌'],
      ['--private-key 文件', 'JWT 应用的 PKCS#8 PEM 私钥：签发 JWT 并换取令牌'],
      ['--app-id ID', 'JWT 应用 ID（iss 声明）'],
      ['--kid KID', '控制台显示的公钥指纹'],
      ['--duration 秒数', '申请的访问令牌有效期（最多 86399）'],
      ['--out 文件', '把新的访问令牌写入文件（0600 权限；从不覆盖）'],
      ...common,
    ],
    examples: [
      ['coze-auth-doctor jwt --host cn < assertion.jwt', '只检查，不发送任何请求'],
      ['coze-auth-doctor jwt --host cn --exchange < assertion.jwt', '检查后换取令牌'],
      ['coze-auth-doctor jwt --private-key private_key.pem --app-id 1127… --kid _Eo… --host cn', '签发并换取'],
    ],
    footer: 'JWT 只能用一次：换取会用掉它。检查发现错误时根本不会发送。',
  },
  lookup: {
    usage: 'coze-auth-doctor lookup "<错误文本>"   （或从标准输入传入）',
    summary: '为错误码、OAuth 错误、HTTP 状态码或完整的响应正文找出含义、首要修复方法、说明页和向导步骤。离线运行，不发送任何请求。',
    options: common.filter(([flag]) => flag !== '--timeout 秒数' && flag !== '--quiet'),
    examples: [
      ['coze-auth-doctor lookup 4101', '只有错误码'],
      ['coze-auth-doctor lookup "The token you entered is incorrect"', '一条错误消息'],
      ['coze-auth-doctor lookup --json < response.json', '保存下来的响应正文'],
    ],
    footer: '有匹配时退出码为 0，没有匹配时为 1。',
  },
  reach: {
    usage: 'coze-auth-doctor reach [--host cn|com|auto] [--json]',
    summary: '不需要任何令牌：对每个扣子 API 主机做域名解析、建立连接、TLS 握手并发出请求，给出每一步的耗时。',
    options: [['--host cn|com|auto', '测试哪些主机（默认两个都测）'], ...common],
    examples: [
      ['coze-auth-doctor reach', '两个主机'],
      ['HTTPS_PROXY=http://proxy:3128 coze-auth-doctor reach --host cn', '经由公司代理'],
    ],
    footer: '每个主机都像扣子 API 一样回应时退出码为 0，否则为 3。',
  },
};
