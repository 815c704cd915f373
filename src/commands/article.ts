import { type ChatInputCommandInteraction, MessageFlags, SlashCommandBuilder } from 'discord.js';
import { postAsMember, replyIfRateLimited, replyPrivately } from '../discord/respond.js';
import type { BotContext, CommandInteraction } from '../discord/types.js';
import type { Article } from '../services/article.js';
import { articleCard } from '../services/format/card.js';
import { alternateIn, versionIn } from '../services/language/version-in.js';
import { SUMMARY_LENGTHS } from '../services/summarize/index.js';
import { parseUserUrl } from '../services/urls.js';

export const data = new SlashCommandBuilder()
  .setName('article')
  .setDescription('Summarize a news article, with its source and related links')
  .setDescriptionLocalizations({
    ko: '뉴스 기사를 출처, 관련 링크와 함께 요약합니다',
    ja: 'ニュース記事を出典と関連リンク付きで要約します',
  })
  .addStringOption((option) =>
    option.setName('url').setDescription('Link to the article').setRequired(true).setMaxLength(2000),
  )
  .addStringOption((option) =>
    option
      .setName('length')
      .setDescription('How long a summary (default: medium)')
      .addChoices(
        { name: 'short (2 sentences)', value: 'short' },
        { name: 'medium (3 sentences)', value: 'medium' },
        { name: 'long (5 sentences)', value: 'long' },
      ),
  )
  .addBooleanOption((option) => option.setName('private').setDescription('Only you can see the summary'))
  .addBooleanOption((option) =>
    option.setName('share').setDescription('Post the summary to this channel, with your name on it'),
  );

type Length = keyof typeof SUMMARY_LENGTHS;

/** /article: answer from the cache at once, or acknowledge first and edit the reply when the article is read. */
export async function execute(interaction: CommandInteraction, context: BotContext): Promise<void> {
  if (!interaction.isChatInputCommand()) return;
  const isPrivate = interaction.options.getBoolean('private') ?? false;
  const share = (interaction.options.getBoolean('share') ?? false) && !isPrivate;
  const sentences =
    SUMMARY_LENGTHS[(interaction.options.getString('length') ?? 'medium') as Length] ?? SUMMARY_LENGTHS.medium;

  if (await replyIfRateLimited(interaction, context.services.articleCooldown)) return;
  // A bad link or an unreadable page throws a FailureError; the interaction boundary tells the member privately.
  const url = parseUserUrl(interaction.options.getString('url', true)).href;

  const { articles, serverSettings } = context.services;
  const language = await serverSettings.language(interaction.guildId, interaction.guildLocale);
  const request = { url, sentences };
  // Answered at once only when the version the server reads (the page, or its version in the
  // server's language) is cached; anything else may fetch, so it is acknowledged first.
  const cached = await articles.peek(request).catch(() => undefined);
  const alternate = cached && alternateIn(cached, language);
  let article = alternate ? await articles.peek({ url: alternate, sentences }).catch(() => undefined) : cached;
  if (!article) {
    // Reading a page can take longer than Discord's 3 s acknowledgement window.
    await interaction.deferReply({ flags: isPrivate || share ? MessageFlags.Ephemeral : undefined });
    article = await versionIn(cached ?? (await articles.get(request)), language, (url) =>
      articles.get({ url, sentences }),
    );
  }
  if (share) await shareToChannel(interaction, article, language);
  else
    await answer(interaction, {
      embeds: [articleCard(article, { locale: language })],
      allowedMentions: { parse: [] },
      flags: isPrivate ? MessageFlags.Ephemeral : undefined,
    });
}

async function answer(
  interaction: ChatInputCommandInteraction,
  message: {
    content?: string;
    embeds?: ReturnType<typeof articleCard>[];
    allowedMentions: { parse: [] };
    flags?: MessageFlags.Ephemeral;
  },
): Promise<void> {
  if (interaction.deferred || interaction.replied) {
    const { flags: _ignored, ...edit } = message;
    await interaction.editReply(edit);
  } else {
    await interaction.reply(message);
  }
}

/** `share:true`: the card goes to the channel under the member's name (shown, not pinged); they get a private confirmation. */
async function shareToChannel(
  interaction: ChatInputCommandInteraction,
  article: Article,
  locale: string,
): Promise<void> {
  const outcome = await postAsMember(interaction, (sharedBy) => [articleCard(article, { sharedBy, locale })]);
  if (outcome === 'no-channel') {
    await replyPrivately(interaction, "I can't post in this channel, so here it is just for you.");
    await interaction.followUp({
      embeds: [articleCard(article, { locale })],
      flags: MessageFlags.Ephemeral,
      allowedMentions: { parse: [] },
    });
  } else if (outcome === 'refused') {
    await replyPrivately(
      interaction,
      "I couldn't post in this channel (I may be missing the Send Messages permission).",
    );
  } else {
    await answer(interaction, {
      content: 'Shared to the channel.',
      allowedMentions: { parse: [] },
      flags: MessageFlags.Ephemeral,
    });
  }
}
