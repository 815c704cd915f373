import { Events, type Message, MessageType, PermissionFlagsBits } from 'discord.js';
import type { BotContext, BotEvent } from '../discord/types.js';
import { isFailure } from '../services/errors.js';
import { cardsForOneMessage } from '../services/shared-links/cards.js';
import { findArticleLinks } from '../services/shared-links/links.js';
import { articlesOf, readArticles } from '../services/shared-links/read-articles.js';
import { type ChannelAutoSummary, settingsChannelId } from '../services/shared-links/settings.js';
import { SUMMARY_LENGTHS } from '../services/summarize/index.js';

const NO_PINGS = { parse: [], repliedUser: false } as const;

/** A member's own message: not a bot (discord.js delivers ours too), not a webhook, not a system notice. */
function isMemberMessage(message: Message): message is Message<true> {
  return (
    message.inGuild() &&
    !message.author.bot &&
    !message.webhookId &&
    (message.type === MessageType.Default || message.type === MessageType.Reply)
  );
}

/**
 * Shared links: a member's article links in an enabled channel get one reply with a card each.
 * Links summarized in the channel in the last 24 h get no second card; failures stay silent
 * (logged at debug) so a channel never fills with errors.
 */
export const event: BotEvent<Events.MessageCreate> = {
  name: Events.MessageCreate,
  async execute(context, message) {
    if (!isMemberMessage(message)) return;
    const urls = findArticleLinks(message.content);
    if (urls.length === 0) return;
    const settings = await context.sharedLinks.settings.forChannel(message.guildId, settingsChannelId(message.channel));
    if (settings) await summarizeShared(context, message, urls, settings);
  },
};

async function summarizeShared(
  context: BotContext,
  message: Message<true>,
  urls: string[],
  settings: ChannelAutoSummary,
): Promise<void> {
  const { logger } = context.services;
  const log = { guild_id: message.guildId, channel_id: message.channelId, message_id: message.id };
  const { recent } = context.sharedLinks;
  const fresh: string[] = [];
  const earlier: string[] = [];
  for (const url of urls) {
    const claim = await recent.claim(message.channelId, url, message.url);
    if (!claim.ok) earlier.push(claim.pointer);
    else if (context.linkCooldown.take(message.channelId).ok) fresh.push(url);
    else {
      logger.debug('auto-summary skipped: channel rate limit', { ...log, url });
      await recent.release(message.channelId, url);
    }
  }
  if (fresh.length === 0) {
    if (earlier.length > 0 && context.linkCooldown.take(message.channelId).ok) {
      await message
        .reply({ content: `Summarized here already: <${earlier[0]}>`, allowedMentions: NO_PINGS })
        .catch((error: unknown) => logger.debug('auto-summary pointer not sent', { ...log, error }));
    }
    return;
  }

  const results = await readArticles(context.services.articles, fresh, SUMMARY_LENGTHS.medium);
  for (const result of results) {
    if (!('error' in result)) continue;
    await recent.release(message.channelId, result.url);
    if (isFailure(result.error))
      logger.debug('auto-summary skipped: link not read', { ...log, url: result.url, kind: result.error.kind });
    else logger.error('auto-summary failed', { ...log, url: result.url, error: result.error });
  }
  const articles = articlesOf(results);
  if (articles.length === 0) return;

  const read = results.filter((result) => 'article' in result).map((result) => result.url);
  try {
    await message.reply({ embeds: cardsForOneMessage(articles), allowedMentions: NO_PINGS });
  } catch (error) {
    logger.debug('auto-summary not posted', { ...log, error });
    for (const url of read) await recent.release(message.channelId, url);
    return;
  }
  if (settings.suppressPreviews) await suppressPreview(context, message);
}

/** Hide Discord's own preview on the member's message, when the server asked and we may (Manage Messages). */
async function suppressPreview(context: BotContext, message: Message<true>): Promise<void> {
  const me = context.client.user;
  if (!me || !message.channel.permissionsFor(me)?.has(PermissionFlagsBits.ManageMessages)) return;
  await message
    .suppressEmbeds(true)
    .catch((error: unknown) =>
      context.services.logger.debug('could not suppress the link preview', { message_id: message.id, error }),
    );
}

export const { name, execute } = event;
