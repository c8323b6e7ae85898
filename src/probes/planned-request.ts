/**
 * The shape every probe request shares. A leaf module (types only) so the transport, the wire and
 * the request builders can all name it without importing the planner that makes it.
 */
import type { Region, RequestPurpose } from '~/probes/types';

/**
 * One request exactly as it will be sent, with every secret replaced by its fingerprint. Safe to
 * render and to JSON.stringify. The real values stay in a module-private WeakMap keyed by this object
 * (wire.ts), so `toCurl(request, { mask: false })` can still print them and the probe sends exactly this.
 */
export interface PlannedRequest {
  readonly purpose: RequestPurpose;
  readonly region: Region;
  readonly method: 'GET' | 'POST';
  /** Absolute URL. */
  readonly url: string;
  /** Header name -> value, secrets shown as fingerprints (`Bearer pat_…a1B2`). */
  readonly headers: Readonly<Record<string, string>>;
  /** JSON body text with secrets as fingerprints; null for GET. */
  readonly body: string | null;
  /** True when the request is only sent if an earlier one succeeds (workspaces after identity). */
  readonly conditional: boolean;
}
