import {
  ChannelType,
  type ChatInputCommandInteraction,
  type GuildBasedChannel,
  InteractionContextType,
  PermissionFlagsBits,
  SlashCommandBuilder,
} from 'discord.js';
import { replyPrivately } from '../discord/respond.js';
import type { BotContext, CommandInteraction } from '../discord/types.js';
import { MAX_LINKS_PER_MESSAGE } from '../services/autosummary/links.js';
import { type AutoSummarySettings, settingsChannelId } from '../services/autosummary/settings.js';

const CHANNEL_TYPES = [ChannelType.GuildText, ChannelType.GuildAnnouncement, ChannelType.GuildForum] as const;

export const data = new SlashCommandBuilder()
  .setName('autosummary')
  .setDescription('Summaries under the article links members share in a channel')
  .setDescriptionLocalizations({
    ko: '채널에서 멤버가 공유한 기사 링크 아래에 요약을 답니다',
    ja: 'チャンネルでメンバーが共有した記事リンクに要約を付けます',
  })
  .setDefaultMemberPermissions(PermissionFlagsBits.ManageGuild)
  .setContexts(InteractionContextType.Guild)
  .addSubcommand((sub) =>
    sub
      .setName('enable')
      .setDescription('Summarize article links shared in a channel')
      .addChannelOption((option) =>
        option
          .setName('channel')
          .setDescription('Default: this channel')
          .addChannelTypes(...CHANNEL_TYPES),
      )
      .addBooleanOption((option) =>
        option
          .setName('suppress_previews')
          .setDescription("Hide Discord's own link preview on summarized messages (needs Manage Messages)"),
      ),
  )
  .addSubcommand((sub) =>
    sub
      .setName('disable')
      .setDescription('Stop summarizing links shared in a channel')
      .addChannelOption((option) =>
        option
          .setName('channel')
          .setDescription('Default: this channel')
          .addChannelTypes(...CHANNEL_TYPES),
      ),
  )
  .addSubcommand((sub) => sub.setName('status').setDescription('Where auto-summaries are on'));

/** Why enabled channels stay quiet without the privileged intent, and how to turn it on. */
const INTENT_HELP =
  "Auto-summaries won't start yet: this bot runs without Discord's Message Content intent, so it can't read the links in messages. " +
  'To turn it on: Discord Developer Portal → your application → Bot → Privileged Gateway Intents → **Message Content Intent**; ' +
  'then set `ENABLE_MESSAGE_CONTENT=true` and restart the bot. Meanwhile anyone can right-click a message → Apps → **Summarize article**.';

// What the bot needs in a channel to reply there with cards (a reply also needs the message history).
const NEEDED = {
  ViewChannel: 'View Channel',
  SendMessages: 'Send Messages',
  EmbedLinks: 'Embed Links',
  ReadMessageHistory: 'Read Message History',
} as const;

/** /autosummary enable|disable|status — Manage Server by default, checked again here because server admins can change who sees the command. */
export async function execute(interaction: CommandInteraction, context: BotContext): Promise<void> {
  if (!interaction.isChatInputCommand()) return;
  if (!interaction.inCachedGuild()) {
    await replyPrivately(interaction, 'Auto-summaries are set per server channel; use this command in a server.');
    return;
  }
  const subcommand = interaction.options.getSubcommand();
  if (subcommand !== 'status' && !interaction.memberPermissions.has(PermissionFlagsBits.ManageGuild)) {
    await replyPrivately(interaction, 'You need the Manage Server permission to change auto-summaries.');
    return;
  }
  const { settings } = context.services.sharedLinks;
  const channel = settingChannel(interaction);
  if (subcommand === 'status') {
    await replyPrivately(interaction, await statusText(interaction, settings, context));
  } else if (!channel) {
    await replyPrivately(interaction, "I can't see that channel.");
  } else if (subcommand === 'enable') {
    const suppressPreviews = interaction.options.getBoolean('suppress_previews') ?? false;
    await settings.enable(interaction.guildId, channel.id, { suppressPreviews, enabledBy: interaction.user.id });
    await replyPrivately(interaction, enabledText(channel, suppressPreviews, context));
  } else {
    const wasOn = await settings.disable(interaction.guildId, channel.id);
    await replyPrivately(
      interaction,
      wasOn ? `Auto-summaries are off in <#${channel.id}>.` : `Auto-summaries weren't on in <#${channel.id}>.`,
    );
  }
}

/** The chosen channel (default: this one); run in a thread, the thread's channel, whose setting the thread follows. */
function settingChannel(interaction: ChatInputCommandInteraction<'cached'>): GuildBasedChannel | null {
  const picked = interaction.options.getChannel('channel', false, [...CHANNEL_TYPES]) ?? interaction.channel;
  return picked && (interaction.guild.channels.cache.get(settingsChannelId(picked)) ?? null);
}

function enabledText(channel: GuildBasedChannel, suppressPreviews: boolean, context: BotContext): string {
  const lines = [
    `Auto-summaries are on in <#${channel.id}>: article links members post there get a summary card (up to ${MAX_LINKS_PER_MESSAGE} per message; a link summarized there in the last 24 hours isn't repeated).`,
  ];
  const me = context.client.user;
  const permissions = me ? channel.permissionsFor(me) : null;
  const missing = Object.entries(NEEDED).filter(
    ([flag]) => !permissions?.has(PermissionFlagsBits[flag as keyof typeof NEEDED]),
  );
  if (missing.length > 0)
    lines.push(
      `I'm missing ${missing.map(([, label]) => label).join(', ')} in <#${channel.id}>, so I can't reply there yet.`,
    );
  if (suppressPreviews) {
    lines.push(
      permissions?.has(PermissionFlagsBits.ManageMessages)
        ? "I'll hide Discord's own link preview on the messages I summarize."
        : `Discord's own previews stay until I have Manage Messages in <#${channel.id}>.`,
    );
  }
  if (!context.services.config.enableMessageContent) lines.push(INTENT_HELP);
  return lines.join('\n');
}

async function statusText(
  interaction: ChatInputCommandInteraction<'cached'>,
  settings: AutoSummarySettings,
  context: BotContext,
): Promise<string> {
  const channels = Object.entries(await settings.list(interaction.guildId));
  if (channels.length === 0) return 'Auto-summaries are off in every channel. Turn them on with `/autosummary enable`.';
  const lines = channels.map(
    ([id, channel]) => `• <#${id}>${channel.suppressPreviews ? ' (hides Discord previews)' : ''}`,
  );
  lines.unshift('Auto-summaries are on in:');
  if (!context.services.config.enableMessageContent) lines.push('', INTENT_HELP);
  return lines.join('\n');
}
