import { ChannelType, PermissionFlagsBits } from 'discord.js';

/** A guild member the fake knows: a person, another bot, or the bot under test. */
export interface FakeUser {
  id: string;
  username: string;
  globalName: string;
  bot: boolean;
  /** Role ids besides @everyone. */
  roles: string[];
  /** Effective guild permissions (@everyone + roles; owner and Administrator get all). */
  permissions: bigint;
}

/** A role in the fake guild. */
export interface FakeRole {
  id: string;
  name: string;
  permissions: bigint;
  /** Set for the bot's managed integration role. */
  botId?: string;
  /** Whether anyone may mention it (default false, like the roles the fake seeds). */
  mentionable?: boolean;
}

/** A tag a forum offers (DOCS channel.mdx "Forum Tag Object"). */
export interface ForumTag {
  id: string;
  name: string;
}

/**
 * A channel in the fake guild: text (0), announcement (5) or forum (15), or a public thread (11) in
 * one of them (DOCS channel.mdx "Channel Types").
 */
export interface FakeChannel {
  id: string;
  name: string;
  position: number;
  type: ChannelType;
  /** Forums: the tags a post may carry. */
  availableTags?: ForumTag[];
  /** Threads: the channel it lives in, who opened it, the forum tags it carries. */
  parentId?: string;
  ownerId?: string;
  appliedTags?: string[];
}

/** The tags the seeded forum offers: six, so a post can match more than the five it may carry. */
export const FORUM_TAG_NAMES = ['Politics', 'Science', 'Sports', 'Tech', 'World', 'Health'];

/** Options that shape the seeded guild. */
export interface WorldOptions {
  /** Permissions of @everyone (default: what a new server grants: view, send, history, embed, attach, react, commands). */
  everyonePermissions?: bigint;
  /** Permissions of the bot's own role on top of @everyone (default: Manage Messages). */
  botPermissions?: bigint;
}

/** What a new member may add (`addMember`). */
export interface NewMember {
  username: string;
  /** Extra permissions, granted through a role of their own. */
  permissions?: bigint;
  bot?: boolean;
}

/** The seeded guild: one application/bot, its owner, an admin, a plain member and three text channels. */
export interface World {
  applicationId: string;
  guildId: string;
  bot: FakeUser;
  owner: FakeUser;
  users: { admin: FakeUser; member: FakeUser };
  channels: { general: string; news: string; other: string; announcements: string; forum: string };
  /** The guild's channels (threads are in `threads`). */
  channelList: FakeChannel[];
  /** Active threads, in creation order. */
  threads: FakeChannel[];
  roles: FakeRole[];
  members: FakeUser[];
  joinedAt: string;
  addMember(member: NewMember): FakeUser;
  /** Adds a role nobody has yet (a role a server makes for notifications, say). */
  addRole(role: { name: string; mentionable?: boolean }): FakeRole;
  user(id: string): FakeUser | undefined;
  /** A channel or thread by id. */
  channel(id: string): FakeChannel | undefined;
}

const P = PermissionFlagsBits;
const ALL_PERMISSIONS = Object.values(P).reduce((all, bit) => all | bit, 0n);
/** Discord's defaults for @everyone in a new server (the subset that matters to a text bot). */
const DEFAULT_EVERYONE =
  P.ViewChannel |
  P.SendMessages |
  P.ReadMessageHistory |
  P.EmbedLinks |
  P.AttachFiles |
  P.AddReactions |
  P.UseApplicationCommands |
  P.CreatePublicThreads |
  P.SendMessagesInThreads;

/** Builds the guild with fresh snowflakes from `nextId`. */
export function createWorld(nextId: () => string, joinedAtMs: number, options: WorldOptions = {}): World {
  const applicationId = nextId();
  const guildId = nextId();
  // @everyone's role id is the guild id (Discord convention; discord.js relies on it).
  const roles: FakeRole[] = [
    { id: guildId, name: '@everyone', permissions: options.everyonePermissions ?? DEFAULT_EVERYONE },
  ];
  const members: FakeUser[] = [];
  let ownerId = '';

  const effective = (user: Pick<FakeUser, 'id' | 'roles'>): bigint => {
    const granted = roles
      .filter((role) => role.id === guildId || user.roles.includes(role.id))
      .reduce((all, role) => all | role.permissions, 0n);
    return user.id === ownerId || (granted & P.Administrator) !== 0n ? ALL_PERMISSIONS : granted;
  };

  const add = (id: string, username: string, bot: boolean, extra?: bigint, botRole = false): FakeUser => {
    const user: FakeUser = {
      id,
      username,
      globalName: username.charAt(0).toUpperCase() + username.slice(1),
      bot,
      roles: [],
      permissions: 0n,
    };
    if (extra !== undefined) {
      const role: FakeRole = {
        id: nextId(),
        name: botRole ? username : `${username}-role`,
        permissions: extra,
        ...(botRole ? { botId: id } : {}),
      };
      roles.push(role);
      user.roles.push(role.id);
    }
    members.push(user);
    user.permissions = effective(user);
    return user;
  };

  // The bot user shares the application's id, as on Discord.
  const bot = add(applicationId, 'newsdesk', true, options.botPermissions ?? P.ManageMessages, true);
  const owner = add(nextId(), 'owner', false);
  ownerId = owner.id;
  owner.permissions = effective(owner);
  const admin = add(nextId(), 'admin', false, P.ManageGuild | P.ManageMessages);
  const member = add(nextId(), 'alice', false);
  const channel = (name: string, position: number, type: ChannelType = ChannelType.GuildText): FakeChannel => ({
    id: nextId(),
    name,
    position,
    type,
  });
  const [general, news, other] = [channel('general', 0), channel('news', 1), channel('other', 2)];
  const announcements = channel('announcements', 3, ChannelType.GuildAnnouncement);
  const forum = {
    ...channel('forum', 4, ChannelType.GuildForum),
    availableTags: FORUM_TAG_NAMES.map((name) => ({ id: nextId(), name })),
  };
  const channelList = [general, news, other, announcements, forum];
  const threads: FakeChannel[] = [];

  return {
    applicationId,
    guildId,
    bot,
    owner,
    users: { admin, member },
    channels: {
      general: general.id,
      news: news.id,
      other: other.id,
      announcements: announcements.id,
      forum: forum.id,
    },
    channelList,
    threads,
    roles,
    members,
    joinedAt: new Date(joinedAtMs).toISOString(),
    addMember: ({ username, permissions, bot: isBot = false }) => add(nextId(), username, isBot, permissions),
    addRole: ({ name, mentionable = false }) => {
      const role: FakeRole = { id: nextId(), name, permissions: 0n, mentionable };
      roles.push(role);
      return role;
    },
    user: (id) => members.find((user) => user.id === id),
    channel: (id) => channelList.find((channel) => channel.id === id) ?? threads.find((thread) => thread.id === id),
  };
}
