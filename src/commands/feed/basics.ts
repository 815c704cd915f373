import { MessageFlags, PermissionFlagsBits } from 'discord.js';
import { replyPrivately } from '../../discord/respond.js';
import { previewNextPost } from '../../services/feeds/manage/preview-next-post.js';
import { MAX_SUBSCRIPTIONS_PER_GUILD, subscribe, unsubscribe } from '../../services/feeds/manage/subscribe.js';
import { subscribedMessage, subscriptionLabel, subscriptionListPages } from '../../services/feeds/present/describe.js';
import { targetPreview } from '../../services/feeds/present/target-text.js';
import { chooseInterval } from '../../services/feeds/schedule/interval-rules.js';
import type { PostMode } from '../../services/feeds/state/types.js';
import { escapeText } from '../../services/format/escape.js';
import {
  answer,
  botPermissionsIn,
  chosen,
  type FeedHandler,
  filterOptions,
  mentionOption,
  templateOption,
} from './shared.js';
import { targetOption } from './target.js';

/** /feed add: subscribe a channel (default: this one) to the feed behind a URL. */
export const add: FeedHandler = async (interaction, context, guildId) => {
  const mode = (interaction.options.getString('mode') ?? 'cards') as PostMode;
  const interval = chooseInterval(context.services.rules, mode, interaction.options.getInteger('every'));
  if (!interval.ok)
    return replyPrivately(interaction, `Feeds can be checked at most every ${interval.minIntervalMinutes} minutes.`);
  const mention = mentionOption(interaction, guildId);
  if (!mention.ok) return replyPrivately(interaction, mention.refusal);
  const template = templateOption(interaction);
  if (!template.ok) return replyPrivately(interaction, template.refusal);
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
  const { config } = context.services;
  const urlPolicy = { allowPorts: config.fetchAllowPorts, allowPrivateHosts: config.fetchAllowPrivateHosts };
  const target = targetOption(interaction, channelId, urlPolicy);
  if (!target.ok) return replyPrivately(interaction, target.refusal);
  const result = await subscribe(context.services, {
    guildId,
    channelId,
    url: interaction.options.getString('url', true),
    intervalMinutes: interval.minutes,
    mode,
    filter: filterOptions(interaction),
    mentionRoleId: mention.roleId,
    template: template.template ?? undefined,
    target: { ...target.request, urlPolicy },
    userId: interaction.user.id,
    now: Date.now(),
  });
  if (!result.ok)
    return replyPrivately(
      interaction,
      `This server already follows ${MAX_SUBSCRIPTIONS_PER_GUILD} feeds; remove one first.`,
    );
  const message = subscribedMessage(
    result.subscription,
    result.created,
    result.newest,
    context.services.rules.firstPostCount,
  );
  await answer(interaction, [message, mention.note, target.note].filter(Boolean).join('\n'));
};

/** /feed list: every subscription of the server, in pages. */
export const list: FeedHandler = async (interaction, context, guildId) => {
  const [first, ...rest] = subscriptionListPages(await context.services.subscriptions.inGuild(guildId));
  await interaction.editReply({ embeds: first, allowedMentions: { parse: [] } });
  for (const page of rest)
    await interaction.followUp({ embeds: page, flags: MessageFlags.Ephemeral, allowedMentions: { parse: [] } });
};

/** /feed remove. */
export const remove: FeedHandler = async (interaction, context, guildId) => {
  const subscription = await chosen(interaction, context, guildId);
  if (!subscription) return;
  await unsubscribe(context.services, subscription);
  await answer(
    interaction,
    `Removed **${escapeText(subscriptionLabel(subscription))}** from <#${subscription.channelId}>.`,
  );
};

/** /feed test: the next post, shown only to the member. */
export const test: FeedHandler = async (interaction, context, guildId) => {
  const subscription = await chosen(interaction, context, guildId);
  if (!subscription) return;
  const preview = await previewNextPost(context.services, subscription, Date.now());
  if (!preview) return replyPrivately(interaction, 'That feed has no items right now.');
  const intro = preview.isNew
    ? `The next post in <#${subscription.channelId}> will look like this:`
    : `Nothing new right now; a post in <#${subscription.channelId}> looks like this:`;
  // Where it lands, then the template's text (CONTENT_RESERVE keeps room for both lines).
  const target = targetPreview(subscription.target, preview.post.embeds[0]?.title);
  const content = [intro, target, preview.post.content].filter(Boolean).join('\n');
  await interaction.editReply({ content, embeds: preview.post.embeds, allowedMentions: { parse: [] } });
};
