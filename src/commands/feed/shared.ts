import type { ChatInputCommandInteraction } from 'discord.js';
import { replyPrivately } from '../../discord/respond.js';
import type { BotContext } from '../../discord/types.js';
import { buildFilter } from '../../services/feeds/schedule/filters.js';
import type { FeedFilter, Subscription } from '../../services/feeds/state/types.js';

/** One /feed subcommand: the interaction is deferred (ephemeral) and the member may manage the server. */
export type FeedHandler = (
  interaction: ChatInputCommandInteraction,
  context: BotContext,
  guildId: string,
) => Promise<void>;

/** The chosen subscription, only if it belongs to this server (ids come from the member, not only from autocomplete). */
export async function chosen(
  interaction: ChatInputCommandInteraction,
  context: BotContext,
  guildId: string,
): Promise<Subscription | undefined> {
  const subscription = await context.services.subscriptions.get(interaction.options.getString('subscription', true));
  if (subscription?.guildId === guildId) return subscription;
  await replyPrivately(interaction, "I can't find that feed in this server; pick one from the list.");
  return undefined;
}

/** The filter options a member gave (include, exclude, regex), checked; throws FailureError on a bad pattern. */
export function filterOptions(interaction: ChatInputCommandInteraction): FeedFilter | undefined {
  return buildFilter({
    include: interaction.options.getString('include'),
    exclude: interaction.options.getString('exclude'),
    regex: interaction.options.getString('regex'),
  });
}

/** The bot's permissions in a channel, when discord.js has the channel cached (it throws otherwise). */
export function botPermissionsIn(interaction: ChatInputCommandInteraction, channelId: string) {
  try {
    return interaction.guild?.members.me?.permissionsIn(channelId);
  } catch {
    return undefined;
  }
}

/** Reply privately with text that may quote feed titles: nobody is pinged. */
export async function answer(interaction: ChatInputCommandInteraction, content: string): Promise<void> {
  await interaction.editReply({ content, allowedMentions: { parse: [] } });
}
