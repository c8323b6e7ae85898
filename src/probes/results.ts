/** Inputs and results of the public probes (see index.ts for the functions). */
import type { CheckNote, CozeUser, CozeWorkspace, Evidence, ExplainRef, HostChoice, InputProblem, Region, TokenKind, Verdict } from '~/probes/types';

/** The part of a refresh or JWT-exchange result both probes fill the same way. */
export interface TokenEndpointResult {
  readonly verdict: Verdict;
  /** The new access token itself (the visitor asked for it; `czs_…` from a JWT exchange) and its fingerprint. */
  readonly accessToken: string | null;
  readonly accessTokenFingerprint: string | null;
  /** `expires_in` is an absolute Unix time in seconds; this is that instant. */
  readonly expiresAt: Date | null;
  readonly region: Region | null;
  readonly evidence: readonly Evidence[];
  readonly step: ExplainRef | null;
  readonly notes: readonly CheckNote[];
  readonly problem: InputProblem | null;
  readonly uncertain: boolean;
}

/**
 * Knobs for tests and the lead's benchmarks; pages leave them unset. None of these can come from a
 * link or query string: a crafted URL must never redirect a token (design.md, "Live checks").
 */
export interface ProbeOptions {
  /** Per-attempt timeout. Default 10 000 ms. The body read gets the same budget. */
  readonly timeoutMs?: number;
  /** Pause before the single retry. Default 400 ms. */
  readonly retryDelayMs?: number;
  /** Base URLs that stand in for `cn` / `com` (tests point them at the fake server). */
  readonly hostBaseUrls?: Partial<Record<'cn' | 'com', string>>;
  /**
   * Whether the runtime enforces CORS. Default: true in a browser (a `window` or worker global),
   * false in Node. Decides whether a failed fetch can be `cors-blocked` (see transport-failure.ts).
   */
  readonly corsEnforced?: boolean;
}

export interface TokenCheckInput {
  readonly token: string;
  readonly host: HostChoice;
  /** Required when `host` is `custom`; https, or http on loopback only (src/site/origins.mjs). */
  readonly baseUrl?: string;
  /**
   * With `host: 'auto'`: the region the visitor's own code calls. If the token works only on the
   * other region, the verdict is `wrong-region`. Ignored for the other host choices.
   */
  readonly expectRegion?: 'cn' | 'com';
  /**
   * Where the visitor's failing app sends its calls. With `cn` or `com` (and a Coze host, not
   * `custom`), both Coze hosts are asked, as for `auto`, and a token that works only on the other
   * one is `wrong-region`. `custom` and `unknown` change nothing.
   */
  readonly appHost?: 'cn' | 'com' | 'custom' | 'unknown';
}

export interface TokenCheckResult {
  readonly verdict: Verdict;
  /** Null only when the input was empty or too long to look at. */
  readonly kind: TokenKind | null;
  /** Kind prefix + last 4 characters (`pat_…a1B2`), never the token. */
  readonly fingerprint: string | null;
  /** Region whose API accepted the token; for a failure, the region asked (null for `auto`). */
  readonly region: Region | null;
  readonly user: CozeUser | null;
  /** Null when the workspaces list was not fetched or was refused (see notes). */
  readonly workspaces: readonly CozeWorkspace[] | null;
  /** One entry per request actually sent, in order. Empty when the input was refused. */
  readonly evidence: readonly Evidence[];
  /** The wizard step or guide that explains the verdict; null for `valid`. */
  readonly step: ExplainRef | null;
  readonly notes: readonly CheckNote[];
  /** Set when the verdict is `malformed` / `not-a-token` because the input was refused locally. */
  readonly problem: InputProblem | null;
  /** True when the verdict rests on an unconfirmed fact (e.g. `expired` read from an OAuth error). */
  readonly uncertain: boolean;
  /** True after a rejection that often means "wrong region" (4100, 4101 "token … incorrect"). */
  readonly suggestOtherRegion: boolean;
}

export interface RefreshInput {
  /** `<digits>.app.coze`. */
  readonly clientId: string;
  readonly refreshToken: string;
  /** Web (authorization-code) apps only; PKCE and device apps have no secret. */
  readonly clientSecret?: string;
  readonly host: 'cn' | 'com' | 'custom';
  readonly baseUrl?: string;
}

/** The shared fields (new access token, expiry, evidence…) are documented in token-endpoint.ts. */
export interface RefreshResult extends TokenEndpointResult {
  /** The rotated refresh token: the old one no longer works, so the UI shows this first. */
  readonly newRefreshToken: string | null;
  /** Fingerprint of the refresh token that was sent (never the token). */
  readonly refreshTokenFingerprint: string | null;
}

export interface JwtExchangeInput {
  readonly jwt: string;
  readonly host: 'cn' | 'com' | 'custom';
  readonly baseUrl?: string;
  /** At most 86 399 (24 h); the API's default is 900. */
  readonly durationSeconds?: number;
  /** Channel apps only; sent as given. */
  readonly scope?: unknown;
}

/** The `czs_…` service token and the shared fields documented in token-endpoint.ts. */
export type JwtExchangeResult = TokenEndpointResult;
