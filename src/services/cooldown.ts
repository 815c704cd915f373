/**
 * A sliding-window rate limit per key (a member, a channel): at most `limit` uses per `windowMs`.
 * The clock is a parameter so tests control time.
 */
export class Cooldown {
  private readonly uses = new Map<string, number[]>();

  constructor(
    private readonly limit: number,
    private readonly windowMs: number,
    private readonly now: () => number = Date.now,
  ) {}

  /** Record a use if allowed; otherwise say how long until the next one is. */
  take(key: string): { ok: true } | { ok: false; retryAfterMs: number } {
    const now = this.now();
    const recent = (this.uses.get(key) ?? []).filter((at) => now - at < this.windowMs);
    if (recent.length >= this.limit) {
      this.uses.set(key, recent);
      return { ok: false, retryAfterMs: this.windowMs - (now - recent[0]!) };
    }
    recent.push(now);
    this.uses.set(key, recent);
    return { ok: true };
  }
}
