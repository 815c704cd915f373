import { InteractionContextType, PermissionFlagsBits, SlashCommandBuilder } from 'discord.js';
import { replyPrivately } from '../discord/respond.js';
import type { BotContext, CommandInteraction } from '../discord/types.js';
import { type Language, languageOf } from '../services/language/languages.js';

/** The languages as a member picks them, each in its own script. */
const LANGUAGE_NAMES: Record<Language, string> = { en: 'English', ko: '한국어', ja: '日本語' };
const SERVER_DEFAULT = 'default';

export const data = new SlashCommandBuilder()
  .setName('settings')
  .setDescription("This server's settings for the bot")
  .setDescriptionLocalizations({ ko: '이 서버의 봇 설정', ja: 'このサーバーのボット設定' })
  .setDefaultMemberPermissions(PermissionFlagsBits.ManageGuild)
  .setContexts(InteractionContextType.Guild)
  .addSubcommand((sub) =>
    sub
      .setName('language')
      .setDescription('The language of cards in this server: dates and, where the site has one, the article version')
      .setDescriptionLocalizations({
        ko: '이 서버 카드의 언어: 날짜와, 사이트에 있다면 해당 언어판 기사',
        ja: 'このサーバーのカードの言語：日付と、サイトにあればその言語版の記事',
      })
      .addStringOption((option) =>
        option
          .setName('language')
          .setDescription("Default: the server's preferred locale when it is one of these, else English")
          .setRequired(true)
          .addChoices(...Object.entries(LANGUAGE_NAMES).map(([value, name]) => ({ name, value })), {
            name: 'Server default',
            value: SERVER_DEFAULT,
          }),
      ),
  );

/** /settings language — Manage Server by default, checked again because admins can change who sees the command. */
export async function execute(interaction: CommandInteraction, context: BotContext): Promise<void> {
  if (!interaction.isChatInputCommand()) return;
  if (!interaction.inCachedGuild()) {
    await replyPrivately(interaction, 'Settings are per server; use this command in a server.');
    return;
  }
  if (!interaction.memberPermissions.has(PermissionFlagsBits.ManageGuild)) {
    await replyPrivately(interaction, "You need the Manage Server permission to change this server's settings.");
    return;
  }
  const settings = context.services.serverSettings;
  await settings.setLanguage(interaction.guildId, languageOf(interaction.options.getString('language', true)));
  const language = await settings.language(interaction.guildId, interaction.guildLocale);
  await replyPrivately(interaction, `Cards in this server are now in ${LANGUAGE_NAMES[language]}.`);
}
