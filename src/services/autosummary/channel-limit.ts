import { Cooldown } from '../cooldown.js';

/** Auto-summary messages (cards or pointers) per channel per minute: a link dump must not flood the channel. */
export const AUTO_SUMMARY_CARDS_PER_MINUTE = 6;

/** The per-channel limit on auto-summary cards; each card (or pointer line) takes one use. */
export function createChannelCardLimit(now?: () => number): Cooldown {
  return new Cooldown(AUTO_SUMMARY_CARDS_PER_MINUTE, 60_000, now);
}
