import { distinctNames } from './categories.js';
import { parseFeedDate } from './dates.js';
import type { FeedDraft, ItemDraft } from './identity.js';
import { personName } from './people.js';
import { htmlToText, oneLine, tidyText } from './text.js';
import { resolveUrl } from './urls.js';

/**
 * JSON Feed 1.0 and 1.1 (jsonfeed.org/version/1.1): `authors` (1.1) or `author` (1.0), items
 * inheriting the feed's authors, HTML content made plain, relative URLs resolved against the feed URL.
 */

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const str = (value: unknown): string | null =>
  typeof value === 'string' ? value : typeof value === 'number' ? String(value) : null;

/** Whether a parsed JSON value declares itself a JSON Feed: the spec URL, or the short "1"/"1.1" some publishers write. */
export function isJsonFeed(value: unknown): value is Json {
  if (!isObject(value)) return false;
  const version = str(value.version)?.trim() ?? '';
  return /^https?:\/\/jsonfeed\.org\/version\/\d/i.test(version) || /^1(\.\d+)?$/.test(version);
}

function authorName(owner: Json): string | null {
  const authors = Array.isArray(owner.authors) ? owner.authors : isObject(owner.author) ? [owner.author] : [];
  for (const author of authors) {
    const name = isObject(author) ? personName(str(author.name)) : null;
    if (name) return name;
  }
  return null;
}

function mapItem(item: Json, baseUrl: string, feedAuthor: string | null): ItemDraft {
  const html = str(item.content_html);
  const text = str(item.content_text);
  return {
    guid: str(item.id)?.trim() || null,
    title: oneLine(str(item.title) ?? ''),
    link: resolveUrl(str(item.url), baseUrl) ?? resolveUrl(str(item.external_url), baseUrl),
    published: parseFeedDate(str(item.date_published)) ?? parseFeedDate(str(item.date_modified)),
    summary: html ? htmlToText(html) : text ? tidyText(text) : tidyText(str(item.summary) ?? ''),
    author: authorName(item) ?? feedAuthor,
    ...distinctNames(Array.isArray(item.tags) ? item.tags.map((tag) => str(tag)) : []),
  };
}

/** Map a JSON Feed object (already checked with isJsonFeed). */
export function mapJsonFeed(feed: Json, baseUrl: string): FeedDraft {
  const feedAuthor = authorName(feed);
  const items = Array.isArray(feed.items) ? feed.items.filter(isObject) : [];
  return {
    title: oneLine(str(feed.title) ?? ''),
    link: resolveUrl(str(feed.home_page_url), baseUrl),
    image: resolveUrl(str(feed.icon), baseUrl) ?? resolveUrl(str(feed.favicon), baseUrl),
    items: items.map((item) => mapItem(item, baseUrl, feedAuthor)),
  };
}
