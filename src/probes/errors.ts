/**
 * The one error a probe rejects with: the caller's AbortSignal fired. Every other failure resolves
 * to a verdict, so a UI needs exactly one `catch` branch: "the visitor cancelled, show nothing".
 * Its `name` is `AbortError`, so code that already checks `error.name === 'AbortError'` keeps working.
 */
export class ProbeCancelledError extends Error {
  override name = 'AbortError' as const;
  readonly isProbeCancelled = true as const;

  constructor() {
    // A fixed message: nothing from the request (and so nothing from the token) can leak into it.
    super('The check was cancelled.');
  }
}

/**
 * Type guard for a cancelled probe; works across bundles (no `instanceof`).
 * @example
 * ```ts
 * try {
 *   const result = await checkToken(input, controller.signal);
 * } catch (error) {
 *   if (isProbeCancelled(error)) return; // the visitor pressed Cancel
 *   throw error;
 * }
 * ```
 */
export function isProbeCancelled(error: unknown): error is ProbeCancelledError {
  return typeof error === 'object' && error !== null && (error as { isProbeCancelled?: unknown }).isProbeCancelled === true;
}

/** Rejects with {@link ProbeCancelledError} when the signal has fired; call between awaits. */
export function throwIfCancelled(signal: AbortSignal): void {
  if (signal.aborted) throw new ProbeCancelledError();
}
