import { type Claim, keyOf, type LinkClaims, RECENT_LINK_TTL_MS } from '../autosummary/recent.js';
import { ATOMIC_KEY_PREFIX, type RedisCommands } from './redis-connection.js';

// Read and set in one step, so two processes that see the same link at once get one claim between
// them; the earlier pointer comes back to the one that lost (a plain SET NX would not return it).
const CLAIM = `
local earlier = redis.call('GET', KEYS[1])
if earlier then return earlier end
redis.call('SET', KEYS[1], ARGV[1], 'PX', ARGV[2])
return false
`;

/** Shared-link claims every bot process shares: one key per channel and link, expiring with Redis's own TTL. */
export class RedisLinkClaims implements LinkClaims {
  constructor(
    private readonly redis: RedisCommands,
    private readonly ttlMs = RECENT_LINK_TTL_MS,
  ) {}

  async claim(channelId: string, url: string, pointer: string): Promise<Claim> {
    const earlier = await this.redis.eval(CLAIM, {
      keys: [this.key(channelId, url)],
      arguments: [pointer, String(this.ttlMs)],
    });
    return typeof earlier === 'string' ? { ok: false, pointer: earlier } : { ok: true };
  }

  async release(channelId: string, url: string): Promise<void> {
    await this.redis.del(this.key(channelId, url));
  }

  private key(channelId: string, url: string): string {
    return `${ATOMIC_KEY_PREFIX}${keyOf(channelId, url)}`;
  }
}
