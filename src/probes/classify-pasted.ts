import type { Classification } from './classify';

/** A pasted response, classified; `format` says how it was read. */
export type PastedClassification =
  | (Classification & { readonly ok: true; readonly format: 'json' | 'http' | 'powershell' | 'text' })
  | { readonly ok: false; readonly reason: 'empty' | 'no-response-found' | 'too-long' };

/**
 * Classifies a response the visitor pasted back: a bare JSON body, `curl -i` / `curl -v` output
 * (status line + headers + body), or PowerShell output. Same classifier as the live path.
 */
export function classifyPasted(_text: string): PastedClassification {
  throw new Error('not implemented');
}
