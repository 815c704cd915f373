import { escapeText } from '../../format/escape.js';
import { hostOf } from '../../urls.js';
import type { Subscription } from '../state/types.js';

/** The channel's notice that a subscription stopped being checked after too many failures in a row. */
export function pausedNotice(subscription: Subscription): string {
  return `⏸️ Stopped checking **${escapeText(subscription.title || hostOf(subscription.feedUrl))}** (<${subscription.feedUrl}>) after ${subscription.failures} failed checks in a row. Last problem: ${escapeText(subscription.lastError ?? 'unknown')} Run \`/feed resume\` to start it again.`;
}
