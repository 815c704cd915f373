import {
  ChannelType,
  InteractionContextType,
  PermissionFlagsBits,
  SlashCommandBuilder,
  type SlashCommandSubcommandBuilder,
} from 'discord.js';

const subscriptionOption = (sub: SlashCommandSubcommandBuilder, description: string) =>
  sub.addStringOption((option) =>
    option.setName('subscription').setDescription(description).setRequired(true).setAutocomplete(true),
  );

/** How often, in which form and which items: the settings /feed add sets and /feed edit changes. */
function settingOptions(sub: SlashCommandSubcommandBuilder): SlashCommandSubcommandBuilder {
  return sub
    .addIntegerOption((option) =>
      option.setName('every').setDescription('Minutes between checks').setMinValue(1).setMaxValue(1440),
    )
    .addStringOption((option) =>
      option
        .setName('mode')
        .setDescription('One card per article, or one digest per check')
        .addChoices({ name: 'cards', value: 'cards' }, { name: 'digest', value: 'digest' }),
    )
    .addStringOption((option) =>
      option
        .setName('include')
        .setDescription('Only post items mentioning one of these words (comma list)')
        .setMaxLength(500),
    )
    .addStringOption((option) =>
      option
        .setName('exclude')
        .setDescription('Never post items mentioning these words (comma list)')
        .setMaxLength(500),
    )
    .addStringOption((option) =>
      option
        .setName('regex')
        .setDescription('Only post items whose title or summary matches this pattern')
        .setMaxLength(200),
    )
    .addRoleOption((option) => option.setName('mention').setDescription('A role to ping with each post'))
    .addStringOption((option) =>
      option
        .setName('template-text')
        .setDescription('Message text, with placeholders like {title} {link} {summary} {feed}')
        .setMaxLength(1900),
    )
    .addStringOption((option) =>
      option.setName('template-title').setDescription('Embed title, e.g. {title} ({source})').setMaxLength(256),
    )
    .addStringOption((option) =>
      option
        .setName('template-description')
        .setDescription('Embed description, e.g. {summary} or {author} · {published}')
        .setMaxLength(4096),
    )
    .addStringOption((option) =>
      option.setName('template-footer').setDescription('Embed footer, e.g. {feed} · {reading_time}').setMaxLength(2048),
    )
    .addStringOption((option) =>
      option.setName('color').setDescription('Embed colour in hex, like #5865F2').setMaxLength(7),
    )
    .addBooleanOption((option) => option.setName('text-only').setDescription('Post the text alone, without an embed'))
    .addStringOption((option) =>
      option
        .setName('as')
        .setDescription("Post as the bot, or through a webhook under the feed's name and icon")
        .addChoices({ name: 'bot', value: 'bot' }, { name: 'webhook', value: 'webhook' }),
    )
    .addStringOption((option) =>
      option.setName('name').setDescription('Name shown on webhook posts (default: the feed title)').setMaxLength(80),
    )
    .addStringOption((option) =>
      option
        .setName('avatar')
        .setDescription('Image address shown on webhook posts (default: the site icon)')
        .setMaxLength(2000),
    )
    .addBooleanOption((option) => option.setName('thread').setDescription('Open a thread on each post (text channels)'))
    .addBooleanOption((option) =>
      option.setName('publish').setDescription('Publish each post to following servers (announcement channels)'),
    );
}

/** Channels a feed can post in; a forum only through /feed add, which gives it a forum target. */
const postableChannel =
  (
    description: string,
    types: (ChannelType.GuildText | ChannelType.GuildAnnouncement | ChannelType.GuildForum)[] = [
      ChannelType.GuildText,
      ChannelType.GuildAnnouncement,
    ],
  ) =>
  (option: import('discord.js').SlashCommandChannelOption) =>
    option
      .setName('channel')
      .setDescription(description)
      .addChannelTypes(...types);

/** /feed and its subcommands, for members who can manage the server. */
export const data = new SlashCommandBuilder()
  .setName('feed')
  .setDescription('Post new articles from a news site or feed to a channel')
  .setDescriptionLocalizations({
    ko: '뉴스 사이트나 피드의 새 기사를 채널에 게시합니다',
    ja: 'ニュースサイトやフィードの新着記事をチャンネルに投稿します',
  })
  .setDefaultMemberPermissions(PermissionFlagsBits.ManageGuild)
  .setContexts(InteractionContextType.Guild)
  .addSubcommand((sub) =>
    settingOptions(
      sub
        .setName('add')
        .setDescription('Follow a feed, or any page of a site that links one')
        .addStringOption((option) =>
          option
            .setName('url')
            .setDescription('Feed address, or a page of the site')
            .setRequired(true)
            .setMaxLength(2000),
        )
        .addChannelOption(
          postableChannel('Where to post (default: this channel)', [
            ChannelType.GuildText,
            ChannelType.GuildAnnouncement,
            ChannelType.GuildForum,
          ]),
        ),
    ),
  )
  .addSubcommand((sub) => sub.setName('list').setDescription("This server's feeds, with their last and next checks"))
  .addSubcommand((sub) =>
    subscriptionOption(sub.setName('remove').setDescription('Stop following a feed'), 'The feed to remove'),
  )
  .addSubcommand((sub) =>
    subscriptionOption(
      sub.setName('test').setDescription('Show (only to you) what the next post of a feed would look like'),
      'The feed to test',
    ),
  )
  .addSubcommand((sub) =>
    subscriptionOption(
      sub.setName('pause').setDescription('Stop checking a feed until you resume it'),
      'The feed to pause',
    ),
  )
  .addSubcommand((sub) =>
    subscriptionOption(
      sub.setName('resume').setDescription('Check a paused feed again from the next check'),
      'The feed to resume',
    ),
  )
  .addSubcommand((sub) =>
    settingOptions(
      subscriptionOption(sub.setName('edit').setDescription('Change only the settings you give'), 'The feed to change'),
    )
      .addBooleanOption((option) =>
        option.setName('clear-filter').setDescription('Drop the current include, exclude and pattern filters first'),
      )
      .addBooleanOption((option) => option.setName('clear-mention').setDescription('Stop pinging a role'))
      .addBooleanOption((option) =>
        option.setName('clear-template').setDescription('Go back to the plain card before applying template options'),
      ),
  )
  .addSubcommand((sub) =>
    subscriptionOption(
      sub.setName('log').setDescription('What happened to the latest items of a feed, and why'),
      'The feed to explain',
    ),
  )
  .addSubcommand((sub) => sub.setName('export').setDescription("This server's feeds as an OPML file"))
  .addSubcommand((sub) =>
    sub
      .setName('import')
      .setDescription('Follow the feeds of an OPML file (from another reader or /feed export)')
      .addAttachmentOption((option) => option.setName('file').setDescription('The .opml file').setRequired(true))
      .addChannelOption(
        postableChannel("Where to post (default: the file's channel if it is in this server, else here)"),
      ),
  );
