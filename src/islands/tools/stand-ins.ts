import type { DescribeResult, PlannedRequest } from '~/probes';

/**
 * Stand-in secrets for planning commands before (or without) the visitor pasting the real one: the
 * commands print placeholders (`<YOUR_TOKEN>`) in place of every secret, so a visitor who will not
 * paste a token into a web page can still copy the exact request. Never sent anywhere.
 */
export const STAND_IN = {
  token: `pat_${'x'.repeat(64)}`,
  refreshToken: 'x'.repeat(72),
  // `{"alg":"RS256","typ":"JWT"}` . `{}` . signature: the shape the JWT slot accepts.
  jwt: 'eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCJ9.e30.c2lnbmF0dXJl',
} as const;

export interface CommandPlan {
  readonly requests: readonly PlannedRequest[] | null;
  /** True only when the requests carry the visitor's real values (so "fill in my values" can work). */
  readonly real: boolean;
}

/** The visitor's own requests when their input is complete, else the same requests with stand-ins. */
export function commandPlan(real: DescribeResult, standIn: () => DescribeResult): CommandPlan {
  if (real.ok) return { requests: real.requests, real: true };
  const fallback = standIn();
  return { requests: fallback.ok ? fallback.requests : null, real: false };
}

/** Origins a run will ask first (the unconditional requests), for the progress list. */
export function firstOrigins(described: DescribeResult): string[] {
  if (!described.ok) return [];
  return [...new Set(described.requests.filter((r) => !r.conditional).map((r) => new URL(r.url).origin))];
}
