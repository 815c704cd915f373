import { MessageFlags, type BaseInteraction, type RepliableInteraction } from 'discord.js';

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
