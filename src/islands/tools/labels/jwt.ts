import type { JwtFinding } from '~/probes';
import { findingsEn, findingsZh, type FindingLabels } from '~/islands/tools/labels/jwt-findings';

/** Strings of the JWT inspector (/tools/jwt-inspector/). */
export interface JwtLabels {
  readonly jwtLabel: string;
  readonly jwtHint: string;
  readonly audLegend: string;
  readonly decodeNote: string;
  readonly headerHeading: string;
  readonly claimsHeading: string;
  readonly findingsHeading: string;
  readonly noFindings: string;
  readonly severities: Readonly<Record<JwtFinding['severity'], string>>;
  readonly findings: FindingLabels;
  readonly browserClock: string;
  readonly claimTime: string;
  /** In place of a date for a time claim no calendar can show (e.g. `exp: 1e300`). */
  readonly notADate: string;
  readonly earlier: string;
  readonly later: string;
  readonly exchangeHeading: string;
  readonly exchangeNote: string;
  readonly durationLabel: string;
  readonly durationHint: string;
  readonly durationInvalid: string;
  readonly scopeLabel: string;
  readonly scopeHint: string;
  readonly scopeInvalid: string;
  readonly exchangeRun: string;
  readonly exchangeNeedsJwt: string;
  readonly accessHeading: string;
  readonly signHeading: string;
  readonly signIntro: string;
  readonly pemLabel: string;
  readonly pemHint: string;
  readonly appIdLabel: string;
  readonly kidLabel: string;
  readonly signRun: string;
  readonly signed: string;
  readonly signFailed: string;
  readonly signNeedsOfficialHost: string;
  readonly signMissing: string;
}

export const jwtZh: JwtLabels = {
  jwtLabel: 'JWT 断言',
  jwtHint: '粘贴你的代码签出的 JWT（三段用“.”分隔的文本）。解码只在本页进行。',
  audLegend: 'JWT 要发往的 API 主机（用来检查 aud）',
  decodeNote: '这里只解码、不验签：签名是否正确只有服务器能判断。',
  headerHeading: '头部（header）',
  claimsHeading: '载荷（claims）',
  findingsHeading: '检查项',
  noFindings: '按扣子的 JWT 规则没有发现问题。',
  severities: { error: '错误', warning: '警告', info: '信息' },
  findings: findingsZh,
  browserClock: '本浏览器的时间：{time}（Unix {unix}）',
  claimTime: '{claim}：{time}，{offset}',
  notADate: '超出日历范围，不是可用的时间',
  earlier: '比本浏览器的时间早{duration}',
  later: '比本浏览器的时间晚{duration}',
  exchangeHeading: '用这个 JWT 换取访问令牌（可选）',
  exchangeNote: '每个 JWT 只能用一次：换取之后，同一个 JWT（同一个 jti）再发送会被拒绝。',
  durationLabel: '令牌有效期 duration_seconds（秒）',
  durationHint: '1 到 86399 之间；留空则由服务器用默认值 900。',
  durationInvalid: '请输入 1 到 86399 之间的整数。',
  scopeLabel: 'scope（可选，JSON）',
  scopeHint: '只有渠道应用会用到 scope。留空则不发送。',
  scopeInvalid: '这不是有效的 JSON：{detail}',
  exchangeRun: '换取令牌',
  exchangeNeedsJwt: '先在上面粘贴一个 JWT。',
  accessHeading: '换到的访问令牌',
  signHeading: '在本页签一个 JWT',
  signIntro:
    '私钥只在你的浏览器里用 WebCrypto 签名，不会发往任何地方。签出的 JWT 会填进上面的检查框。不想用正式私钥的话，可以在控制台给应用临时加一对密钥，测完再删。',
  pemLabel: '私钥（PKCS#8 PEM，即 private_key.pem 的内容）',
  pemHint: '以 -----BEGIN PRIVATE KEY----- 开头。',
  appIdLabel: '应用 ID（iss）',
  kidLabel: '公钥指纹（kid）',
  signRun: '签名',
  signed: '已签名，JWT 已填入上面的检查框。',
  signFailed: '签名失败：请确认私钥是 PKCS#8 格式（-----BEGIN PRIVATE KEY-----）的 RSA 私钥。',
  signNeedsOfficialHost: '签名只支持 coze.cn 和 coze.com 两个官方主机，请在上面选择其中一个。',
  signMissing: '请填写私钥、应用 ID 和公钥指纹。',
};

export const jwtEn: JwtLabels = {
  jwtLabel: 'JWT assertion',
  jwtHint: 'Paste the JWT your code signs (three parts separated by dots). It is decoded on this page only.',
  audLegend: 'API host the JWT will be sent to (to check aud)',
  decodeNote: 'Decoded, not verified: only the server can tell whether the signature is right.',
  headerHeading: 'Header',
  claimsHeading: 'Claims',
  findingsHeading: 'Checks',
  noFindings: 'Nothing wrong by Coze’s JWT rules.',
  severities: { error: 'Error', warning: 'Warning', info: 'Info' },
  findings: findingsEn,
  browserClock: 'This browser’s clock: {time} (Unix {unix})',
  claimTime: '{claim}: {time}, {offset}',
  notADate: 'beyond any calendar date, not a usable time',
  earlier: '{duration} before this browser’s clock',
  later: '{duration} after this browser’s clock',
  exchangeHeading: 'Exchange this JWT for an access token (optional)',
  exchangeNote: 'A JWT works once: after an exchange, the same JWT (the same jti) is refused.',
  durationLabel: 'Token lifetime duration_seconds (seconds)',
  durationHint: 'Between 1 and 86399; leave empty for the server default of 900.',
  durationInvalid: 'Enter a whole number between 1 and 86399.',
  scopeLabel: 'scope (optional, JSON)',
  scopeHint: 'Only channel apps use a scope. Leave empty to send none.',
  scopeInvalid: 'This is not valid JSON: {detail}',
  exchangeRun: 'Exchange',
  exchangeNeedsJwt: 'Paste a JWT above first.',
  accessHeading: 'Access token received',
  signHeading: 'Sign a JWT here',
  signIntro:
    'The private key is used only in your browser, through WebCrypto, and is sent nowhere. The signed JWT fills the inspector above. If you would rather not use your real key, add a temporary key pair to the app in the console and delete it afterwards.',
  pemLabel: 'Private key (PKCS#8 PEM: the contents of private_key.pem)',
  pemHint: 'Starts with -----BEGIN PRIVATE KEY-----.',
  appIdLabel: 'App ID (iss)',
  kidLabel: 'Public-key fingerprint (kid)',
  signRun: 'Sign',
  signed: 'Signed; the JWT is in the inspector above.',
  signFailed: 'Signing failed: check that the key is an RSA private key in PKCS#8 form (-----BEGIN PRIVATE KEY-----).',
  signNeedsOfficialHost: 'Signing supports the two official hosts only: pick coze.cn or coze.com above.',
  signMissing: 'Fill in the private key, the app ID and the public-key fingerprint.',
};
