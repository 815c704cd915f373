import {
  type AutocompleteInteraction,
  ChannelType,
  type ChatInputCommandInteraction,
  InteractionContextType,
  MessageFlags,
  PermissionFlagsBits,
  SlashCommandBuilder,
} from 'discord.js';
import { replyPrivately } from '../discord/respond.js';
import type { BotContext, CommandInteraction } from '../discord/types.js';
import { previewNextPost } from '../services/feeds/manage/preview-next-post.js';
import { MAX_SUBSCRIPTIONS_PER_GUILD, subscribe, unsubscribe } from '../services/feeds/manage/subscribe.js';
import { subscribedMessage, subscriptionLabel, subscriptionListPages } from '../services/feeds/present/describe.js';
import { buildFilter } from '../services/feeds/schedule/filters.js';
import { chooseInterval } from '../services/feeds/schedule/interval-rules.js';
import type { PostMode, Subscription } from '../services/feeds/state/types.js';
import { escapeText } from '../services/format/escape.js';

const subscriptionOption = (description: string) => (option: import('discord.js').SlashCommandStringOption) =>
  option.setName('subscription').setDescription(description).setRequired(true).setAutocomplete(true);

export const data = new SlashCommandBuilder()
  .setName('feed')
  .setDescription('Post new articles from a news site or feed to a channel')
  .setDefaultMemberPermissions(PermissionFlagsBits.ManageGuild)
  .setContexts(InteractionContextType.Guild)
  .addSubcommand((sub) =>
    sub
      .setName('add')
      .setDescription('Follow a feed, or any page of a site that links one')
      .addStringOption((option) =>
        option
          .setName('url')
          .setDescription('Feed address, or a page of the site')
          .setRequired(true)
          .setMaxLength(2000),
      )
      .addChannelOption((option) =>
        option
          .setName('channel')
          .setDescription('Where to post (default: this channel)')
          .addChannelTypes(ChannelType.GuildText, ChannelType.GuildAnnouncement),
      )
      .addIntegerOption((option) =>
        option.setName('every').setDescription('Minutes between checks').setMinValue(1).setMaxValue(1440),
      )
      .addStringOption((option) =>
        option
          .setName('mode')
          .setDescription('One card per article, or one digest per check')
          .addChoices({ name: 'cards', value: 'cards' }, { name: 'digest', value: 'digest' }),
      )
      .addStringOption((option) =>
        option
          .setName('include')
          .setDescription('Only post items mentioning one of these words (comma list)')
          .setMaxLength(500),
      )
      .addStringOption((option) =>
        option
          .setName('exclude')
          .setDescription('Never post items mentioning these words (comma list)')
          .setMaxLength(500),
      )
      .addStringOption((option) =>
        option
          .setName('regex')
          .setDescription('Only post items whose title or summary matches this pattern')
          .setMaxLength(200),
      ),
  )
  .addSubcommand((sub) => sub.setName('list').setDescription("This server's feeds, with their last and next checks"))
  .addSubcommand((sub) =>
    sub
      .setName('remove')
      .setDescription('Stop following a feed')
      .addStringOption(subscriptionOption('The feed to remove')),
  )
  .addSubcommand((sub) =>
    sub
      .setName('test')
      .setDescription('Show (only to you) what the next post of a feed would look like')
      .addStringOption(subscriptionOption('The feed to test')),
  );

/** /feed add|list|remove|test, for members who can manage the server (checked again here: overrides can widen who sees a command). */
export async function execute(interaction: CommandInteraction, context: BotContext): Promise<void> {
  if (!interaction.isChatInputCommand()) return;
  if (!interaction.inGuild() || !interaction.guildId)
    return replyPrivately(interaction, 'Feeds belong to a server: use this command in one.');
  if (!interaction.memberPermissions?.has(PermissionFlagsBits.ManageGuild))
    return replyPrivately(interaction, 'Only members who can manage this server can change its feeds.');
  await interaction.deferReply({ flags: MessageFlags.Ephemeral });
  // Failures (not a feed, a bad filter) are thrown and told privately by the interaction boundary.
  const handler = { add, list, remove, test }[interaction.options.getSubcommand()];
  if (handler) await handler(interaction, context, interaction.guildId);
}

