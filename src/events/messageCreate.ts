import { Events, type Message, MessageType, PermissionFlagsBits } from 'discord.js';
import type { BotContext, BotEvent } from '../discord/types.js';
import { settingsChannelId } from '../services/autosummary/settings.js';
import {
  logFields,
  type SharedLinkParts,
  type SharedMessage,
  summarizeSharedLinks,
} from '../services/autosummary/summarize-shared-links.js';

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

/** The message as the shared-link use case reads it. */
function sharedMessage(message: Message<true>): SharedMessage {
  return {
    guildId: message.guildId,
    channelId: message.channelId,
    settingsChannelId: settingsChannelId(message.channel),
    messageId: message.id,
    messageUrl: message.url,
    content: message.content,
    guildLocale: message.guild?.preferredLocale,
  };
}

/** The parts of the services the use case works with (all built once by the composition root). */
function sharedLinkParts({ services }: BotContext): SharedLinkParts {
  const { sharedLinks, linkCooldown, articles, serverSettings, logger } = services;
  return {
    settings: sharedLinks.settings,
    recent: sharedLinks.recent,
    channelLimit: linkCooldown,
    articles,
    languages: serverSettings,
    logger,
  };
}

/** Shared links (see summarizeSharedLinks): this edge only turns the member's message into the use case's terms and sends its reply. */
export const event: BotEvent<Events.MessageCreate> = {
  name: Events.MessageCreate,
  async execute(context, message) {
    if (!isMemberMessage(message)) return;
    const shared = sharedMessage(message);
    const reply = await summarizeSharedLinks(sharedLinkParts(context), shared);
    const { logger } = context.services;
    if (reply.kind === 'pointer') {
      await message
        .reply({ content: reply.content, allowedMentions: NO_PINGS })
        .catch((error: unknown) => logger.debug('auto-summary pointer not sent', { ...logFields(shared), error }));
    } else if (reply.kind === 'cards') {
      try {
        await message.reply({ embeds: reply.embeds, allowedMentions: NO_PINGS });
      } catch (error) {
        logger.debug('auto-summary not posted', { ...logFields(shared), error });
        await reply.notPosted();
        return;
      }
      if (reply.suppressPreview) await suppressPreview(context, message);
    }
  },
};

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
