/**
 * The one secret scrubber: every text that leaves a probe or the page (evidence, a copied report)
 * goes through it, in case a server or runtime echoed a secret back.
 */

/** Replaces every secret (4 characters or more) in `text` with `[redacted]`. */
export function scrub(text: string, secrets: readonly string[]): string {
  let out = text;
  for (const secret of secrets) if (secret.length >= 4) out = out.split(secret).join('[redacted]');
  return out;
}
