/** The playground machine's context, events and input. Tokens live here, in memory only. */
import type { DeviceCodeResult, OAuthTokensResult, RefreshResult, TokenCheckResult } from '~/probes';
import type { Callback } from '~/playground/callback';
import type { Diagnosis, Flow } from '~/playground/diagnose';
import type { SessionStore } from '~/playground/session';
import type { Shared } from '~/playground/share-link';

export type Host = 'cn' | 'com' | 'custom';

/** The tokens obtained so far. `spent` lists fingerprints of refresh tokens that no longer work. */
export interface TokenSet {
  readonly accessToken: string;
  readonly accessTokenFingerprint: string | null;
  readonly expiresAt: Date | null;
  readonly refreshToken: string | null;
  readonly refreshTokenFingerprint: string | null;
  readonly refreshExpiresAt: Date | null;
  readonly spent: readonly string[];
}

interface DeviceState extends Omit<DeviceCodeResult, 'expiresAt'> {
  readonly deviceCode: string;
  /** Epoch ms. */
  readonly expiresAt: number;
  readonly nextPollAt: number | null;
  readonly polls: number;
  readonly slowDowns: number;
}

export interface PlaygroundContext {
  readonly flow: Flow;
  readonly host: Host;
  readonly baseUrl: string;
  readonly clientId: string;
  readonly redirectUri: string;
  /** A start was refused for bad input: the form now shows its errors. */
  readonly attempted: boolean;
  readonly pkce: { readonly verifier: string; readonly state: string; readonly authorizeUrl: string } | null;
  /** The authorize link was followed, so the stored session must survive this page going away. */
  readonly handedOff: boolean;
  readonly callback: Callback | null;
  readonly exchange: OAuthTokensResult | null;
  readonly tokens: TokenSet | null;
  readonly check: TokenCheckResult | null;
  readonly refresh: { readonly result: RefreshResult; readonly diagnosis: Diagnosis | null } | null;
  readonly device: DeviceState | null;
  readonly failure: Diagnosis | null;
  readonly notice: 'cancelled' | 'link-restored' | 'link-invalid' | null;
  readonly store: SessionStore;
}

export type PlaygroundEvent =
  | { readonly type: 'user.setFlow'; readonly flow: Flow }
  | { readonly type: 'user.setHost'; readonly host: Host }
  | { readonly type: 'user.setBaseUrl'; readonly baseUrl: string }
  | { readonly type: 'user.setClientId'; readonly clientId: string }
  | { readonly type: 'user.prepare' }
  | { readonly type: 'user.exchange' }
  | { readonly type: 'user.checkToken' }
  | { readonly type: 'user.refresh' }
  | { readonly type: 'user.startDevice' }
  | { readonly type: 'user.cancel' }
  | { readonly type: 'user.restart' }
  /** The visitor follows the authorize link: leaving the page is now part of the flow. */
  | { readonly type: 'user.openAuthorize' }
  /** The page is going away (pagehide) for any other reason. */
  | { readonly type: 'user.leave' };

export interface PlaygroundInput {
  /** This page's address without query or fragment. */
  readonly redirectUri: string;
  readonly store: SessionStore;
  /** The authorize page's answer, already removed from the address bar. */
  readonly callback?: Callback | null;
  readonly shared?: Shared | 'invalid' | null;
}

/** Step ids the island renders and the share link names (stable: tests and links use them). */
export type StepId = 'setup' | 'authorize' | 'exchange' | 'tokens' | 'device' | 'failed';
