import type Keyv from 'keyv';

/** How long a link summarized in a channel gets no second card there. */
export const RECENT_LINK_TTL_MS = 24 * 60 * 60 * 1000;

/** Where a link was summarized: a jump link to the member's message that the card replies to. */
interface RecentRecord {
  pointer: string;
}

/** The outcome of claiming a link: go ahead, or it was summarized here already (and where). */
export type Claim = { ok: true } | { ok: false; pointer: string };

/**
 * Claims on links summarized in a channel: `RecentLinks` below over a Keyv namespace (one process),
 * or the Redis one every process shares (services/atomic/redis-link-claims.ts).
 */
export interface LinkClaims {
  claim(channelId: string, url: string, pointer: string): Promise<Claim>;
  release(channelId: string, url: string): Promise<void>;
}

/**
 * Per-channel memory of summarized canonical URLs (namespace `autosummary`, 24 h TTL). A link is
 * claimed before it is fetched, so a second share while the first is in progress is a repeat too.
 * Build one per bot: claims in progress are kept in the instance.
 */
export class RecentLinks implements LinkClaims {
  // Claims being made right now: Keyv has no set-if-absent, so two messages with the same link
  // handled at once would both see "not summarized" without this.
  private readonly pending = new Map<string, string>();

  constructor(
    private readonly records: Keyv<RecentRecord>,
    private readonly ttlMs = RECENT_LINK_TTL_MS,
  ) {}

  /**
   * Claim `url` in `channelId` for the message at `pointer`. The pointer is the shared message, not
   * the card: it is known before anything is posted, and the card sits right under it as a reply.
   */
  async claim(channelId: string, url: string, pointer: string): Promise<Claim> {
    const key = keyOf(channelId, url);
    const inProgress = this.pending.get(key);
    if (inProgress) return { ok: false, pointer: inProgress };
    this.pending.set(key, pointer);
    try {
      const earlier = await this.records.get(key);
      if (earlier) return { ok: false, pointer: earlier.pointer };
      await this.records.set(key, { pointer }, this.ttlMs);
      return { ok: true };
    } finally {
      this.pending.delete(key);
    }
  }

  /** Give a claim back (the article could not be read, so a later share may try again). */
  async release(channelId: string, url: string): Promise<void> {
    await this.records.delete(keyOf(channelId, url));
  }
}

/** The key a link's claim in a channel is kept under (the Redis claims use it too). */
export function keyOf(channelId: string, url: string): string {
  return `recent:${channelId}:${url}`;
}
