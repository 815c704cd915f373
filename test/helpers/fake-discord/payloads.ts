import type {
  APIChannel,
  APIGuildMember,
  APIMessage,
  APIRole,
  APIUser,
  GuildMemberFlags,
  RoleFlags,
  UserFlags,
} from 'discord.js';

/** No flags set (the enums have no 0 member). */
const NO_FLAGS = 0 as UserFlags & GuildMemberFlags & RoleFlags;

import type { FakeMessage } from './messages.js';
import type { FakeRole, FakeUser, World } from './world.js';

/** A user object (DOCS resources/user.mdx). */
export function apiUser(user: FakeUser): APIUser {
  return {
    id: user.id,
    username: user.username,
    discriminator: '0',
    global_name: user.globalName,
    avatar: null,
    bot: user.bot,
    public_flags: NO_FLAGS,
    flags: NO_FLAGS,
  };
}

/** A guild member; interactions add the effective `permissions` string (DOCS receiving-and-responding.mdx). */
export function apiMember(
  user: FakeUser,
  world: World,
  withPermissions = false,
): APIGuildMember & { permissions?: string } {
  return {
    user: apiUser(user),
    nick: null,
    avatar: null,
    roles: [...user.roles],
    joined_at: world.joinedAt,
    premium_since: null,
    deaf: false,
    mute: false,
    flags: NO_FLAGS,
    pending: false,
    communication_disabled_until: null,
    ...(withPermissions ? { permissions: user.permissions.toString() } : {}),
  };
}

/**
 * A channel with the fields discord.js needs to cache it (notes §2.3), by type: a forum's
 * `available_tags`, a thread's parent, owner, `applied_tags` and `thread_metadata` (DOCS channel.mdx
 * "Channel Object", "Thread Metadata Object").
 */
export function apiChannel(world: World, channelId: string): APIChannel {
  const channel = world.channel(channelId)!;
  const base = {
    id: channel.id,
    type: channel.type,
    guild_id: world.guildId,
    name: channel.name,
    position: channel.position,
    permission_overwrites: [],
    parent_id: channel.parentId ?? null,
    topic: null,
    nsfw: false,
    last_message_id: null,
    rate_limit_per_user: 0,
    flags: 0,
  };
  if (channel.availableTags)
    return {
      ...base,
      available_tags: channel.availableTags.map((tag) => ({
        ...tag,
        moderated: false,
        emoji_id: null,
        emoji_name: null,
      })),
      default_reaction_emoji: null,
      default_sort_order: null,
      default_forum_layout: 0,
    } as unknown as APIChannel;
  if (channel.parentId)
    return {
      ...base,
      owner_id: channel.ownerId,
      applied_tags: channel.appliedTags ?? [],
      message_count: 0,
      member_count: 1,
      thread_metadata: {
        archived: false,
        auto_archive_duration: 4320,
        archive_timestamp: world.joinedAt,
        locked: false,
      },
    } as unknown as APIChannel;
  return base as APIChannel;
}

/** Every role of the guild, in position order. */
function apiRoles(world: World): APIRole[] {
  return world.roles.map((role, position) => apiRole(role, position));
}

/** One role object (DOCS topics/permissions.mdx "Role Object"). */
export function apiRole(role: FakeRole, position: number): APIRole {
  return {
    id: role.id,
    name: role.name,
    color: 0,
    colors: { primary_color: 0, secondary_color: null, tertiary_color: null },
    hoist: false,
    icon: null,
    unicode_emoji: null,
    position,
    permissions: role.permissions.toString(),
    managed: role.botId !== undefined,
    mentionable: role.mentionable ?? false,
    flags: NO_FLAGS,
    ...(role.botId ? { tags: { bot_id: role.botId } } : {}),
  };
}

/** The guild without its gateway-only lists (GET /guilds/{id}). */
export function apiGuild(world: World) {
  return {
    id: world.guildId,
    name: 'Newsdesk Test Server',
    icon: null,
    splash: null,
    discovery_splash: null,
    owner_id: world.owner.id,
    afk_channel_id: null,
    afk_timeout: 300,
    verification_level: 0,
    default_message_notifications: 1,
    explicit_content_filter: 0,
    roles: apiRoles(world),
    emojis: [],
    stickers: [],
    features: [],
    mfa_level: 0,
    application_id: null,
    system_channel_id: null,
    system_channel_flags: 0,
    rules_channel_id: null,
    public_updates_channel_id: null,
    safety_alerts_channel_id: null,
    vanity_url_code: null,
    description: null,
    banner: null,
    premium_tier: 0,
    premium_subscription_count: 0,
    preferred_locale: 'en-US',
    nsfw_level: 0,
    premium_progress_bar_enabled: false,
    max_video_channel_users: 25,
  };
}

