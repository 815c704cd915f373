import type { APIEmbed, APIEmbedField } from 'discord.js';
import type { Article, Link } from '../article.js';
import { hostOf } from '../urls.js';
import { clamp, escapeText, maskedLink, safeLinkUrl } from './escape.js';
import { LIMITS } from './limits.js';
import { publishedText } from './published.js';

export interface CardOptions {
  /** Where the summary came from; feed posts say when the page itself could not be read. */
  summaryFrom?: 'article' | 'feed';
  /** Display name of the member who shared it (shown, never pinged). */
  sharedBy?: string;
  /** Other subscriptions' sources of the same story, for scheduled posts. */
  alsoCoveredBy?: Link[];
  /** Cap on related links shown, the page's own first, then our index's. */
  relatedLimit?: number;
  /** The server's language: the published date is written in it (default: a Discord timestamp). */
  locale?: string;
}

/** The colour of the bot's own embeds (cards, digests, lists). */
export const BRAND_COLOR = 0x2b6cb0;

function field(name: string, value: string, inline = false): APIEmbedField {
  return { name: clamp(name, LIMITS.fieldName), value: clamp(value, LIMITS.fieldValue), inline };
}

/** One link as a card lists it: the page's label as a masked link, then the host it really goes to. */
export function linkLine(link: Link): string {
  return `• ${maskedLink(link.title, link.url, 150)} · ${hostOf(link.url)}`;
}

/** Lines of masked links that together fit one field value without cutting a link in half. */
export function linkLines(links: Link[]): string {
  const lines: string[] = [];
  let length = 0;
  for (const link of links) {
    const line = linkLine(link);
    if (length + line.length + 1 > LIMITS.fieldValue) break;
    lines.push(line);
    length += line.length + 1;
  }
  return lines.join('\n');
}

function languageName(lang: string): string {
  try {
    return new Intl.DisplayNames([lang], { type: 'language' }).of(lang) ?? lang;
  } catch {
    return lang;
  }
}

function detailFields(article: Article, options: CardOptions): APIEmbedField[] {
  const fields: APIEmbedField[] = [];
  const published = publishedText(article.publishedAt, options.locale);
  if (published) fields.push(field('Published', published, true));
  if (article.section) fields.push(field('Section', escapeText(article.section), true));
  fields.push(field('Reading time', `${article.readingMinutes} min read`, true));
  return fields;
}

function linkFields(article: Article, options: CardOptions): APIEmbedField[] {
  const fields: APIEmbedField[] = [];
  const limit = options.relatedLimit ?? 5;
  const own = article.related.slice(0, limit);
  const similar = article.similar.slice(0, Math.max(0, limit - own.length));
  if (own.length > 0) fields.push(field('Related', linkLines(own)));
  if (similar.length > 0) fields.push(field('More from our index', linkLines(similar)));
  if (article.alternates.length > 0) {
    fields.push(
      field(
        'Other languages',
        article.alternates.map((alt) => maskedLink(languageName(alt.lang), alt.url, 60)).join(' · '),
      ),
    );
  }
  if (options.alsoCoveredBy?.length) fields.push(field('Also covered by', linkLines(options.alsoCoveredBy)));
  return fields;
}

/** The card's footer: where the summary came from, the article's host, who shared it. */
export function cardFooter(article: Article, options: CardOptions): string {
  const parts = [
    options.summaryFrom === 'feed' ? "Summary from the feed's own text" : 'Summary of the full article',
    hostOf(article.url),
  ];
  if (options.sharedBy) parts.push(`Shared by ${options.sharedBy.replace(/@/g, '@\u200b')}`);
  return clamp(parts.filter(Boolean).join(' · '), LIMITS.footer);
}

/** The characters Discord counts toward an embed's 6000 total (title, description, fields, footer, author). */
export function embedLength(embed: APIEmbed): number {
  const fields = (embed.fields ?? []).reduce((sum, f) => sum + f.name.length + f.value.length, 0);
  return (
    (embed.title?.length ?? 0) +
    (embed.description?.length ?? 0) +
    fields +
    (embed.footer?.text.length ?? 0) +
    (embed.author?.name.length ?? 0)
  );
}

/** The card's title: the page's title (or its host), escaped and within the title limit. */
export function cardTitle(article: Article): string {
  return clamp(escapeText(article.title || hostOf(article.url)), LIMITS.title);
}

/** The summary as the card lists it, one escaped bullet per sentence, not yet cut to any limit. */
export function cardSummary(article: Article): string {
  return article.summary.map((sentence) => `• ${escapeText(sentence)}`).join('\n');
}

/**
 * Texts that replace the card's own (a subscription's template renders them). Each must already be
 * within its Discord limit; an empty title or footer is left out (Discord refuses an empty footer).
 */
export interface CardTexts {
  title?: string;
  /**
   * The description within `room` characters. Asked again with less room when the embed passes
   * 6000, so a template shortens its summary and keeps its own text (the card cuts its summary).
   */
  description?: (room: number) => string;
  footer?: string;
  color?: number;
}

/**
 * The summary card: title linked to the article, the summary, the original source, date, section,
 * reading time, related links (the page's own, then ours, labelled), other languages, site name
 * and lead image. Every page-supplied text is escaped and cut to Discord's limits after escaping.
 * `texts` swaps in a template's title, description, footer and colour; the rest stays the card's.
 */
export function articleCard(article: Article, options: CardOptions = {}, texts: CardTexts = {}): APIEmbed {
  const sourceField = article.source
    ? [field('Original', `${maskedLink(article.source.name, article.source.url)} · ${hostOf(article.source.url)}`)]
    : [];
  const image = article.image ? safeLinkUrl(article.image) : null;
  const describe = texts.description ?? ((room: number) => clamp(cardSummary(article), room));
  const embed: APIEmbed = {
    title: texts.title === undefined ? cardTitle(article) : texts.title || undefined,
    url: safeLinkUrl(article.url) ?? undefined,
    description: describe(LIMITS.description),
    color: texts.color ?? BRAND_COLOR,
    fields: [...sourceField, ...detailFields(article, options), ...linkFields(article, options)].slice(
      0,
      LIMITS.fields,
    ),
  };
  const footer = texts.footer ?? cardFooter(article, options);
  if (footer) embed.footer = { text: footer };
  if (article.siteName) embed.author = { name: clamp(escapeText(article.siteName), LIMITS.author) };
  if (image) embed.image = { url: image };
  return fitTotal(embed, describe);
}

/** Keep the sum of an embed's texts within 6000: shorten the summary first, then drop trailing fields. */
function fitTotal(embed: APIEmbed, describe: (room: number) => string): APIEmbed {
  let over = embedLength(embed) - LIMITS.embedTotal;
  if (over > 0 && embed.description) {
    embed.description = describe(Math.max(200, embed.description.length - over));
    over = embedLength(embed) - LIMITS.embedTotal;
  }
  while (over > 0 && embed.fields && embed.fields.length > 0) {
    embed.fields.pop();
    over = embedLength(embed) - LIMITS.embedTotal;
  }
  return embed;
}
