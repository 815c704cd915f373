import {
  ActionRowBuilder,
  ApplicationCommandType,
  ButtonBuilder,
  ButtonStyle,
  ContextMenuCommandBuilder,
  MessageFlags,
  type ButtonInteraction,
  type MessageComponentInteraction,
} from 'discord.js';
import { memberName, replyPrivately } from '../discord/respond.js';
import type { BotContext, CommandInteraction } from '../discord/types.js';
import { isFailure, userMessage } from '../services/errors.js';
import { unfurlFree } from '../services/format/escape.js';
import { cardsForOneMessage } from '../services/shared-links/cards.js';
import { findArticleLinks } from '../services/shared-links/links.js';
import { PendingPosts } from '../services/shared-links/pending-posts.js';
import { articlesOf, readArticles, type LinkResult } from '../services/shared-links/read-articles.js';

const NAME = 'Summarize article';
const POST = 'post';

/** Message menu → Apps → "Summarize article". Discord sends the target message's content with the command, so no privileged intent is needed. */
export const data = new ContextMenuCommandBuilder().setName(NAME).setType(ApplicationCommandType.Message);

/** Summarize the article links in a message, privately, with a button to post the cards to the channel. */
export async function execute(interaction: CommandInteraction, context: BotContext): Promise<void> {
  if (!interaction.isMessageContextMenuCommand()) return;
  const allowed = context.articleCooldown.take(interaction.user.id);
  if (!allowed.ok) {
    await replyPrivately(interaction, `You're asking quickly — try again in ${Math.ceil(allowed.retryAfterMs / 1000)} s.`);
    return;
  }
  const urls = findArticleLinks(interaction.targetMessage.content);
  if (urls.length === 0) {
    await replyPrivately(interaction, "I didn't find an article link in that message (images, videos, files and Discord links don't count).");
    return;
  }
  // Reading pages can take longer than Discord's 3 s acknowledgement window.
  await interaction.deferReply({ flags: MessageFlags.Ephemeral });
  const results = await readArticles(context.services.articles, urls);
  const articles = articlesOf(results);
  const problems = failureLines(results, context);
  if (articles.length === 0) {
    await interaction.editReply({ content: problems, allowedMentions: { parse: [] } });
    return;
  }
  const key = await pendingPosts(context).save({ userId: interaction.user.id, urls: articles.map((article) => article.requestedUrl) });
  const button = new ButtonBuilder().setCustomId(`${NAME}:${POST}:${key}`).setLabel('Post to channel').setStyle(ButtonStyle.Primary);
  await interaction.editReply({
    content: problems || undefined,
    embeds: cardsForOneMessage(articles),
    components: [new ActionRowBuilder<ButtonBuilder>().addComponents(button)],
    allowedMentions: { parse: [] },
  });
}

/** "Post to channel": the cards go to the channel with the member's name (shown, not pinged), once. */
export async function handleComponent(interaction: MessageComponentInteraction, context: BotContext): Promise<void> {
  const [, action, key = ''] = interaction.customId.split(':');
  if (!interaction.isButton() || action !== POST) return;
  const posts = pendingPosts(context);
  const post = await posts.get(key);
  if (!post || post.userId !== interaction.user.id || !(await posts.consume(key))) {
    await interaction.update({ content: 'This summary has expired or was posted already — use "Summarize article" again to post it.', components: [], allowedMentions: { parse: [] } });
    return;
  }
  await interaction.deferUpdate();
  const articles = articlesOf(await readArticles(context.services.articles, post.urls));
  const failed = articles.length === 0 ? "I couldn't read those articles again; try again in a moment." : (await postToChannel(interaction, articles)) ? undefined : "I couldn't post in this channel (I may be missing the Send Messages or Embed Links permission).";
  if (failed) {
    await interaction.followUp({ content: failed, flags: MessageFlags.Ephemeral, allowedMentions: { parse: [] } });
    return;
  }
  await interaction.editReply({ content: 'Posted to the channel.', components: [], allowedMentions: { parse: [] } });
}

async function postToChannel(interaction: ButtonInteraction, articles: ReturnType<typeof articlesOf>): Promise<boolean> {
  const channel = interaction.channel;
  if (!channel?.isSendable()) return false;
  const sharedBy = memberName(interaction);
  try {
    await channel.send({ embeds: cardsForOneMessage(articles, { sharedBy }), allowedMentions: { parse: [] } });
    return true;
  } catch {
    return false;
  }
}

function pendingPosts(context: BotContext): PendingPosts {
  return new PendingPosts(context.services.store.ns('autosummary'));
}

/** One line per link that could not be read, in the words userMessage() gives each failure. */
function failureLines(results: LinkResult[], context: BotContext): string {
  return results
    .flatMap((result) => {
      if (!('error' in result)) return [];
      if (!isFailure(result.error)) context.services.logger.error('summarize article failed', { url: result.url, error: result.error });
      return [`• ${unfurlFree(result.url)}: ${isFailure(result.error) ? userMessage(result.error) : 'Something went wrong reading it.'}`];
    })
    .join('\n');
}
