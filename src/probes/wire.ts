/**
 * The secret-bearing half of a planned request. A {@link PlannedRequest} shows fingerprints only; the
 * real header and body live here, in a WeakMap the rest of the app cannot reach or serialise.
 */
import type { PlannedRequest } from '~/probes/planned-request';

export type SecretSlot = 'token' | 'refresh-token' | 'client-secret' | 'jwt';

export interface Rendering {
  readonly headers: Readonly<Record<string, string>>;
  readonly body: string | null;
}

export interface Wire {
  readonly baseUrl: string;
  /** Relative to `baseUrl`, without a leading slash so a custom base path is kept. */
  readonly path: string;
  readonly real: Rendering;
  readonly placeholder: Rendering;
  /** Every secret value in `real`, for scrubbing server text that might echo one. */
  readonly secrets: readonly string[];
}

const wires = new WeakMap<PlannedRequest, Wire>();

export const PLACEHOLDERS: Readonly<Record<SecretSlot, string>> = {
  token: '<YOUR_TOKEN>',
  'refresh-token': '<YOUR_REFRESH_TOKEN>',
  'client-secret': '<YOUR_CLIENT_SECRET>',
  jwt: '<YOUR_JWT>',
};

export function attachWire(request: PlannedRequest, wire: Wire): PlannedRequest {
  wires.set(request, wire);
  return request;
}

/** The real request behind a preview; undefined for an object that was copied or made by hand. */
export function wireOf(request: PlannedRequest): Wire | undefined {
  return wires.get(request);
}
