/**
 * The planned request as a command to run outside the browser (when CORS, a proxy or the network
 * stands in the way). Both print status line, headers and body, the layout `classifyPasted` reads.
 * Masked commands carry placeholders (`<YOUR_TOKEN>` …) so they can be shared in a ticket.
 */
import type { PlannedRequest } from '~/probes/planned-request';
import { wireOf, type Rendering } from '~/probes/wire';

export interface CommandOptions {
  /** True: placeholders (`<YOUR_TOKEN>`, `<YOUR_REFRESH_TOKEN>`, `<YOUR_CLIENT_SECRET>`, `<YOUR_JWT>`). */
  readonly mask: boolean;
}

/** A request copied or built by hand has no wire: then only the fingerprint view exists, and that is not sendable. */
function rendering(request: PlannedRequest, mask: boolean): Rendering {
  const wire = wireOf(request);
  if (!wire) return { headers: request.headers, body: request.body };
  return mask ? wire.placeholder : wire.real;
}

const sh = (value: string) => `'${value.replaceAll("'", `'\\''`)}'`;
const ps = (value: string) => `'${value.replaceAll("'", "''")}'`;

/** A `curl -i` command for a planned request; its output can be pasted back into `classifyPasted`. */
export function toCurl(request: PlannedRequest, options: CommandOptions): string {
  const { headers, body } = rendering(request, options.mask);
  const parts = [`curl -i -sS${request.method === 'GET' ? '' : ` -X ${request.method}`} ${sh(request.url)}`];
  for (const [name, value] of Object.entries(headers)) parts.push(`-H ${sh(`${name}: ${value}`)}`);
  if (body !== null) parts.push(`--data-raw ${sh(body)}`);
  return parts.join(' \\\n  ');
}

/**
 * A PowerShell command for Windows PowerShell 5.1 and PowerShell 7. Content-Type goes through
 * `-ContentType` because 5.1 refuses it in `-Headers`; 4xx answers arrive in `catch`, where
 * `ErrorDetails.Message` holds the body in both versions.
 */
export function toPowerShell(request: PlannedRequest, options: CommandOptions): string {
  const { headers, body } = rendering(request, options.mask);
  const plain = Object.entries(headers).filter(([name]) => name.toLowerCase() !== 'content-type');
  const hash = plain.map(([name, value]) => `${ps(name)} = ${ps(value)}`).join('; ');
  const args = [`-UseBasicParsing -Method ${request.method} -Uri ${ps(request.url)} -Headers @{ ${hash} }`];
  if (body !== null) args.push(`-ContentType 'application/json' -Body ${ps(body)}`);
  return [
    'try {',
    `  $r = Invoke-WebRequest ${args.join(' ')}`,
    `  "HTTP/1.1 $([int]$r.StatusCode)"; "x-tt-logid: $($r.Headers['x-tt-logid'])"; ''; $r.Content`,
    '} catch {',
    `  if ($_.Exception.Response) { "HTTP/1.1 $([int]$_.Exception.Response.StatusCode)"; ''; $_.ErrorDetails.Message } else { $_.Exception.Message }`,
    '}',
  ].join('\n');
}
