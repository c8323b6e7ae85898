/**
 * What a wizard's check step hands to a probe and what it gets back. Defined here, in the lower
 * layer, so probes need nothing from the wizard engine; the engine re-exports these names.
 */

/**
 * Live checks a wizard step can run. Each returns one answer id from a fixed set, so a probe result
 * and a visitor's own answer drive the same transition.
 * - `token-verdict`: answers are verdicts (`valid`, `expired`, `wrong-region`, …).
 * - `workspace-role`: `admin` (owner/admin of a team or enterprise workspace), `member`, `personal-only`.
 */
export type ProbeKind = 'token-verdict' | 'workspace-role';

/** What a finished probe left behind for the island to show; never holds the token itself. */
export interface ProbeEvidence {
  readonly answer: string | null;
  /** One word of the contract's verdict vocabulary; the island turns it into words per locale. */
  readonly verdict: string;
  /** Raw, token-free facts to show as evidence: HTTP status, code, msg, logid, region, role… */
  readonly details: Readonly<Record<string, string>>;
}

/** Where a check sends its request. The token travels in the event only, never into context. */
export interface CheckCredentials {
  readonly token: string;
  readonly host: 'cn' | 'com' | 'auto' | 'custom';
  readonly baseUrl?: string;
  /**
   * Where the failing app sends its calls (`name="app-host"`). With `cn` or `com` the check asks
   * both Coze hosts, so a token that works only on the other one comes back `wrong-region`.
   */
  readonly appHost?: AppHost;
}

/** The answers of `name="app-host"`: which API host the visitor's failing app calls. */
export type AppHost = 'cn' | 'com' | 'custom' | 'unknown';

export interface CheckInput {
  readonly probe: ProbeKind;
  readonly credentials: CheckCredentials;
}
