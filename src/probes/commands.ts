import type { PlannedRequest } from './plan';

export interface CommandOptions {
  /** True: placeholders (`<YOUR_TOKEN>`, `<YOUR_REFRESH_TOKEN>`, `<YOUR_CLIENT_SECRET>`, `<YOUR_JWT>`). */
  readonly mask: boolean;
}

/** A `curl -i` command for a planned request; its output can be pasted back into `classifyPasted`. */
export function toCurl(_request: PlannedRequest, _options: CommandOptions): string {
  throw new Error('not implemented');
}

/** A PowerShell (5.1 and 7) command that prints status, logid and body in a pasteable form. */
export function toPowerShell(_request: PlannedRequest, _options: CommandOptions): string {
  throw new Error('not implemented');
}
