/** The outcome of taking one use: allowed, or how long until the next use is. */
export type Take = { ok: true } | { ok: false; retryAfterMs: number };

/**
 * A per-key rate limit, as the parts that count uses see it: the in-memory `Cooldown` below (one
 * process), or the Redis one every process shares (services/atomic/redis-rate-limit.ts).
 */
export interface RateLimit {
  take(key: string): Take | Promise<Take>;
}

/**
 * A sliding-window rate limit per key (a member, a channel): at most `limit` uses per `windowMs`.
 * The clock is a parameter so tests control time.
 */
export class Cooldown implements RateLimit {
  private readonly uses = new Map<string, number[]>();
  private lastSweep = 0;

  constructor(
    private readonly limit: number,
    private readonly windowMs: number,
    private readonly now: () => number = Date.now,
  ) {}

  /** Record a use if allowed; otherwise say how long until the next one is. */
  take(key: string): Take {
    const now = this.now();
    this.forgetIdle(now);
    const recent = (this.uses.get(key) ?? []).filter((at) => now - at < this.windowMs);
    if (recent.length >= this.limit) {
      this.uses.set(key, recent);
      return { ok: false, retryAfterMs: this.windowMs - (now - (recent[0] ?? now)) };
    }
    recent.push(now);
    this.uses.set(key, recent);
    return { ok: true };
  }

  /** Keys with no use inside the window are dropped, at most once a window, so the map stays as small as the recent users. */
  private forgetIdle(now: number): void {
    if (now - this.lastSweep < this.windowMs) return;
    this.lastSweep = now;
    for (const [key, times] of this.uses) if (now - (times.at(-1) ?? 0) >= this.windowMs) this.uses.delete(key);
  }
}
