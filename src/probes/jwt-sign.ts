/**
 * Signing a Coze JWT assertion in the page (stretch goal of the JWT inspector). The private key
 * never leaves the browser; jose uses WebCrypto, so this works in Node too.
 */
import { importPKCS8, SignJWT } from 'jose';
import { COZE_API_HOSTS } from '~/site/origins.mjs';

export interface SignJwtInput {
  /** PKCS#8 PEM (`-----BEGIN PRIVATE KEY-----`), as the console's private_key.pem. */
  readonly privateKeyPem: string;
  /** The public-key fingerprint shown in the console. */
  readonly kid: string;
  /** The OAuth app id (numeric): the JWT `iss`. */
  readonly appId: string;
  readonly host: 'cn' | 'com';
  /** Lifetime of the assertion in seconds (default 600, at most 3600 like the SDKs). */
  readonly ttl?: number;
  readonly sessionName?: string;
  /** Defaults to the current time. */
  readonly now?: Date;
}

/** Why signing failed; the message never contains key material. */
export class JwtSignError extends Error {
  override name = 'JwtSignError' as const;
  readonly code: 'bad-key' | 'bad-input';

  constructor(code: 'bad-key' | 'bad-input') {
    super(code === 'bad-key' ? 'The private key is not a PKCS#8 RSA key in PEM form.' : 'kid and a numeric app id are required.');
    this.code = code;
  }
}

/**
 * Type guard for {@link JwtSignError}.
 * @example
 * ```ts
 * try { jwt = await signJwt(input); } catch (error) { if (isJwtSignError(error)) show(error.code); }
 * ```
 */
export function isJwtSignError(error: unknown): error is JwtSignError {
  return error instanceof Error && error.name === 'JwtSignError';
}

function randomJti(): string {
  // 32 random bytes as hex: 64 characters, above the docs' "more than 32 bytes" advice.
  return Array.from(crypto.getRandomValues(new Uint8Array(32)), (b) => b.toString(16).padStart(2, '0')).join('');
}

/** Signs a Coze JWT assertion (RS256, typ JWT, random jti). Rejects with {@link JwtSignError}. */
export async function signJwt(input: SignJwtInput): Promise<string> {
  if (input.kid.trim() === '' || !/^\d+$/.test(input.appId.trim())) throw new JwtSignError('bad-input');
  let key: CryptoKey;
  try {
    key = await importPKCS8(input.privateKeyPem.trim(), 'RS256');
  } catch {
    throw new JwtSignError('bad-key');
  }
  const now = Math.floor((input.now ?? new Date()).getTime() / 1000);
  const ttl = Math.min(Math.max(Math.floor(input.ttl ?? 600), 1), 3600);
  return new SignJWT(input.sessionName ? { session_name: input.sessionName } : {})
    .setProtectedHeader({ alg: 'RS256', typ: 'JWT', kid: input.kid.trim() })
    .setIssuer(input.appId.trim())
    .setAudience(COZE_API_HOSTS[input.host])
    .setIssuedAt(now)
    .setExpirationTime(now + ttl)
    .setJti(randomJti())
    .sign(key);
}
