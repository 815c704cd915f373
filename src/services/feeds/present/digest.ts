import type { APIEmbed } from 'discord.js';
import { BRAND_COLOR } from '../../format/card.js';
import { clamp, escapeText, maskedLink } from '../../format/escape.js';
import { LIMITS } from '../../format/limits.js';
import { hostOf } from '../../urls.js';
import type { FeedItem } from '../parse/index.js';
import type { FeedSource } from './item-card.js';

/** Items listed in one digest message; the rest of the period's items are counted, not listed. */
export const DIGEST_MAX_ITEMS = 10;
const FIRST_SENTENCE_CHARS = 200;

/** An item's first sentence (or first 200 characters) from the feed's own text. */
export function firstSentence(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  const match = /^(.{20,}?[.!?。！？])(\s|$)/u.exec(flat);
  return clamp(match?.[1] ?? flat, FIRST_SENTENCE_CHARS);
}

/**
 * `digest` mode: one message per period listing the newest items (title link and first sentence
 * from the feed's text) instead of one card each.
 */
export function digestEmbed(source: FeedSource, items: FeedItem[], periodMinutes: number): APIEmbed {
  const listed = items.slice(0, DIGEST_MAX_ITEMS);
  const lines: string[] = [];
  let length = 0;
  for (const item of listed) {
    const head = item.link
      ? maskedLink(item.title || hostOf(item.link), item.link, 150)
      : clamp(escapeText(item.title), 150);
    const gist = item.summary ? `\n  ${escapeText(firstSentence(item.summary))}` : '';
    const line = `• ${head}${gist}`;
    if (length + line.length + 1 > LIMITS.description - 40) break;
    lines.push(line);
    length += line.length + 1;
  }
  const more = items.length - lines.length;
  if (more > 0) lines.push(`…and ${more} more`);
  const hours = periodMinutes >= 120 ? `${Math.round(periodMinutes / 60)} h` : `${periodMinutes} min`;
  return {
    title: clamp(`${escapeText(source.title || hostOf(source.url))} — ${items.length} new`, LIMITS.title),
    url: source.link ?? undefined,
    description: lines.join('\n'),
    color: BRAND_COLOR,
    footer: {
      text: clamp(
        `Digest of the last ${hours} · Summaries from the feed's own text · ${hostOf(source.url)}`,
        LIMITS.footer,
      ),
    },
  };
}
