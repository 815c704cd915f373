import type Keyv from 'keyv';
import { type Language, languageOf } from './languages.js';

/** A server's own settings, stored as one record under `settings:<guild id>` in the `guild` namespace. */
export interface ServerSettingsRecord {
  /** The language chosen with /settings language; absent means the server's preferred locale. */
  language?: Language;
}

/** What the feed side asks of the settings: a worker has no gateway, so no server's preferred locale. */
export type ServerLanguages = Pick<ServerSettings, 'chosenLanguage'>;

const keyOf = (guildId: string) => `settings:${guildId}`;

/** Per-server settings (the auto-summary record shares the namespace under `autosummary:` keys). */
export class ServerSettings {
  constructor(private readonly guilds: Keyv<ServerSettingsRecord>) {}

  /** The language chosen for the server, if one was. */
  async chosenLanguage(guildId: string): Promise<Language | undefined> {
    return (await this.guilds.get(keyOf(guildId)))?.language;
  }

  /**
   * The server's language for cards: the one chosen, else its preferred locale (Discord's
   * `guild_locale`) when the bot speaks it, else English.
   */
  async language(guildId: string | null, guildLocale: string | null): Promise<Language> {
    const chosen = guildId ? await this.chosenLanguage(guildId) : undefined;
    return chosen ?? languageOf(guildLocale) ?? 'en';
  }

  /** Choose a language, or `undefined` to follow the server's preferred locale again. */
  async setLanguage(guildId: string, language: Language | undefined): Promise<void> {
    const record = (await this.guilds.get(keyOf(guildId))) ?? {};
    if (language) record.language = language;
    else delete record.language;
    if (Object.keys(record).length === 0) await this.guilds.delete(keyOf(guildId));
    else await this.guilds.set(keyOf(guildId), record);
  }
}
