import { deliveryLogEmbed } from '../../services/feeds/present/delivery-log.js';
import { chosen, type FeedHandler } from './shared.js';

/** /feed log: the subscription's last decisions (posted, skipped, failed) and why, only to the member. */
export const log: FeedHandler = async (interaction, context, guildId) => {
  const subscription = await chosen(interaction, context, guildId);
  if (!subscription) return;
  const entries = await context.services.deliveryLog.recent(subscription.id);
  await interaction.editReply({ embeds: [deliveryLogEmbed(subscription, entries)], allowedMentions: { parse: [] } });
};
