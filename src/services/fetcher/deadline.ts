import { FailureError, isFailure } from '../errors.js';

/**
 * Run `work` under ONE timer for the whole exchange (every hop and the body), unlike per-read idle
 * timeouts that a server dripping a byte at a time never trips (notes/security.md §5, MonitoRSS).
 * `work` must tie its sockets and streams to the signal it gets; the caller's own signal also aborts
 * it, and its reason is rethrown unchanged. Other unexpected errors become `network` failures. The
 * returned promise settles by the deadline whatever `work` does.
 */
export async function withDeadline<T>(
  timeoutMs: number,
  outer: AbortSignal | undefined,
  work: (signal: AbortSignal) => Promise<T>,
): Promise<T> {
  const controller = new AbortController();
  // The deadline wins even if `work` misses the signal somewhere (a stream or socket Node never
  // errors), so a hostile server can never hold a fetch past it.
  const deadlinePassed = new Promise<never>((_, reject) =>
    controller.signal.addEventListener('abort', () => reject(controller.signal.reason), { once: true }),
  );
  const timer = setTimeout(
    () => controller.abort(new FailureError('timeout', `No complete answer within ${timeoutMs} ms`)),
    timeoutMs,
  );
  const onOuterAbort = (): void => controller.abort(outer?.reason);
  if (outer?.aborted) onOuterAbort();
  else outer?.addEventListener('abort', onOuterAbort, { once: true });
  try {
    return await Promise.race([work(controller.signal), deadlinePassed]);
  } catch (error) {
    if (isFailure(error)) throw error;
    if (controller.signal.aborted) throw controller.signal.reason;
    throw new FailureError('network', `Request failed: ${(error as Error).message}`);
  } finally {
    clearTimeout(timer);
    outer?.removeEventListener('abort', onOuterAbort);
  }
}
