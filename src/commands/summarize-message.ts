import {
  ActionRowBuilder,
  ApplicationCommandType,
  ButtonBuilder,
  ButtonStyle,
  ContextMenuCommandBuilder,
  type MessageComponentInteraction,
  MessageFlags,
} from 'discord.js';
import { postAsMember, replyIfRateLimited, replyPrivately } from '../discord/respond.js';
import type { BotContext, CommandInteraction } from '../discord/types.js';
import { cardsForOneMessage } from '../services/autosummary/cards.js';
import { findArticleLinks } from '../services/autosummary/links.js';
import { articlesOf, type LinkResult, readArticles } from '../services/autosummary/read-articles.js';
import { isFailure, userMessage } from '../services/errors.js';
import { unfurlFree } from '../services/format/escape.js';
import { fitLines } from '../services/format/fit-lines.js';

const NAME = 'Summarize article';
const POST = 'post';

/** Message menu → Apps → "Summarize article". Discord sends the target message's content with the command, so no privileged intent is needed. */
export const data = new ContextMenuCommandBuilder()
  .setName(NAME)
  .setNameLocalizations({ ko: '기사 요약', ja: '記事を要約' })
  .setType(ApplicationCommandType.Message);

/** Summarize the article links in a message, privately, with a button to post the cards to the channel. */
export async function execute(interaction: CommandInteraction, context: BotContext): Promise<void> {
  if (!interaction.isMessageContextMenuCommand()) return;
  if (await replyIfRateLimited(interaction, context.services.articleCooldown)) return;
  const urls = findArticleLinks(interaction.targetMessage.content);
  if (urls.length === 0) {
    await replyPrivately(
      interaction,
      "I didn't find an article link in that message (images, videos, files and Discord links don't count).",
    );
    return;
  }
  // Reading pages can take longer than Discord's 3 s acknowledgement window.
  await interaction.deferReply({ flags: MessageFlags.Ephemeral });
  const language = await context.services.serverSettings.language(interaction.guildId, interaction.guildLocale);
  const results = await readArticles(context.services.articles, urls, undefined, language);
  const articles = articlesOf(results);
  const problems = failureLines(results, context);
  if (articles.length === 0) {
    await interaction.editReply({ content: problems, allowedMentions: { parse: [] } });
    return;
  }
  const key = await context.services.sharedLinks.pendingPosts.save({
    userId: interaction.user.id,
    urls: articles.map((article) => article.requestedUrl),
  });
  const button = new ButtonBuilder()
    .setCustomId(`${NAME}:${POST}:${key}`)
    .setLabel('Post to channel')
    .setStyle(ButtonStyle.Primary);
  await interaction.editReply({
    content: problems || undefined,
    embeds: cardsForOneMessage(articles, { locale: language }),
    components: [new ActionRowBuilder<ButtonBuilder>().addComponents(button)],
    allowedMentions: { parse: [] },
  });
}

/** "Post to channel": the cards go to the channel with the member's name (shown, not pinged), once. */
export async function handleComponent(interaction: MessageComponentInteraction, context: BotContext): Promise<void> {
  const [, action, key = ''] = interaction.customId.split(':');
  if (!interaction.isButton() || action !== POST) return;
  const posts = context.services.sharedLinks.pendingPosts;
  const post = await posts.get(key);
  if (!post || post.userId !== interaction.user.id || !(await posts.consume(key))) {
    await interaction.update({
      content: 'This summary has expired or was posted already — use "Summarize article" again to post it.',
      components: [],
      allowedMentions: { parse: [] },
    });
    return;
  }
  await interaction.deferUpdate();
  // The saved URLs are the versions the member saw, so they are read as they are.
  const articles = articlesOf(await readArticles(context.services.articles, post.urls));
  const locale = await context.services.serverSettings.language(interaction.guildId, interaction.guildLocale);
  const outcome =
    articles.length === 0
      ? 'unread'
      : await postAsMember(interaction, (sharedBy) => cardsForOneMessage(articles, { sharedBy, locale }));
  // The post is used up either way (so a double click posts once), so the button goes either way
  // too: a second click would otherwise say "posted already" about cards that never went out.
  await interaction.editReply({ content: outcomeText[outcome], components: [], allowedMentions: { parse: [] } });
}

const outcomeText = {
  posted: 'Posted to the channel.',
  unread: 'Nothing was posted: I couldn\'t read those articles again. Use "Summarize article" again in a moment.',
  'no-channel': "Nothing was posted: I can't post in this channel.",
  refused:
    "Nothing was posted: I couldn't post in this channel (I may be missing the Send Messages or Embed Links permission).",
} as const;

/** One line per link that could not be read, in the words userMessage() gives each failure, within the content limit. */
function failureLines(results: LinkResult[], context: BotContext): string {
  const lines = results.flatMap((result) => {
    if (!('error' in result)) return [];
    if (!isFailure(result.error))
      context.services.logger.error('summarize article failed', { url: result.url, error: result.error });
    return [
      `• ${unfurlFree(result.url)}: ${isFailure(result.error) ? userMessage(result.error) : 'Something went wrong reading it.'}`,
    ];
  });
  return fitLines(lines);
}
