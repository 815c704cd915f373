/**
 * The replies a member sees most, in English: the table every other language follows (a key one
 * leaves out falls back to this). `{name}` marks a value `t` fills in. English failure texts are
 * errors.ts's own; the other languages translate the common ones (`Translations.failures`).
 */
export const en = {
  rateLimited: "You're asking quickly — try again in {seconds} s.",
  apology: 'Sorry, something went wrong on our side. Please try again in a moment.',
  unknownCommand: "I don't know that command any more.",
} as const;

export type MessageKey = keyof typeof en;
