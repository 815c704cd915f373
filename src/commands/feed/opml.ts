import { ChannelType, MessageFlags } from 'discord.js';
import { replyPrivately } from '../../discord/respond.js';
import { type FailureError, isFailure } from '../../services/errors.js';
import { exportSubscriptions } from '../../services/feeds/manage/export-subscriptions.js';
import { importSubscriptions } from '../../services/feeds/manage/import-subscriptions.js';
import { downloadOpml } from '../../services/feeds/manage/opml-attachment.js';
import { readOpml } from '../../services/feeds/opml/read-opml.js';
import { importReportPages } from '../../services/feeds/present/import-report.js';
import type { FeedHandler } from './shared.js';

const kilobytes = (bytes: number) => `${Math.ceil(bytes / 1024)} KB`;
/** Outlines are started within this time, well inside the 15-minute interaction token (DOCS receiving-and-responding.mdx). */
const IMPORT_BUDGET_MS = 10 * 60_000;

/** /feed export: the server's subscriptions as an OPML file, only to the member. */
export const exportFeeds: FeedHandler = async (interaction, context, guildId) => {
  const subscriptions = await context.services.subscriptions.inGuild(guildId);
  if (subscriptions.length === 0)
    return replyPrivately(interaction, 'No feeds to export yet. Add one with `/feed add`.');
  const opml = exportSubscriptions(interaction.guild?.name ?? 'this server', subscriptions, Date.now());
  await interaction.editReply({
    content: `This server's ${subscriptions.length} feed${subscriptions.length === 1 ? '' : 's'} as OPML: \`/feed import\` it in another server, or open it in any feed reader.`,
    files: [{ attachment: Buffer.from(opml, 'utf8'), name: 'newsdesk-feeds.opml' }],
    allowedMentions: { parse: [] },
  });
};

/** The attached file's text, or a polite refusal said to the member (undefined then). */
async function attachedText(
  interaction: Parameters<FeedHandler>[0],
  context: Parameters<FeedHandler>[1],
): Promise<string | undefined> {
  const file = interaction.options.getAttachment('file', true);
  const { config, fetcher } = context.services;
  const tooLarge = `That file is ${kilobytes(file.size)}; I read OPML files up to ${kilobytes(config.fetchMaxFeedBytes)}.`;
  try {
    return await downloadOpml(
      fetcher,
      { url: file.url, size: file.size },
      { maxBytes: config.fetchMaxFeedBytes, discordApiUrl: config.discordApiUrl },
    );
  } catch (error) {
    if (!isFailure(error)) throw error;
    const words: Partial<Record<FailureError['kind'], string>> = {
      'too-large': tooLarge,
      'not-html': `Discord serves that file as ${error.detail.contentType || 'an unknown type'}, which I don't read; save it with an .opml or .xml name and attach it again.`,
      'blocked-address': "I only read files from Discord's own file servers.",
    };
    await replyPrivately(interaction, words[error.kind] ?? `I couldn't download that file: ${error.message}.`);
    return undefined;
  }
}

/** /feed import: follow every feed of an attached OPML file, each through /feed add's rules; one line per outline. */
export const importFeeds: FeedHandler = async (interaction, context, guildId) => {
  const text = await attachedText(interaction, context);
  if (text === undefined) return;
  const { feeds, more } = readOpml(text);
  if (feeds.length === 0)
    return replyPrivately(interaction, 'That OPML file lists no feeds (no outline has an `xmlUrl`).');
  const outcomes = await importSubscriptions(context.services, feeds, {
    guildId,
    channelId: interaction.options.getChannel('channel')?.id,
    fallbackChannelId: interaction.channelId,
    // Only channels that take plain messages: an imported feed has no target, and a forum takes only posts.
    channels: new Set(
      interaction.guild?.channels.cache
        .filter((channel) => channel.type === ChannelType.GuildText || channel.type === ChannelType.GuildAnnouncement)
        .keys() ?? [],
    ),
    // Not @everyone: its id is the server's, and a feed never pings everyone.
    roles: new Set([...(interaction.guild?.roles.cache.keys() ?? [])].filter((id) => id !== guildId)),
    userId: interaction.user.id,
    now: Date.now(),
    stopAt: Date.now() + IMPORT_BUDGET_MS,
  });
  const [first, ...rest] = importReportPages(outcomes, more);
  await interaction.editReply({ content: first, allowedMentions: { parse: [] } });
  for (const page of rest)
    await interaction.followUp({ content: page, flags: MessageFlags.Ephemeral, allowedMentions: { parse: [] } });
};
