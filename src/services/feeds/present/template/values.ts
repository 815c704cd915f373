import type { Article } from '../../../article.js';
import { cardSummary, cardTitle, linkLines } from '../../../format/card.js';
import { clamp, escapeText, safeLinkUrl } from '../../../format/escape.js';
import { hostOf } from '../../../urls.js';
import { PLACEHOLDERS, type PlaceholderName, URL_MAX } from './placeholders.js';

/** The feed a post comes from, as far as placeholders name it. */
export interface FeedNames {
  title: string;
  url: string;
  /** The feed's site. */
  link: string | null;
}

/** Related links `{related}` lists, as the card's field does by default. */
const RELATED_LIMIT = 5;

/** A URL fit to stand in text or inside the admin's `[label](…)`: http(s), encoded, not too long. */
function url(value: string | null | undefined): string {
  const safe = value ? safeLinkUrl(value) : null;
  return safe && safe.length <= URL_MAX ? safe : '';
}

/** Page or feed text, inert (as cards escape it) and within its placeholder's maximum. */
function text(value: string | null | undefined, name: PlaceholderName): string {
  return value ? clamp(escapeText(value), PLACEHOLDERS[name]) : '';
}

/**
 * A Discord timestamp where markdown renders (message text, description); a plain UTC date in the
 * embed title and footer, which show `<t:…>` as typed.
 */
function published(iso: string | null, plain: boolean): string {
  const ms = iso ? Date.parse(iso) : NaN;
  if (Number.isNaN(ms)) return '';
  return plain ? new Date(ms).toISOString().slice(0, 10) : `<t:${Math.floor(ms / 1000)}:D>`;
}

/**
 * What every placeholder stands for in one post. Feed and page text is escaped exactly as on the
 * card (the title is the card's own title); `summary` is the card's bullet list, not yet cut (the
 * renderer fits it to the room its part leaves).
 */
export function placeholderValues(
  article: Article,
  feed: FeedNames,
  options: { plain: boolean },
): Record<PlaceholderName, string> {
  const feedTitle = feed.title || hostOf(feed.url);
  return {
    title: cardTitle(article),
    summary: cardSummary(article),
    link: url(article.url),
    source: text(article.source?.name ?? article.siteName ?? hostOf(article.url), 'source'),
    source_link: url(article.source?.url ?? feed.link),
    author: text(article.byline, 'author'),
    published: published(article.publishedAt, options.plain),
    section: text(article.section, 'section'),
    feed: text(feedTitle, 'feed'),
    image: url(article.image),
    related: linkLines(article.related.slice(0, RELATED_LIMIT)),
    reading_time: `${article.readingMinutes} min read`,
  };
}
