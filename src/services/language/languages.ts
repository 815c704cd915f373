/** The languages the bot speaks: a server may choose one for its cards, a member's client picks replies. */
export const LANGUAGES = ['en', 'ko', 'ja'] as const;

export type Language = (typeof LANGUAGES)[number];

/**
 * The bot's language for a BCP 47 tag such as Discord's locales (`en-US`, `ko`, `ja`), by its
 * primary subtag; undefined for any language the bot does not speak.
 */
export function languageOf(tag: string | null | undefined): Language | undefined {
  const primary = tag?.split(/[-_]/)[0]?.toLowerCase();
  return LANGUAGES.find((language) => language === primary);
}
