import {
  type ChatInputCommandInteraction,
  InteractionContextType,
  PermissionFlagsBits,
  SlashCommandBuilder,
} from 'discord.js';
import { replyPrivately } from '../discord/respond.js';
import type { BotContext, CommandInteraction } from '../discord/types.js';

export const data = new SlashCommandBuilder()
  .setName('dashboard')
  .setDescription("A private sign-in link to this server's feeds dashboard on the web")
  .setDescriptionLocalizations({
    ko: '이 서버의 웹 피드 대시보드에 로그인하는 비공개 링크',
    ja: 'このサーバーのウェブ版フィードダッシュボードへの非公開サインインリンク',
  })
  .setDefaultMemberPermissions(PermissionFlagsBits.ManageGuild)
  .setContexts(InteractionContextType.Guild);

/** /dashboard: a one-time link, valid 10 minutes, for this member and this server, told only to them. */
export async function execute(interaction: CommandInteraction, context: BotContext): Promise<void> {
  if (!interaction.isChatInputCommand()) return;
  await answer(interaction, context);
}

async function answer(interaction: ChatInputCommandInteraction, context: BotContext): Promise<void> {
  if (!interaction.inGuild() || !interaction.guildId)
    return replyPrivately(interaction, 'The dashboard belongs to a server: use this command in one.');
  // Checked again here: permission overrides can widen who sees a command.
  if (!interaction.memberPermissions?.has(PermissionFlagsBits.ManageGuild))
    return replyPrivately(interaction, 'Only members who can manage this server can use its dashboard.');
  const dashboard = context.services.dashboard;
  if (!dashboard)
    return replyPrivately(interaction, "This bot's web dashboard is off (its operator can set DASHBOARD_PORT).");
  const token = await dashboard.links.issue({ guildId: interaction.guildId, userId: interaction.user.id });
  await replyPrivately(
    interaction,
    `[Open the dashboard](${dashboard.address.signInLink(token)})\nThis link signs in only you, only for this server; it works once, within 10 minutes. Don't share it.`,
  );
}
