import type Keyv from 'keyv';
import { AUTO_SUMMARY_CARDS_PER_MINUTE, createChannelCardLimit } from '../autosummary/channel-limit.js';
import { type LinkClaims, RecentLinks } from '../autosummary/recent.js';
import { Cooldown, type RateLimit } from '../cooldown.js';
import type { RedisCommands } from './redis-connection.js';
import { RedisLinkClaims } from './redis-link-claims.js';
import { RedisRateLimit } from './redis-rate-limit.js';

const MINUTE_MS = 60_000;

/** The limits that must hold for the whole bot, however many processes it runs in. */
export interface Limits {
  /** Per member: /article and the message menu. */
  articleCooldown: RateLimit;
  /** Per channel: auto-summary replies. */
  channelCards: RateLimit;
  /** Per channel and link: the 24 h "summarized here already" claim. */
  recentLinks: LinkClaims;
}

export interface LimitParts {
  /** Given when the store is Redis: the limits are then atomic across processes. */
  redis?: RedisCommands;
  /** The namespace the in-process claims are kept in. */
  autosummary: Keyv;
  articlesPerMinute: number;
}

/** Redis-backed limits when there is a Redis, else the in-process ones (SQLite and memory stores serve one process). */
export function createLimits(parts: LimitParts): Limits {
  const { redis } = parts;
  if (!redis) {
    return {
      articleCooldown: new Cooldown(parts.articlesPerMinute, MINUTE_MS),
      channelCards: createChannelCardLimit(),
      recentLinks: new RecentLinks(parts.autosummary),
    };
  }
  return {
    articleCooldown: new RedisRateLimit(redis, 'article', parts.articlesPerMinute, MINUTE_MS),
    channelCards: new RedisRateLimit(redis, 'channel-cards', AUTO_SUMMARY_CARDS_PER_MINUTE, MINUTE_MS),
    recentLinks: new RedisLinkClaims(redis),
  };
}
