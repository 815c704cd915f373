import { type ChatInputCommandInteraction, PermissionFlagsBits } from 'discord.js';
import { replyPrivately } from '../../discord/respond.js';
import type { BotContext } from '../../discord/types.js';
import { chooseTemplate, type TemplateChoice } from '../../services/feeds/manage/template-settings.js';
import { buildFilter } from '../../services/feeds/schedule/filters.js';
import type { FeedFilter, PostTemplate, Subscription } from '../../services/feeds/state/types.js';

/** One /feed subcommand: the interaction is deferred (ephemeral) and the member may manage the server. */
export type FeedHandler = (
  interaction: ChatInputCommandInteraction,
  context: BotContext,
  guildId: string,
) => Promise<void>;

/** The chosen subscription, only if it belongs to this server (ids come from the member, not only from autocomplete). */
export async function chosen(
  interaction: ChatInputCommandInteraction,
  context: BotContext,
  guildId: string,
): Promise<Subscription | undefined> {
  const subscription = await context.services.subscriptions.get(interaction.options.getString('subscription', true));
  if (subscription?.guildId === guildId) return subscription;
  await replyPrivately(interaction, "I can't find that feed in this server; pick one from the list.");
  return undefined;
}

/** The filter options a member gave (include, exclude, regex), checked; throws FailureError on a bad pattern. */
export function filterOptions(interaction: ChatInputCommandInteraction): FeedFilter | undefined {
  return buildFilter({
    include: interaction.options.getString('include'),
    exclude: interaction.options.getString('exclude'),
    regex: interaction.options.getString('regex'),
  });
}

/** The bot's permissions in a channel, when discord.js has the channel cached (it throws otherwise). */
export function botPermissionsIn(interaction: ChatInputCommandInteraction, channelId: string) {
  try {
    return interaction.guild?.members.me?.permissionsIn(channelId);
  } catch {
    return undefined;
  }
}

/** Reply privately with text that may quote feed titles: nobody is pinged. */
export async function answer(interaction: ChatInputCommandInteraction, content: string): Promise<void> {
  await interaction.editReply({ content, allowedMentions: { parse: [] } });
}

/** The `mention` role a member picked: its id, and a warning when Discord may not ping it. */
export type MentionChoice = { ok: true; roleId?: string; note?: string } | { ok: false; refusal: string };

/**
 * Read the `mention` option. @everyone (the role whose id is the server's) is refused: a feed never
 * pings everyone. A role that is not mentionable pings only if the bot may mention all roles, so the
 * member is told instead of finding out from silence.
 */
export function mentionOption(interaction: ChatInputCommandInteraction, guildId: string): MentionChoice {
  const role = interaction.options.getRole('mention');
  if (!role) return { ok: true };
  if (role.id === guildId)
    return { ok: false, refusal: 'I never ping @everyone from a feed; pick a role made for these posts.' };
  const mayMentionAll = interaction.appPermissions?.has(PermissionFlagsBits.MentionEveryone) ?? false;
  const note =
    role.mentionable || mayMentionAll
      ? undefined
      : `Note: <@&${role.id}> isn't mentionable, so Discord won't ping it unless the role is made mentionable or I get "Mention @everyone, @here, and All Roles".`;
  return { ok: true, roleId: role.id, ...(note ? { note } : {}) };
}

/** The template options a member gave, merged into `current` and checked (a refusal says why). */
export function templateOption(interaction: ChatInputCommandInteraction, current?: PostTemplate): TemplateChoice {
  const text = (name: string) => interaction.options.getString(name) ?? undefined;
  return chooseTemplate(current, {
    content: text('template-text'),
    title: text('template-title'),
    description: text('template-description'),
    footer: text('template-footer'),
    color: text('color'),
    textOnly: interaction.options.getBoolean('text-only') ?? undefined,
    clear: interaction.options.getBoolean('clear-template') || undefined,
  });
}
