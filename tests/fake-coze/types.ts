/** Shared shapes of the fake Coze API. */

export type FakeRegion = 'cn' | 'com';

/**
 * Injectable misbehaviour. `path` limits a fault to requests whose path starts with it; `times`
 * limits it to the next N matching requests (default: until cleared). Faults never touch CORS
 * preflights (except `no-cors`) or the `/__fake/` control endpoints.
 */
export type Fault =
  | (FaultScope & { readonly kind: 'latency'; readonly ms: number })
  | (FaultScope & { readonly kind: 'status'; readonly status: number })
  | (FaultScope & {
      readonly kind: 'html' | 'malformed-json' | 'empty' | 'reset' | 'reset-authorized' | 'hang' | 'rate-limit' | 'no-cors';
    });

interface FaultScope {
  readonly path?: string;
  readonly times?: number;
}

export interface LoggedRequest {
  readonly method: string;
  /** Path with query string. */
  readonly url: string;
  /** Lower-case header names, as Node reports them. */
  readonly headers: Readonly<Record<string, string>>;
  readonly body: string;
  /** Arrival time (ms since the epoch), for tests that check requests overlap. */
  readonly at: number;
}

export interface FakeCozeOptions {
  readonly region: FakeRegion;
  readonly faults?: readonly Fault[];
  /** 0 (default) picks a free port. */
  readonly port?: number;
  /** Serve the `/__fake/*` control endpoints (the CLI does; in-process tests use the handle). */
  readonly control?: boolean;
}

export interface FakeCoze {
  /** `http://127.0.0.1:<port>` */
  readonly baseUrl: string;
  readonly region: FakeRegion;
  /** Every request received, preflights included, control endpoints excluded. Live array. */
  readonly requests: LoggedRequest[];
  setFault(fault: Fault | null): void;
  setFaults(faults: readonly Fault[]): void;
  /** A fresh, unused refresh token for an app of this region. */
  mintRefreshToken(app?: 'web' | 'pkce'): string;
  /** Device flow timing in seconds (defaults: interval 1, expires_in 120; reset restores them). */
  setDeviceTiming(timing: { intervalSeconds?: number; expiresInSeconds?: number }): void;
  /** Forgets faults, the request log and spent refresh tokens / JWT ids. */
  reset(): void;
  close(): Promise<void>;
}
