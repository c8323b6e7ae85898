import type { OutcomeCopy } from '~/wizards/engine/types';

// Failures inside the SDK before any request leaves the machine: no token, host or region is involved
// yet, so testing a token cannot help. Facts and sources: the sdk-* guides.
const NOTHING_SENT = 'Nothing reached Coze: the SDK failed on your machine, so no `logid` exists and the token check says nothing about this.';

export default {
  'sdk-jjwt-clash': {
    title: 'coze-java: another jjwt version in your project (`NoSuchMethodError … io.jsonwebtoken`)',
    problem: `coze-java signs the JWT with jjwt 0.11.5 (\`DefaultJWTBuilder\`). When another jjwt wins in your build (a bundled 0.9 in RuoYi, coze-java#103; clashes in #55 and #147), a method the SDK calls is missing at run time and it throws \`java.lang.NoSuchMethodError\` while signing. ${NOTHING_SENT}`,
    steps: [
      'Run `mvn dependency:tree | grep -E "jwt|coze"` (Gradle: `gradle dependencies`) to see which jjwt version is used.',
      'Either align the whole project on jjwt 0.11.x,',
      "or, as the coze-java README says for jjwt 0.12 and later, exclude the SDK's jjwt dependencies, implement `com.coze.openapi.service.auth.JWTBuilder` yourself (the example `ExampleJWTBuilder.java`) and pass it with `.jwtBuilder(new ExampleJWTBuilder())` to `JWTOAuthClient`.",
    ],
    verify: ['`JWTOAuthClient.getAccessToken()` returns a token instead of throwing; the Java guide lists the other errors coze-java prints after that.'],
  },
  'sdk-jwt-ttl-npe': {
    title: 'coze-java: `NullPointerException` in `JWTOAuth.getRefreshBefore` (ttl not set, fixed in 0.3.1)',
    problem: `Before coze-java 0.3.1, a \`JWTOAuth\` built as in the example did not take \`ttl\` from its \`JWTOAuthClient\`, so \`ttl\` was null and the first call threw \`NullPointerException\` at \`JWTOAuth.getRefreshBefore\` (coze-java#79). ${NOTHING_SENT}`,
    steps: [
      'Upgrade coze-java to 0.3.1 or later: `JWTOAuthClient` then defaults `ttl` to 900 seconds and the `JWTOAuth` builder falls back to it (PR #91).',
      'If you cannot upgrade, set it yourself: `JWTOAuth.builder().jwtClient(oauth).ttl(oauth.getTtl()).build()`, with `ttl` set on the client.',
    ],
    verify: ['The first API call runs without the exception; a later failure then has a Coze `code` or `error_code` to look up.'],
  },
  'sdk-private-key-format': {
    title: 'The SDK cannot read your private key (PEM format)',
    problem: `The JWT app's private key is parsed locally before anything is signed. coze-js throws \`Invalid private key format. Expected PEM format (RSA or PKCS8)\` when neither PEM header is there; coze-go strips only the PKCS#8 header (\`-----BEGIN PRIVATE KEY-----\`), so a PKCS#1 key (\`BEGIN RSA PRIVATE KEY\`) fails with \`failed to parse private key: failed to decode private key …\`. ${NOTHING_SENT}`,
    steps: [
      'Use the `private_key.pem` the Coze console downloaded when you created the key pair, whole: header line, body and footer line.',
      'If the key comes from an environment variable, keep its line breaks (or write `\\n` and turn them back into newlines before use), and remove any quotes that were added around it.',
      'For coze-go, convert a PKCS#1 key to PKCS#8: `openssl pkcs8 -topk8 -nocrypt -in private_key.pem -out private_key_pkcs8.pem`.',
      'Keep the key fingerprint (not the key) as the `kid` / `PublicKey` value; a wrong one shows up later as `kid not been registred`.',
    ],
    verify: ['The SDK signs and sends the token request: you get an `access_token`, or an answer from Coze whose `error_code` this site can look up.'],
  },
  'sdk-ws-base-url-https': {
    title: "cozepy WebSocket: `base_url must start with 'https://'`",
    problem: `cozepy builds the WebSocket URL from \`base_url\` and accepts only one that starts with \`https://\`; any other value raises \`ValueError: base_url must start with 'https://'\`. A self-hosted Coze Studio on \`http://localhost:8888\` hits this, while REST calls to the same address work. ${NOTHING_SENT}`,
    steps: [
      'For the official API, use `COZE_CN_BASE_URL` (`https://api.coze.cn`) or `COZE_COM_BASE_URL` (`https://api.coze.com`), exactly.',
      'For a self-hosted instance, put HTTPS in front of it (a reverse proxy with a certificate) and pass that `https://` address as `base_url`.',
    ],
    verify: ['The WebSocket client connects; a later refusal shows as `server rejected WebSocket connection: HTTP …`, which this site can look up.'],
  },
} satisfies Record<string, OutcomeCopy>;