/** GUILD_CREATE: available (`unavailable:false` and a `channels` array), with roles and members incl. the bot (notes §2.3). */
export function guildCreate(world: World) {
  return {
    ...apiGuild(world),
    joined_at: world.joinedAt,
    large: false,
    unavailable: false,
    member_count: world.members.length,
    members: world.members.map((user) => apiMember(user, world)),
    channels: world.channelList.map((channel) => apiChannel(world, channel.id)),
    threads: world.threads.map((thread) => apiChannel(world, thread.id)),
    presences: [],
    voice_states: [],
    stage_instances: [],
    guild_scheduled_events: [],
    soundboard_sounds: [],
  };
}

/**
 * READY (notes §2.2): the bot user, the guild as unavailable when this shard holds it (a shard is
 * told only of its own guilds, or discord.js waits for one that never comes), and a loopback resume URL.
 */
export function ready(
  world: World,
  sessionId: string,
  resumeUrl: string,
  shard: [number, number],
  holdsGuild: boolean,
) {
  return {
    v: 10,
    user: { ...apiUser(world.bot), verified: true, mfa_enabled: false, email: null },
    guilds: holdsGuild ? [{ id: world.guildId, unavailable: true }] : [],
    session_id: sessionId,
    resume_gateway_url: resumeUrl,
    shard,
    application: { id: world.applicationId, flags: 0 },
    private_channels: [],
    relationships: [],
    presences: [],
    guild_join_requests: [],
  };
}

/** A full message object as REST returns it and MESSAGE_CREATE carries it (DOCS resources/message.mdx). */
export function apiMessage(
  message: FakeMessage,
  world: World,
  lookup: (id: string) => FakeMessage | undefined,
  depth = 0,
): APIMessage & { guild_id: string; member?: unknown } {
  const referenced = message.messageReference ? lookup(message.messageReference.message_id) : undefined;
  const user = message.interaction?.user;
  return {
    id: message.id,
    channel_id: message.channelId,
    guild_id: message.guildId,
    author:
      message.webhookId && !message.interaction
        ? { ...apiUser(message.author), discriminator: '0000' }
        : apiUser(message.author),
    ...(message.webhookId
      ? { webhook_id: message.webhookId }
      : { member: { ...apiMember(message.author, world), user: undefined } }),
    ...(message.interaction ? { application_id: world.applicationId } : {}),
    content: message.content,
    timestamp: new Date(message.createdAt).toISOString(),
    edited_timestamp: message.editedAt === null ? null : new Date(message.editedAt).toISOString(),
    tts: message.tts,
    mention_everyone: message.mentionEveryone,
    mentions: message.mentions
      .map((id) => world.user(id))
      .filter((u): u is FakeUser => u !== undefined)
      .map(apiUser),
    mention_roles: message.mentionRoles,
    attachments: message.attachments.map((a) => ({
      id: a.id,
      filename: a.filename,
      size: a.size,
      url: a.url ?? `http://127.0.0.1/attachments/${a.id}/${a.filename}`,
      proxy_url: a.url ?? `http://127.0.0.1/attachments/${a.id}/${a.filename}`,
      ...(a.contentType ? { content_type: a.contentType } : {}),
    })),
    embeds: message.embeds,
    components: message.components,
    pinned: false,
    type: message.type,
    flags: message.flags,
    ...(message.nonce !== undefined ? { nonce: message.nonce } : {}),
    ...(message.messageReference ? { message_reference: { type: 0, ...message.messageReference } } : {}),
    ...(message.messageReference
      ? {
          referenced_message:
            referenced && !referenced.deleted && depth === 0 ? apiMessage(referenced, world, lookup, 1) : null,
        }
      : {}),
    ...(message.interaction && user
      ? {
          interaction_metadata: {
            id: message.interaction.id,
            type: message.interaction.type,
            user: apiUser(user),
            authorizing_integration_owners: { '0': world.guildId },
            ...(message.interaction.commandType
              ? { name: message.interaction.name, command_type: message.interaction.commandType }
              : {}),
          },
          interaction: {
            id: message.interaction.id,
            type: message.interaction.type,
            name: message.interaction.name,
            user: apiUser(user),
          },
        }
      : {}),
  } as APIMessage & { guild_id: string };
}

const MESSAGE_CONTENT_INTENT = 1 << 15;

/**
 * Blanks content, embeds, attachments, components and poll when the receiver lacks MESSAGE_CONTENT,
 * except for its own messages and messages that mention it (DOCS events/gateway.mdx:485-499).
 */
export function withoutContent<T extends APIMessage>(payload: T, botId: string, allowed: boolean): T {
  if (allowed || payload.author.id === botId || payload.mentions.some((u) => u.id === botId)) return payload;
  const { poll: _poll, ...rest } = payload;
  return { ...rest, content: '', embeds: [], attachments: [], components: [] } as unknown as T;
}

/** True when IDENTIFY `intents` include MESSAGE_CONTENT (1 << 15). */
export const hasMessageContent = (intents: number) => (intents & MESSAGE_CONTENT_INTENT) !== 0;
