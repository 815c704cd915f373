import { ChannelType, type ChatInputCommandInteraction, PermissionFlagsBits } from 'discord.js';
import {
  acceptableAvatar,
  type ChannelKind,
  type TargetRequest,
  webhookNameProblem,
} from '../../services/feeds/manage/post-target.js';
import type { UrlPolicyOptions } from '../../services/fetcher/index.js';
import { botPermissionsIn } from './shared.js';

/** A member's target options, checked: the request, a note to add to the answer, or a polite refusal. */
export type TargetChoice = { ok: true; request: TargetRequest; note?: string } | { ok: false; refusal: string };

/** The kind of a channel discord.js has cached (the command only offers text, announcement and forum channels). */
export function channelKind(interaction: ChatInputCommandInteraction, channelId: string): ChannelKind {
  const type = interaction.guild?.channels.cache.get(channelId)?.type;
  if (type === ChannelType.GuildForum) return 'forum';
  if (type === ChannelType.GuildAnnouncement) return 'announcement';
  return 'text';
}

/**
 * Read `as`, `name`, `avatar`, `thread` and `publish` for posts in `channelId`. Options that do not
 * fit the channel are refused with the reason; `as:webhook` without Manage Webhooks falls back to
 * posting as the bot, and the note says so (the subscription still works today).
 */
export function targetOption(
  interaction: ChatInputCommandInteraction,
  channelId: string,
  urlPolicy: UrlPolicyOptions,
): TargetChoice {
  const { options } = interaction;
  const as = options.getString('as');
  const name = options.getString('name') ?? undefined;
  const avatar = options.getString('avatar') ?? undefined;
  const thread = options.getBoolean('thread') ?? undefined;
  const publish = options.getBoolean('publish') ?? undefined;
  const channel = channelKind(interaction, channelId);
  const refuse = (refusal: string): TargetChoice => ({ ok: false, refusal });

  if ((name !== undefined || avatar !== undefined) && as === 'bot')
    return refuse('`name` and `avatar` only apply to posts made `as:webhook`.');
  const nameProblem = name === undefined ? null : webhookNameProblem(name);
  if (nameProblem) return refuse(`That name can't be used: Discord needs ${nameProblem}.`);
  const avatarUrl = avatar === undefined ? undefined : acceptableAvatar(avatar, urlPolicy);
  if (avatar !== undefined && !avatarUrl)
    return refuse('The avatar must be a public http(s) address of an image, like `https://example.com/logo.png`.');
  if (thread && channel !== 'text')
    return refuse(
      channel === 'forum'
        ? 'Each post in a forum is its own thread already; `thread` is for text channels.'
        : '`thread` is for text channels; in an announcement channel use `publish`.',
    );
  if (publish && channel !== 'announcement') return refuse('`publish` only works in announcement channels.');

  const mine = botPermissionsIn(interaction, channelId);
  if (thread && mine && !mine.has(PermissionFlagsBits.CreatePublicThreads))
    return refuse(`I can't open threads in <#${channelId}>: I need Create Public Threads there.`);
  const request: TargetRequest = { channel, name, avatarUrl, thread, publish };
  const wantsWebhook = as === 'webhook' || ((name !== undefined || avatarUrl !== undefined) && as === null);
  if (as === 'bot') request.asWebhook = false;
  if (wantsWebhook) {
    if (mine && !mine.has(PermissionFlagsBits.ManageWebhooks)) {
      // Posting still works without it; the member learns why the posts carry the bot's name.
      return {
        ok: true,
        request: { ...request, asWebhook: false, name: undefined, avatarUrl: undefined },
        note: `I can't manage webhooks in <#${channelId}>, so I'll post as myself. Give me Manage Webhooks there and run \`/feed edit as:webhook\` to post under the feed's name.`,
      };
    }
    request.asWebhook = true;
  }
  return { ok: true, request };
}
