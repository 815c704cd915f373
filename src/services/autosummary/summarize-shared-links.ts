import type { APIEmbed } from 'discord.js';
import type { ArticleService } from '../article-service.js';
import type { RateLimit } from '../cooldown.js';
import { isFailure } from '../errors.js';
import type { ServerSettings } from '../language/server-settings.js';
import type { Logger } from '../logger.js';
import { SUMMARY_LENGTHS } from '../summarize/index.js';
import { cardsForOneMessage } from './cards.js';
import { findArticleLinks } from './links.js';
import { articlesOf, readArticles } from './read-articles.js';
import type { LinkClaims } from './recent.js';
import type { AutoSummarySettings } from './settings.js';

/** The parts the shared-link use case works with, built once by the bot and handed in. */
export interface SharedLinkParts {
  settings: Pick<AutoSummarySettings, 'forChannel'>;
  recent: LinkClaims;
  /** Per-channel limit on auto-summary replies (cards and "summarized here already" pointers alike). */
  channelLimit: RateLimit;
  articles: Pick<ArticleService, 'get'>;
  /** The server's language for its cards (/settings language, else its preferred locale). */
  languages?: Pick<ServerSettings, 'language'>;
  logger: Logger;
}

/** A member's message as the use case needs it: no Discord objects, so it can be tested and run anywhere. */
export interface SharedMessage {
  guildId: string;
  channelId: string;
  /** The channel whose auto-summary setting applies (a thread's parent channel). */
  settingsChannelId: string;
  messageId: string;
  /** The message's own link, which a later share of the same article is pointed to. */
  messageUrl: string;
  content: string;
  /** The server's preferred locale (Discord's `preferred_locale`), when known. */
  guildLocale?: string | null;
}

/**
 * What to do about a message: nothing; a short pointer to the earlier summary; or one reply with a
 * card per article. When the cards can't be posted, `notPosted` frees the links for the next share.
 */
export type SharedLinkReply =
  | { kind: 'nothing' }
  | { kind: 'pointer'; content: string }
  | { kind: 'cards'; embeds: APIEmbed[]; suppressPreview: boolean; notPosted(): Promise<void> };

const NOTHING: SharedLinkReply = { kind: 'nothing' };

/**
 * Shared links: a member's article links in an enabled channel get one reply with a card each.
 * Links summarized in the channel in the last 24 h get no second card; failures stay silent
 * (logged at debug) so a channel never fills with errors.
 */
export async function summarizeSharedLinks(parts: SharedLinkParts, message: SharedMessage): Promise<SharedLinkReply> {
  const urls = findArticleLinks(message.content);
  if (urls.length === 0) return NOTHING;
  const settings = await parts.settings.forChannel(message.guildId, message.settingsChannelId);
  if (!settings) return NOTHING;

  const { recent, channelLimit, logger } = parts;
  const { channelId } = message;
  const log = logFields(message);
  const fresh: string[] = [];
  const earlier: string[] = [];
  for (const url of urls) {
    const claim = await recent.claim(channelId, url, message.messageUrl);
    // Claimed by this very message: another process got it too (two gateway processes on one
    // shard, as in a rolling restart) and answers it, so this one says nothing about that link.
    if (!claim.ok && claim.pointer === message.messageUrl) continue;
    if (!claim.ok) earlier.push(claim.pointer);
    else if ((await channelLimit.take(channelId)).ok) fresh.push(url);
    else {
      logger.debug('auto-summary skipped: channel rate limit', { ...log, url });
      await recent.release(channelId, url);
    }
  }
  if (fresh.length === 0) {
    if (earlier.length > 0 && (await channelLimit.take(channelId)).ok)
      return { kind: 'pointer', content: `Summarized here already: <${earlier[0]}>` };
    return NOTHING;
  }

  const language = await parts.languages?.language(message.guildId, message.guildLocale ?? null);
  const results = await readArticles(parts.articles, fresh, SUMMARY_LENGTHS.medium, language);
  for (const result of results) {
    if (!('error' in result)) continue;
    await recent.release(channelId, result.url);
    if (isFailure(result.error))
      logger.debug('auto-summary skipped: link not read', { ...log, url: result.url, kind: result.error.kind });
    else logger.error('auto-summary failed', { ...log, url: result.url, error: result.error });
  }
  const articles = articlesOf(results);
  if (articles.length === 0) return NOTHING;

  const read = results.filter((result) => 'article' in result).map((result) => result.url);
  return {
    kind: 'cards',
    embeds: cardsForOneMessage(articles, { locale: language }),
    suppressPreview: settings.suppressPreviews,
    async notPosted() {
      for (const url of read) await recent.release(channelId, url);
    },
  };
}

/** The fields every log line about one shared message carries. */
export function logFields(message: SharedMessage): Record<string, string> {
  return { guild_id: message.guildId, channel_id: message.channelId, message_id: message.messageId };
}
