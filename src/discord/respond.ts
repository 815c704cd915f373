import { type APIEmbed, type BaseInteraction, MessageFlags, type RepliableInteraction } from 'discord.js';
import type { RateLimit } from '../services/cooldown.js';
import { t } from './i18n/index.js';

/**
 * Tell the member something only they can see, whatever state the interaction is in. A public
 * deferred reply can't become ephemeral, so it is deleted and the message goes in a follow-up.
 */
export async function replyPrivately(interaction: RepliableInteraction, content: string): Promise<void> {
  const message = { content, flags: MessageFlags.Ephemeral, allowedMentions: { parse: [] } } as const;
  if (!interaction.deferred && !interaction.replied) {
    await interaction.reply(message);
    return;
  }
  if (interaction.deferred && !interaction.replied && interaction.ephemeral) {
    await interaction.editReply({ content, allowedMentions: { parse: [] } });
    return;
  }
  if (interaction.deferred && !interaction.replied) await interaction.deleteReply().catch(() => undefined);
  await interaction.followUp(message);
}

/** The name a member goes by in this server (their nickname), for "Shared by" lines that show it without a ping. */
export function memberName(interaction: BaseInteraction): string {
  const member = interaction.member;
  return member && 'displayName' in member ? member.displayName : interaction.user.displayName;
}

/**
 * Take one use of the member's `cooldown`; when none is left, tell them privately (in their
 * language) how long to wait and return true (the caller stops there).
 */
export async function replyIfRateLimited(interaction: RepliableInteraction, cooldown: RateLimit): Promise<boolean> {
  const allowed = await cooldown.take(interaction.user.id);
  if (allowed.ok) return false;
  await replyPrivately(
    interaction,
    t(interaction.locale, 'rateLimited', { seconds: Math.ceil(allowed.retryAfterMs / 1000) }),
  );
  return true;
}

/** How posting went: sent, no channel the bot can send to (not cached, or not text), or Discord refused (a missing permission). */
export type PostOutcome = 'posted' | 'no-channel' | 'refused';

/**
 * Post cards publicly in the interaction's channel with the member's name on them (shown, not
 * pinged: no mentions are parsed). `cards` gets that name, for the cards' "Shared by" line.
 */
export async function postAsMember(
  interaction: BaseInteraction,
  cards: (sharedBy: string) => APIEmbed[],
): Promise<PostOutcome> {
  const channel = interaction.channel;
  if (!channel?.isSendable()) return 'no-channel';
  try {
    await channel.send({ embeds: cards(memberName(interaction)), allowedMentions: { parse: [] } });
    return 'posted';
  } catch {
    return 'refused';
  }
}
