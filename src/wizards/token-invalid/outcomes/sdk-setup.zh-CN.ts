import type { OutcomeCopy } from '~/wizards/engine/types';

// SDK 在发出任何请求之前就在本机失败：还谈不上令牌、主机或区域，测试令牌帮不上忙。事实与来源见各 sdk-* 指南。
const NOTHING_SENT = '请求根本没有到达扣子：是 SDK 在你的机器上失败了，所以没有 `logid`，令牌检查也说明不了这个问题。';

export default {
  'sdk-jjwt-clash': {
    title: 'coze-java：项目里有另一个 jjwt 版本（`NoSuchMethodError … io.jsonwebtoken`）',
    problem: `coze-java 用 jjwt 0.11.5 签 JWT（\`DefaultJWTBuilder\`）。如果你的构建里最终用的是别的 jjwt（RuoYi 自带的 0.9，coze-java#103；#55、#147 也是版本冲突），SDK 调用的方法在运行时不存在，签名时抛出 \`java.lang.NoSuchMethodError\`。${NOTHING_SENT}`,
    steps: [
      '运行 `mvn dependency:tree | grep -E "jwt|coze"`（Gradle：`gradle dependencies`），看实际用的是哪个 jjwt 版本。',
      '要么把整个项目统一到 jjwt 0.11.x，',
      '要么按 coze-java README 对 jjwt 0.12 及以上版本的说明：排除 SDK 的 jjwt 依赖，自己实现 `com.coze.openapi.service.auth.JWTBuilder`（参考示例 `ExampleJWTBuilder.java`），用 `.jwtBuilder(new ExampleJWTBuilder())` 传给 `JWTOAuthClient`。',
    ],
    verify: ['`JWTOAuthClient.getAccessToken()` 返回令牌而不再抛异常；之后 coze-java 打印的其他错误见 Java 指南。'],
  },
  'sdk-jwt-ttl-npe': {
    title: 'coze-java：`JWTOAuth.getRefreshBefore` 里的 `NullPointerException`（没设 ttl，0.3.1 已修复）',
    problem: `coze-java 0.3.1 之前，照示例构建的 \`JWTOAuth\` 不会从 \`JWTOAuthClient\` 取 \`ttl\`，于是 \`ttl\` 为 null，第一次调用就在 \`JWTOAuth.getRefreshBefore\` 抛出 \`NullPointerException\`（coze-java#79）。${NOTHING_SENT}`,
    steps: [
      '把 coze-java 升级到 0.3.1 或更高：此后 `JWTOAuthClient` 的 `ttl` 默认 900 秒，`JWTOAuth` 的 builder 会沿用它（PR #91）。',
      '暂时不能升级的话，自己设置：`JWTOAuth.builder().jwtClient(oauth).ttl(oauth.getTtl()).build()`，并在客户端上设置 `ttl`。',
    ],
    verify: ['第一次 API 调用不再抛这个异常；之后如果还失败，会有扣子的 `code` 或 `error_code` 可以查。'],
  },
  'sdk-private-key-format': {
    title: 'SDK 读不了你的私钥（PEM 格式问题）',
    problem: `JWT 应用的私钥在签名前先在本机解析。coze-js 在两种 PEM 头都没有时抛出 \`Invalid private key format. Expected PEM format (RSA or PKCS8)\`；coze-go 只去掉 PKCS#8 的头（\`-----BEGIN PRIVATE KEY-----\`），所以 PKCS#1 私钥（\`BEGIN RSA PRIVATE KEY\`）会报 \`failed to parse private key: failed to decode private key …\`。${NOTHING_SENT}`,
    steps: [
      '使用创建密钥对时扣子控制台下载的 `private_key.pem`，完整保留：头一行、正文、尾一行。',
      '私钥放在环境变量里的话，保留换行（或写成 `\\n`，使用前再换回换行符），并去掉额外加上的引号。',
      'coze-go 需要 PKCS#8：`openssl pkcs8 -topk8 -nocrypt -in private_key.pem -out private_key_pkcs8.pem`。',
      '`kid` / `PublicKey` 填的是公钥指纹，不是密钥本身；填错会在之后表现为 `kid not been registred`。',
    ],
    verify: ['SDK 能签名并发出令牌请求：拿到 `access_token`，或者得到扣子的回答，其中的 `error_code` 可以在本站查询。'],
  },
  'sdk-ws-base-url-https': {
    title: "cozepy WebSocket：`base_url must start with 'https://'`",
    problem: `cozepy 从 \`base_url\` 推导 WebSocket 地址，只接受以 \`https://\` 开头的值，否则抛出 \`ValueError: base_url must start with 'https://'\`。部署在 \`http://localhost:8888\` 的 Coze Studio 就会遇到，而对同一地址的 REST 调用是正常的。${NOTHING_SENT}`,
    steps: [
      '官方 API 请原样使用 `COZE_CN_BASE_URL`（`https://api.coze.cn`）或 `COZE_COM_BASE_URL`（`https://api.coze.com`）。',
      '自部署实例请在前面加一层 HTTPS（带证书的反向代理），把这个 `https://` 地址作为 `base_url`。',
    ],
    verify: ['WebSocket 客户端能连上；之后如果被拒绝，会显示 `server rejected WebSocket connection: HTTP …`，可以在本站查询。'],
  },
} satisfies Record<string, OutcomeCopy>;
