/**
 * One JWT (service) app per region with its own RSA key pair, generated at start-up so no private
 * key is ever committed. `kid` is the console's "public key fingerprint"; `appId` is the JWT `iss`.
 */
import { generateKeyPairSync } from 'node:crypto';
import type { FakeRegion } from './types.ts';

export interface FakeJwtApp {
  readonly appId: string;
  readonly kid: string;
  readonly privateKeyPem: string;
  readonly publicKeyPem: string;
}

function makeApp(appId: string, kid: string): FakeJwtApp {
  const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  return {
    appId,
    kid,
    privateKeyPem: privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
    publicKeyPem: publicKey.export({ type: 'spki', format: 'pem' }).toString(),
  };
}

export const JWT_APPS: Readonly<Record<FakeRegion, FakeJwtApp>> = {
  cn: makeApp('1000000000001', 'fakeKidCn_0000000000000000000000000001'),
  com: makeApp('2000000000001', 'fakeKidCom_000000000000000000000000001'),
};
