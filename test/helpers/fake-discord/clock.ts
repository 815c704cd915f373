/** A clock the fake reads for Discord's time rules (3 s acknowledgement, 15 min token), moved only by tests. */
export interface FakeClock {
  /** Milliseconds since the Unix epoch, as the fake sees it. */
  now(): number;
  /** Moves the clock forward; it never moves by itself, so tests need no sleeps. */
  advance(ms: number): void;
}

/** A manual clock starting at `startMs` (default: the real time when it is created, so ids look current). */
export function createFakeClock(startMs: number = Date.now()): FakeClock {
  let current = startMs;
  return {
    now: () => current,
    advance(ms) {
      if (!Number.isFinite(ms) || ms < 0) throw new RangeError(`clock.advance needs a non-negative number, got ${ms}`);
      current += ms;
    },
  };
}
