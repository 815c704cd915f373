import type { APIEmbed } from 'discord.js';
import { type AllowedMentions, PARSE_ALL, PARSE_USERS, resolveMentions } from './mentions.js';
import type { FakeUser } from './world.js';

/** A file sent with a message (multipart `files[n]`). */
export interface FakeAttachment {
  id: string;
  filename: string;
  size: number;
  contentType?: string;
  /** Where the fake's CDN serves it. */
  url?: string;
}

/** Which interaction produced a message (interaction responses and follow-ups). */
export interface MessageInteraction {
  id: string;
  type: number;
  name: string;
  user: FakeUser;
  commandType?: number;
}

/** A message as the fake stores it; the fake updates it in place on edits and deletes. */
export interface FakeMessage {
  id: string;
  channelId: string;
  guildId: string;
  author: FakeUser;
  /** Set for webhook messages and interaction responses (then it is the application id). */
  webhookId?: string;
  /** The `avatar_url` a webhook execute asked Discord to show (Discord fetches it itself). */
  avatarUrl?: string;
  /** The thread opened on this message, if any (its id is the message's). */
  threadId?: string;
  type: number;
  content: string;
  embeds: APIEmbed[];
  components: any[];
  attachments: FakeAttachment[];
  flags: number;
  tts: boolean;
  nonce?: string | number;
  /** `allowed_mentions` exactly as sent (undefined: Discord's default applied). */
  allowedMentions?: AllowedMentions;
  messageReference?: { message_id: string; channel_id: string; guild_id?: string; fail_if_not_exists?: boolean };
  /** User ids, role ids and @everyone this message mentions under its allowed_mentions. */
  mentions: string[];
  mentionRoles: string[];
  mentionEveryone: boolean;
  /** True when the message mentions anyone (users, roles or @everyone): a notification on Discord. */
  pinged: boolean;
  interaction?: MessageInteraction;
  /** Ephemeral (flag 64): only the invoking user sees it; never in `messages()` and never dispatched. */
  ephemeral: boolean;
  createdAt: number;
  editedAt: number | null;
  deleted: boolean;
}

/** Everything needed to create a message; the rest is derived. */
export type NewMessage = Pick<FakeMessage, 'channelId' | 'guildId' | 'author' | 'type'> &
  Partial<
    Pick<
      FakeMessage,
      | 'webhookId'
      | 'content'
      | 'embeds'
      | 'components'
      | 'attachments'
      | 'flags'
      | 'tts'
      | 'nonce'
      | 'allowedMentions'
      | 'messageReference'
      | 'interaction'
    >
  >;

/** Fields an edit may change. */
export type MessageEdit = Partial<
  Pick<FakeMessage, 'content' | 'embeds' | 'components' | 'attachments' | 'flags' | 'allowedMentions'>
>;

const EPHEMERAL = 1 << 6;
/** Discord collapses a repeated (author, nonce) "in the past few minutes" (DOCS message.mdx:1092); five is our reading. */
export const NONCE_WINDOW_MS = 5 * 60_000;

/** The fake's message table. */
export interface MessageStore {
  create(input: NewMessage): FakeMessage;
  edit(message: FakeMessage, edit: MessageEdit): void;
  remove(message: FakeMessage): void;
  get(id: string): FakeMessage | undefined;
  /** Visible messages (not ephemeral, not deleted), oldest first; all channels when `channelId` is omitted. */
  list(channelId?: string): FakeMessage[];
  /** A message by the same author with the same nonce within the window, for `enforce_nonce`. */
  findByNonce(channelId: string, authorId: string, nonce: string | number): FakeMessage | undefined;
}

/** Creates an empty store; `nextId` and `now` come from the fake. */
export function createMessageStore(nextId: () => string, now: () => number): MessageStore {
  const byId = new Map<string, FakeMessage>();

  const refreshMentions = (message: FakeMessage) => {
    const replied = message.messageReference ? byId.get(message.messageReference.message_id) : undefined;
    const defaults = message.webhookId ? PARSE_USERS : PARSE_ALL;
    const found = resolveMentions(message.content, message.allowedMentions, defaults, replied?.author.id);
    message.mentions = found.users.filter((id) => id !== message.author.id);
    message.mentionRoles = found.roles;
    message.mentionEveryone = found.everyone;
    message.pinged = message.mentions.length > 0 || found.roles.length > 0 || found.everyone;
  };

  return {
    create(input) {
      const flags = input.flags ?? 0;
      const message: FakeMessage = {
        content: '',
        embeds: [],
        components: [],
        attachments: [],
        tts: false,
        ...input,
        flags,
        id: nextId(),
        mentions: [],
        mentionRoles: [],
        mentionEveryone: false,
        pinged: false,
        ephemeral: (flags & EPHEMERAL) !== 0,
        createdAt: now(),
        editedAt: null,
        deleted: false,
      };
      refreshMentions(message);
      byId.set(message.id, message);
      return message;
    },
    edit(message, edit) {
      const changesText =
        edit.content !== undefined ||
        edit.embeds !== undefined ||
        edit.components !== undefined ||
        edit.attachments !== undefined;
      Object.assign(message, Object.fromEntries(Object.entries(edit).filter(([, value]) => value !== undefined)));
      if (changesText) message.editedAt = now();
      refreshMentions(message);
    },
    remove(message) {
      message.deleted = true;
    },
    get: (id) => byId.get(id),
    list: (channelId) =>
      [...byId.values()].filter(
        (m) => !m.ephemeral && !m.deleted && (channelId === undefined || m.channelId === channelId),
      ),
    findByNonce: (channelId, authorId, nonce) =>
      [...byId.values()].find(
        (m) =>
          m.channelId === channelId &&
          m.author.id === authorId &&
          m.nonce === nonce &&
          now() - m.createdAt <= NONCE_WINDOW_MS,
      ),
  };
}

/** Flags an edit may toggle (SUPPRESS_EMBEDS, IS_COMPONENTS_V2); the rest (ephemeral, loading, …) are Discord's to keep. */
const EDITABLE_FLAGS = (1 << 2) | (1 << 15);

/** The flags a message ends up with after an edit that asked for `requested`. */
export function editedFlags(current: number, requested: number | undefined): number {
  return requested === undefined ? current : (current & ~EDITABLE_FLAGS) | (requested & EDITABLE_FLAGS);
}
