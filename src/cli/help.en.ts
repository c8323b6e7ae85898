import type { HelpTable } from '~/cli/help-table';

const common: [string, string][] = [
  ['--json', 'print one JSON object (verdict, region, evidence, step…) instead of text'],
  ['--lang zh-CN|en', 'language of the output (default: from LC_ALL / LANG)'],
  ['--site URL', 'web address the wizard-step links point to (or COZE_AUTH_DOCTOR_SITE)'],
  ['--timeout SECONDS', 'per-request time limit (default 10)'],
  ['--quiet', 'no progress line on stderr'],
  ['-h, --help', 'this help'],
];

export const helpEn: HelpTable = {
  main: {
    usage: 'coze-auth-doctor <command> [options]',
    summary: 'Diagnoses Coze (扣子) API authentication where the token already is: servers, CI, self-hosted Coze Studio.',
    options: [
      ['check', 'check an access token (COZE_API_TOKEN or stdin)'],
      ['refresh', 'test an OAuth refresh token (spends it; keeps the new one)'],
      ['jwt', 'inspect a JWT assertion; sign and exchange one'],
      ['lookup', 'explain an error code or response, offline'],
      ['reach', 'test DNS, TCP, TLS and HTTP to api.coze.cn and api.coze.com'],
      ['--version', 'print the version'],
    ],
    examples: [
      ['COZE_API_TOKEN=… coze-auth-doctor check', 'check the token in the environment on both hosts'],
      ['coze-auth-doctor check --host cn < token.txt', 'read the token from a file'],
      ['coze-auth-doctor lookup 4101', 'what does 4101 mean?'],
      ['coze-auth-doctor <command> --help', 'options and examples of one command'],
    ],
    footer:
      'Tokens are never accepted as arguments (shell history, ps). Exit codes: 0 valid; 1 a diagnosed problem; 2 usage or input error; 3 the API could not be reached or answered unreadably. HTTPS_PROXY, HTTP_PROXY and NO_PROXY are respected; NO_COLOR turns colours off.',
  },
  check: {
    usage: 'coze-auth-doctor check [--host cn|com|auto|URL] [--app-host cn|com] [--json]',
    summary:
      'Checks an access token (PAT, SAT, OAuth czu_/czs_): what kind it is, whether it works, in which region, with which workspaces. The token comes from COZE_API_TOKEN, standard input, or a hidden prompt.',
    options: [
      ['--host cn|com|auto|URL', 'where to send it: api.coze.cn, api.coze.com, both (auto, default) or a base URL (https, or http on 127.0.0.1/localhost)'],
      ['--app-host cn|com', 'where your failing app sends its calls: a token that works only on the other host is wrong-region'],
      ...common,
    ],
    examples: [
      ['COZE_API_TOKEN=… coze-auth-doctor check', 'ask both hosts'],
      ['coze-auth-doctor check --host cn < token.txt', 'only api.coze.cn, token from a file'],
      ['coze-auth-doctor check --app-host com', 'my app calls api.coze.com; is that the token’s region?'],
      ['coze-auth-doctor check --host https://coze.example.com --json | jq .verdict', 'a self-hosted Coze Studio, for a script'],
    ],
    footer:
      'Exit 0 valid; 1 invalid-token, expired, wrong-region, missing-permission, rate-limited, malformed, not-a-token; 2 usage; 3 network-error, timeout, server-error, unexpected-response.',
  },
  refresh: {
    usage: 'coze-auth-doctor refresh --client-id ID --host cn|com|URL [--yes] [--out FILE] [--json]',
    summary:
      'Tests an OAuth refresh token by refreshing it. A refresh token works once: success replaces it with a new one. The refresh token comes from COZE_REFRESH_TOKEN, standard input or a hidden prompt; a web app’s client secret from COZE_CLIENT_SECRET.',
    options: [
      ['--client-id ID', 'the OAuth app (<digits>.app.coze)'],
      ['--host cn|com|URL', 'the region that issued the token (required: nothing is guessed)'],
      ['--yes', 'spend the refresh token without asking (needed without a terminal)'],
      ['--out FILE', 'write the new refresh token to FILE (created with mode 0600; never overwrites)'],
      ...common,
    ],
    examples: [
      ['COZE_REFRESH_TOKEN=… coze-auth-doctor refresh --client-id 123….app.coze --host cn --out new-refresh.txt', 'refresh and keep the new token in a file'],
      ['coze-auth-doctor refresh --client-id 123….app.coze --host com --yes --json < rt.txt', 'for a script; the JSON holds the new tokens'],
    ],
    footer: 'Without --out or --json only the fingerprint of the new refresh token is printed, and the token itself is lost.',
  },
  jwt: {
    usage: 'coze-auth-doctor jwt [--host cn|com|URL] [--exchange] | jwt --private-key FILE --app-id ID --kid KID --host cn|com',
    summary:
      'Inspects a JWT assertion (standard input) against Coze’s rules: RS256, kid, iss = app id, aud = API host, iat/exp, jti. With --exchange it is then exchanged for a czs_ service token; with --private-key it is signed here first.',
    options: [
      ['--host cn|com|URL', 'the host the JWT is for (required to exchange)'],
      ['--exchange', 'exchange the JWT (from stdin) for an access token after inspecting it'],
      ['--private-key FILE', 'PKCS#8 PEM private key of the JWT app: sign a JWT and exchange it'],
      ['--app-id ID', 'the JWT app id (the iss claim)'],
      ['--kid KID', 'the public key fingerprint shown in the console'],
      ['--duration SECONDS', 'lifetime asked for the access token (at most 86399)'],
      ['--out FILE', 'write the new access token to FILE (mode 0600; never overwrites)'],
      ...common,
    ],
    examples: [
      ['coze-auth-doctor jwt --host cn < assertion.jwt', 'inspect only, nothing is sent'],
      ['coze-auth-doctor jwt --host cn --exchange < assertion.jwt', 'inspect, then exchange'],
      ['coze-auth-doctor jwt --private-key private_key.pem --app-id 1127… --kid _Eo… --host cn', 'sign and exchange'],
    ],
    footer: 'A JWT is single-use: an exchange spends it. With errors it is not sent at all.',
  },
  lookup: {
    usage: 'coze-auth-doctor lookup "<error text>"   (or the text on standard input)',
    summary:
      'Finds the meaning, the first fix, the guide and the wizard step for an error code, OAuth error, HTTP status or a whole response body. Offline: nothing is sent.',
    options: common.filter(([flag]) => flag !== '--timeout SECONDS' && flag !== '--quiet'),
    examples: [
      ['coze-auth-doctor lookup 4101', 'a bare code'],
      ['coze-auth-doctor lookup "The token you entered is incorrect"', 'a message'],
      ['coze-auth-doctor lookup --json < response.json', 'a saved response body'],
    ],
    footer: 'Exit 0 when something matched, 1 when nothing did.',
  },
  reach: {
    usage: 'coze-auth-doctor reach [--host cn|com|auto] [--json]',
    summary: 'Without any token: resolves, connects to, shakes hands with and asks each Coze API host, with the time of each step.',
    options: [['--host cn|com|auto', 'which hosts to test (default both)'], ...common],
    examples: [
      ['coze-auth-doctor reach', 'both hosts'],
      ['HTTPS_PROXY=http://proxy:3128 coze-auth-doctor reach --host cn', 'through a corporate proxy'],
    ],
    footer: 'Exit 0 when every host answered like the Coze API, 3 otherwise.',
  },
};
