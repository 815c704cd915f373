import type { APIEmbed } from 'discord.js';
import { BRAND_COLOR } from '../../format/card.js';
import { clamp, escapeText, maskedLink } from '../../format/escape.js';
import { fitLines } from '../../format/fit-lines.js';
import { LIMITS } from '../../format/limits.js';
import type { LogEntry, LoggedItem, SkipReason } from '../state/delivery-log.js';
import type { Subscription } from '../state/types.js';
import { subscriptionLabel } from './describe.js';

/** Titles in the log are short: 25 lines must fit one embed. */
const TITLE_CHARS = 80;

const SKIP_WORDS: Record<Exclude<SkipReason, 'duplicate'>, string> = {
  filter: "didn't pass the filter",
  'too-old': 'published too long ago',
  'first-run': 'the first check posts only the newest items',
};

/** A link that opens a message in Discord (the format the client's "Copy Message Link" gives). */
export function messageLink(guildId: string, channelId: string, messageId: string): string {
  return `https://discord.com/channels/${guildId}/${channelId}/${messageId}`;
}

function itemText(item: LoggedItem | undefined): string {
  if (!item) return 'an item';
  return item.link ? maskedLink(item.title, item.link, TITLE_CHARS) : escapeText(clamp(item.title, TITLE_CHARS));
}

/** One decision as a line: when, what, and why. */
export function logLine(entry: LogEntry, guildId: string): string {
  const when = `<t:${Math.floor(entry.at / 1000)}:R>`;
  if (entry.outcome === 'posted') {
    const what = entry.count ? `a digest of ${entry.count} items` : itemText(entry.item);
    return `${when} ✅ posted ${what} → [message](${messageLink(guildId, entry.channelId, entry.messageId)})`;
  }
  if (entry.outcome === 'failed') {
    // A failure without an item is the feed's check; with one, Discord did not take that post.
    const what = entry.item ? `couldn't post ${itemText(entry.item)}` : 'check failed';
    return `${when} ⚠️ ${what}: ${escapeText(clamp(entry.reason, 300))}`;
  }
  if (entry.reason === 'first-run')
    return `${when} ⏭️ skipped ${entry.count ?? 1} older items: ${SKIP_WORDS['first-run']}`;
  if (entry.reason === 'duplicate') {
    const earlier = entry.duplicateOf;
    const title = escapeText(clamp(earlier?.title ?? 'an earlier post', TITLE_CHARS));
    const of = earlier?.messageId ? `[${title}](${messageLink(guildId, earlier.channelId, earlier.messageId)})` : title;
    return `${when} ⏭️ skipped ${itemText(entry.item)}: same story as ${of}`;
  }
  return `${when} ⏭️ skipped ${itemText(entry.item)}: ${SKIP_WORDS[entry.reason]}`;
}

/** `/feed log`: a subscription's latest decisions, newest first, in one embed. */
export function deliveryLogEmbed(subscription: Subscription, entries: LogEntry[]): APIEmbed {
  const lines = entries.map((entry) => logLine(entry, subscription.guildId));
  return {
    title: clamp(`Latest decisions: ${escapeText(subscriptionLabel(subscription))}`, LIMITS.title),
    description: lines.length
      ? fitLines(lines, LIMITS.description)
      : 'Nothing yet: decisions appear here after the next check.',
    color: BRAND_COLOR,
  };
}
