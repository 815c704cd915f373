import { type AutocompleteInteraction, MessageFlags, PermissionFlagsBits } from 'discord.js';
import { replyPrivately } from '../discord/respond.js';
import type { BotContext, CommandInteraction } from '../discord/types.js';
import { subscriptionLabel } from '../services/feeds/present/describe.js';
import { add, list, remove, test } from './feed/basics.js';
import { edit, pause, resume } from './feed/control.js';
import { log } from './feed/log.js';
import { exportFeeds, importFeeds } from './feed/opml.js';
import type { FeedHandler } from './feed/shared.js';

export { data } from './feed/data.js';

const HANDLERS: Record<string, FeedHandler> = {
  add,
  list,
  remove,
  test,
  pause,
  resume,
  edit,
  log,
  export: exportFeeds,
  import: importFeeds,
};

/** /feed and its subcommands, for members who can manage the server (checked again here: overrides can widen who sees a command). */
export async function execute(interaction: CommandInteraction, context: BotContext): Promise<void> {
  if (!interaction.isChatInputCommand()) return;
  if (!interaction.inGuild() || !interaction.guildId)
    return replyPrivately(interaction, 'Feeds belong to a server: use this command in one.');
  if (!interaction.memberPermissions?.has(PermissionFlagsBits.ManageGuild))
    return replyPrivately(interaction, 'Only members who can manage this server can change its feeds.');
  await interaction.deferReply({ flags: MessageFlags.Ephemeral });
  // Failures (not a feed, a bad filter) are thrown and told privately by the interaction boundary.
  const handler = HANDLERS[interaction.options.getSubcommand()];
  if (handler) await handler(interaction, context, interaction.guildId);
}

/** Suggest this server's subscriptions by title or address. */
export async function autocomplete(interaction: AutocompleteInteraction, context: BotContext): Promise<void> {
  if (!interaction.guildId || !interaction.memberPermissions?.has(PermissionFlagsBits.ManageGuild))
    return interaction.respond([]);
  const typed = interaction.options.getFocused().toLowerCase();
  const mine = await context.services.subscriptions.inGuild(interaction.guildId);
  const matches = mine
    .filter((subscription) => `${subscription.title} ${subscription.feedUrl}`.toLowerCase().includes(typed))
    .slice(0, 25);
  await interaction.respond(
    matches.map((subscription) => ({
      name: subscriptionLabel(subscription, interaction.guild?.channels.cache.get(subscription.channelId)?.name),
      value: subscription.id,
    })),
  );
}
