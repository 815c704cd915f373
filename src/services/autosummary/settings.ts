import type Keyv from 'keyv';

/** How one channel wants shared links handled. */
export interface ChannelAutoSummary {
  /** Hide Discord's own link preview on the member's message once our card is posted. */
  suppressPreviews: boolean;
  /** Who switched it on, for /autosummary status. */
  enabledBy: string;
  enabledAt: string;
}

/** A server's auto-summary channels, stored as one record under `autosummary:<guild id>` in the `guild` namespace. */
export interface GuildAutoSummary {
  channels: Record<string, ChannelAutoSummary>;
}

const keyOf = (guildId: string) => `autosummary:${guildId}`;

/** What settingsChannelId needs of a channel; discord.js channels fit it as they are. */
export interface ChannelRef {
  id: string;
  /** A thread's parent channel (for other channels, their category, which is not used here). */
  parentId?: string | null;
  isThread(): boolean;
}

/**
 * The channel whose auto-summary setting applies in `channel`: a thread follows the channel it is
 * in (forum posts too), so enabling from a thread enables its channel and thread messages find it.
 */
export function settingsChannelId(channel: ChannelRef): string {
  return channel.isThread() ? (channel.parentId ?? channel.id) : channel.id;
}

/**
 * Per-server auto-summary settings. Off everywhere until an admin enables a channel. The record is
 * read-modified-written; settings change by hand and rarely, so two admins racing is not handled.
 */
export class AutoSummarySettings {
  constructor(private readonly guilds: Keyv<GuildAutoSummary>) {}

  /** The channel's settings, or undefined when auto-summaries are off there. */
  async forChannel(guildId: string, channelId: string): Promise<ChannelAutoSummary | undefined> {
    return (await this.guilds.get(keyOf(guildId)))?.channels[channelId];
  }

  /** Every enabled channel of a server. */
  async list(guildId: string): Promise<Record<string, ChannelAutoSummary>> {
    return (await this.guilds.get(keyOf(guildId)))?.channels ?? {};
  }

  /** Switch a channel on (or update its options). */
  async enable(
    guildId: string,
    channelId: string,
    options: { suppressPreviews: boolean; enabledBy: string; now?: Date },
  ): Promise<void> {
    const record = (await this.guilds.get(keyOf(guildId))) ?? { channels: {} };
    record.channels[channelId] = {
      suppressPreviews: options.suppressPreviews,
      enabledBy: options.enabledBy,
      enabledAt: (options.now ?? new Date()).toISOString(),
    };
    await this.guilds.set(keyOf(guildId), record);
  }

  /** Switch a channel off; says whether it was on. */
  async disable(guildId: string, channelId: string): Promise<boolean> {
    const record = await this.guilds.get(keyOf(guildId));
    if (!record?.channels[channelId]) return false;
    delete record.channels[channelId];
    if (Object.keys(record.channels).length === 0) await this.guilds.delete(keyOf(guildId));
    else await this.guilds.set(keyOf(guildId), record);
    return true;
  }
}
