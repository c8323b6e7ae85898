/** The machine's live work, each a promise actor given the machine's AbortSignal. Tests swap them with `machine.provide`. */
import { fromPromise } from 'xstate';
import {
  authorizeUrl,
  checkToken,
  exchangeCode,
  pollDeviceToken,
  randomState,
  randomVerifier,
  refreshToken,
  requestDeviceCode,
  resolveBaseUrl,
  s256Challenge,
  type CodeExchangeInput,
  type DeviceCodeInput,
  type DevicePollInput,
  type RefreshInput,
  type TokenCheckInput,
} from '~/probes';
import type { Host } from '~/playground/types';

export interface PrepareInput {
  readonly clientId: string;
  readonly host: Host;
  readonly baseUrl?: string;
  readonly redirectUri: string;
}

/** Local only: a fresh verifier and state, the S256 challenge, the authorize URL. Sends nothing. */
export async function preparePkce(input: PrepareInput) {
  const target = resolveBaseUrl(input.host, input.baseUrl);
  if (!target.ok) throw new Error('The base URL was checked before preparing.');
  const verifier = randomVerifier();
  const state = randomState();
  const codeChallenge = await s256Challenge(verifier);
  return { verifier, state, authorizeUrl: authorizeUrl({ target, clientId: input.clientId.trim(), redirectUri: input.redirectUri, state, codeChallenge }) };
}

export const playgroundActors = {
  probePrepare: fromPromise(({ input }: { input: PrepareInput }) => preparePkce(input)),
  probeExchange: fromPromise(({ input, signal }: { input: CodeExchangeInput; signal: AbortSignal }) => exchangeCode(input, signal)),
  probeCheck: fromPromise(({ input, signal }: { input: TokenCheckInput; signal: AbortSignal }) => checkToken(input, signal)),
  probeRefresh: fromPromise(({ input, signal }: { input: RefreshInput; signal: AbortSignal }) => refreshToken(input, signal)),
  probeDeviceCode: fromPromise(({ input, signal }: { input: DeviceCodeInput; signal: AbortSignal }) => requestDeviceCode(input, signal)),
  probeDevicePoll: fromPromise(({ input, signal }: { input: DevicePollInput; signal: AbortSignal }) => pollDeviceToken(input, signal)),
};
