export interface SignJwtInput {
  /** PKCS#8 PEM (`-----BEGIN PRIVATE KEY-----`), as the console's private_key.pem. */
  readonly privateKeyPem: string;
  /** The public-key fingerprint shown in the console. */
  readonly kid: string;
  /** The OAuth app id (numeric): the JWT `iss`. */
  readonly appId: string;
  readonly host: 'cn' | 'com';
  /** Lifetime of the assertion in seconds (default 600). */
  readonly ttl?: number;
  readonly sessionName?: string;
}

/** Signs a Coze JWT assertion (RS256, random 32-byte hex jti) with WebCrypto via jose. */
export async function signJwt(_input: SignJwtInput): Promise<string> {
  throw new Error('not implemented');
}
