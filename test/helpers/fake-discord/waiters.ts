/** Event-driven waiting: predicates are re-checked whenever the fake's state changes, never on a timer. */
export interface Waiters {
  /** Resolves with the predicate's first truthy value; rejects with `description` after `timeoutMs`. */
  waitFor<T>(predicate: () => T | undefined | null | false, description: string, timeoutMs?: number): Promise<T>;
  /** Re-checks every pending predicate; called after each request, dispatch and clock move. */
  notify(): void;
  /** Rejects every pending wait (the fake is closing). */
  cancelAll(reason: string): void;
}

/** Creates the waiting list a fake uses to wake tests up. */
export function createWaiters(defaultTimeoutMs = 5000): Waiters {
  const pending = new Set<{ check: () => void; cancel: (reason: string) => void }>();

  function waitFor<T>(
    predicate: () => T | undefined | null | false,
    description: string,
    timeoutMs = defaultTimeoutMs,
  ) {
    return new Promise<T>((resolve, reject) => {
      const entry = {
        check() {
          let value: T | undefined | null | false;
          try {
            value = predicate();
          } catch (error) {
            finish();
            reject(error);
            return;
          }
          if (value) {
            finish();
            resolve(value);
          }
        },
        cancel(reason: string) {
          finish();
          reject(new Error(`${reason} while waiting for ${description}`));
        },
      };
      // The timeout only bounds a failing test; a passing one resolves on the event itself.
      const timer = setTimeout(() => {
        finish();
        reject(new Error(`timed out after ${timeoutMs} ms waiting for ${description}`));
      }, timeoutMs);
      const finish = () => {
        clearTimeout(timer);
        pending.delete(entry);
      };
      pending.add(entry);
      entry.check();
    });
  }

  return {
    waitFor,
    notify: () => [...pending].forEach((entry) => entry.check()),
    cancelAll: (reason) => [...pending].forEach((entry) => entry.cancel(reason)),
  };
}