async function add(interaction: ChatInputCommandInteraction, context: BotContext, guildId: string): Promise<void> {
  const mode = (interaction.options.getString('mode') ?? 'cards') as PostMode;
  const interval = chooseInterval(context.services.rules, mode, interaction.options.getInteger('every'));
  if (!interval.ok)
    return replyPrivately(interaction, `Feeds can be checked at most every ${interval.minIntervalMinutes} minutes.`);
  const channelId = interaction.options.getChannel('channel')?.id ?? interaction.channelId;
  // Checked now so a missing permission is said today, not found in a log after ten minutes.
  const mine = botPermissionsIn(interaction, channelId);
  if (
    mine &&
    !mine.has([PermissionFlagsBits.ViewChannel, PermissionFlagsBits.SendMessages, PermissionFlagsBits.EmbedLinks])
  ) {
    return replyPrivately(
      interaction,
      `I can't post cards in <#${channelId}>: I need View Channel, Send Messages and Embed Links there.`,
    );
  }
  const filter = buildFilter({
    include: interaction.options.getString('include'),
    exclude: interaction.options.getString('exclude'),
    regex: interaction.options.getString('regex'),
  });
  const result = await subscribe(context.services, {
    guildId,
    channelId,
    url: interaction.options.getString('url', true),
    intervalMinutes: interval.minutes,
    mode,
    filter,
    userId: interaction.user.id,
    now: Date.now(),
  });
  if (!result.ok)
    return replyPrivately(
      interaction,
      `This server already follows ${MAX_SUBSCRIPTIONS_PER_GUILD} feeds; remove one first.`,
    );
  await interaction.editReply({
    content: subscribedMessage(
      result.subscription,
      result.created,
      result.newest,
      context.services.rules.firstPostCount,
    ),
    allowedMentions: { parse: [] },
  });
}

async function list(interaction: ChatInputCommandInteraction, context: BotContext, guildId: string): Promise<void> {
  const [first, ...rest] = subscriptionListPages(await context.services.subscriptions.inGuild(guildId));
  await interaction.editReply({ embeds: first, allowedMentions: { parse: [] } });
  for (const page of rest)
    await interaction.followUp({ embeds: page, flags: MessageFlags.Ephemeral, allowedMentions: { parse: [] } });
}

/** The chosen subscription, only if it belongs to this server (ids come from the member, not only from autocomplete). */
async function chosen(
  interaction: ChatInputCommandInteraction,
  context: BotContext,
  guildId: string,
): Promise<Subscription | undefined> {
  const subscription = await context.services.subscriptions.get(interaction.options.getString('subscription', true));
  if (subscription?.guildId === guildId) return subscription;
  await replyPrivately(interaction, "I can't find that feed in this server; pick one from the list.");
  return undefined;
}

async function remove(interaction: ChatInputCommandInteraction, context: BotContext, guildId: string): Promise<void> {
  const subscription = await chosen(interaction, context, guildId);
  if (!subscription) return;
  await unsubscribe(context.services, subscription);
  await interaction.editReply({
    content: `Removed **${escapeText(subscriptionLabel(subscription))}** from <#${subscription.channelId}>.`,
    allowedMentions: { parse: [] },
  });
}

async function test(interaction: ChatInputCommandInteraction, context: BotContext, guildId: string): Promise<void> {
  const subscription = await chosen(interaction, context, guildId);
  if (!subscription) return;
  const preview = await previewNextPost(context.services, subscription, Date.now());
  if (!preview) return replyPrivately(interaction, 'That feed has no items right now.');
  const content = preview.isNew
    ? `The next post in <#${subscription.channelId}> will look like this:`
    : `Nothing new right now; a post in <#${subscription.channelId}> looks like this:`;
  await interaction.editReply({ content, embeds: [preview.embed], allowedMentions: { parse: [] } });
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
      name: subscriptionLabel(subscription, channelName(interaction, subscription.channelId)),
      value: subscription.id,
    })),
  );
}

/** The bot's permissions in a channel, when discord.js has the channel cached (it throws otherwise). */
function botPermissionsIn(interaction: ChatInputCommandInteraction, channelId: string) {
  try {
    return interaction.guild?.members.me?.permissionsIn(channelId);
  } catch {
    return undefined;
  }
}

function channelName(interaction: AutocompleteInteraction, channelId: string): string | undefined {
  const channel = interaction.guild?.channels.cache.get(channelId);
  return channel?.name;
}
