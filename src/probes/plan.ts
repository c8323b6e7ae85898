import type { JwtExchangeInput, RefreshInput, TokenCheckInput } from './results';
import type { InputProblem, Region, RequestPurpose, TokenKind } from './types';

/** What the "show before sending" preview describes: the same union the probes take. */
export type DescribeInput =
  | ({ readonly probe: 'token-check' } & TokenCheckInput)
  | ({ readonly probe: 'refresh' } & RefreshInput)
  | ({ readonly probe: 'jwt-exchange' } & JwtExchangeInput);

/**
 * One request exactly as it will be sent, with every secret replaced by its fingerprint. Safe to
 * render and to JSON.stringify. The real values stay in a module-private WeakMap keyed by this object,
 * so `toCurl(request, { mask: false })` can still print them and the probe sends exactly this.
 */
export interface PlannedRequest {
  readonly purpose: RequestPurpose;
  readonly region: Region;
  readonly method: 'GET' | 'POST';
  readonly url: string;
  /** Header name -> value, secrets shown as fingerprints (`Bearer pat_…a1B2`). */
  readonly headers: Readonly<Record<string, string>>;
  /** JSON body text with secrets as fingerprints; null for GET. */
  readonly body: string | null;
  /** True when the request is only sent if an earlier one succeeds (workspaces after identity). */
  readonly conditional: boolean;
}

export type DescribeResult =
  | { readonly ok: true; readonly kind: TokenKind; readonly fingerprint: string; readonly requests: readonly PlannedRequest[] }
  | { readonly ok: false; readonly problem: InputProblem };

/** The exact requests a probe WILL send for `input`, for the preview shown before the visitor clicks. */
export function describeRequests(_input: DescribeInput): DescribeResult {
  throw new Error('not implemented');
}
