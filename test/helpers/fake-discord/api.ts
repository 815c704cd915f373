import type { ClientOptions } from 'discord.js';
import type { CdnFile, NewUpload } from './cdn.js';
import type { FakeWebhook } from './channel-webhooks.js';
import type { FakeClock } from './clock.js';
import type { RegisteredCommands } from './context.js';
import type { ActorOptions, UserMessageOptions } from './drivers.js';
import type { FaultMatch, FaultResponse } from './faults.js';
import type { FakeGateway, PrivilegedIntents } from './gateway.js';
import type { OptionInput, OptionValue } from './interaction-payloads.js';
import type { FakeInteraction } from './interactions.js';
import type { FakeMessage } from './messages.js';
import type { RecordedRequest } from './rest.js';
import type { FakeChannel, FakeRole, FakeUser, NewMember, WorldOptions } from './world.js';

/** How to shape a fake. */
export interface FakeDiscordOptions extends WorldOptions {
  /** Privileged intents "enabled in the developer portal" (default: all); e.g. `{ messageContent: false }` makes IDENTIFY with it close 4014. */
  privilegedIntents?: PrivilegedIntents;
  /** Clock for the 3 s / 15 min rules and timestamps (default: a manual clock at the real current time). */
  clock?: FakeClock;
}

/** A loopback Discord (REST under /api/v10 + gateway at /gateway) the unmodified discord.js client logs in to. */
export interface FakeDiscord {
  /** `http://127.0.0.1:PORT/api`: discord.js `rest.api` / DISCORD_API_URL (no version). */
  apiBase: string;
  /** `ws://127.0.0.1:PORT/gateway`. */
  gatewayUrl: string;
  /** The only bot token the fake accepts. */
  token: string;
  applicationId: string;
  botUserId: string;
  guildId: string;
  /** Text channels general/news/other, an announcement channel and a forum (with FORUM_TAG_NAMES). */
  channels: { general: string; news: string; other: string; announcements: string; forum: string };
  /** admin: Manage Server + Manage Messages; member: neither. */
  users: { admin: FakeUser; member: FakeUser };
  /** The bot's own member (its permissions are `botPermissions` + @everyone). */
  bot: FakeUser;
  /** Options to spread into `new Client(...)`: loopback rest.api/cdn/mediaProxy, rate-limit waits over 2 s rejected, waitGuildTimeout 1 s. */
  clientOptions(extra?: Partial<ClientOptions>): ClientOptions;
  /** Adds a guild member; `permissions` are granted through a role of their own. */
  addMember(member: NewMember): FakeUser;
  /** Adds a role (no member has it) and tells connected clients (GUILD_ROLE_CREATE). */
  addRole(role: { name: string; mentionable?: boolean }): FakeRole;
  /**
   * A file a user attaches to a slash command: stored on the fake CDN; pass the returned id as the
   * attachment option's value (Discord sends the id and the attachment in `data.resolved.attachments`).
   */
  upload(file: NewUpload): string;
  /** A file on the fake CDN by attachment id (uploads with messages included), with its bytes. */
  file(id: string): CdnFile | undefined;

  /** A user runs `/name` (`'feed add'` for subcommands); options by name, or a raw `data.options` array. */
  slashCommand(name: string, options?: OptionInput, actor?: ActorOptions): FakeInteraction;
  /** A user runs the message context-menu command `name` on `target`. */
  messageCommand(name: string, target: FakeMessage, actor?: ActorOptions): FakeInteraction;
  /** A user clicks the button `customId` on `message` (throws if it is not there or disabled). */
  buttonClick(message: FakeMessage, customId: string, actor?: ActorOptions): FakeInteraction;
  /** A user types into option `focused` of `/name`: an autocomplete interaction (answer with callback type 8). */
  autocomplete(
    name: string,
    options: Record<string, OptionValue>,
    focused: string,
    actor?: ActorOptions,
  ): FakeInteraction;
  /** Someone else posts: stored and dispatched as MESSAGE_CREATE (content blanked for clients without MESSAGE_CONTENT). */
  userMessage(options: UserMessageOptions): FakeMessage;

  /** Visible messages (not ephemeral, not deleted) by anyone, oldest first; interaction replies included. */
  messages(channelId?: string): FakeMessage[];
  /** Visible messages the bot posted itself (feed posts, link cards), not interaction responses or follow-ups; oldest first, all channels when omitted. */
  botPosts(channelId?: string): FakeMessage[];
  /** The channel's webhooks (deleted ones left out). */
  webhooks(channelId: string): FakeWebhook[];
  /** Someone deletes a webhook in Discord's settings: executing it answers Unknown Webhook (10015). */
  deleteWebhook(id: string): void;
  /** Active threads and forum posts, in creation order. */
  threads(parentId?: string): FakeChannel[];
  /** Any stored message by id, ephemeral and deleted ones included. */
  message(id: string): FakeMessage | undefined;
  /** Every REST request, in arrival order. */
  requests: RecordedRequest[];
  /** Commands as registered (PUT/POST), with their ids. */
  commands: RegisteredCommands;
  /** Every rule the bot broke (late/double ack, limits, nonce, edits before ack, 4xx of any kind). Tests assert it is empty. */
  violations: string[];
  /** Resolves with the predicate's first truthy value, re-checked on every request, dispatch, gateway frame and clock move. */
  waitFor<T>(predicate: () => T | undefined | null | false, description: string, timeoutMs?: number): Promise<T>;
  /** The next `count` matching requests fail with a 429 (real headers) or a 5xx. */
  failNext(match: FaultMatch, response: FaultResponse): void;
  /** The fake clock; `advance` also wakes waiters. */
  clock: FakeClock;
  gateway: FakeGateway;
  close(): Promise<void>;
}
