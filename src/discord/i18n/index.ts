import { type FailureError, userMessage } from '../../services/errors.js';
import { languageOf } from '../../services/language/languages.js';
import { en, type MessageKey } from './en.js';
import { ja } from './ja.js';
import { ko } from './ko.js';
import type { Translations } from './translations.js';

const TABLES: Record<'ko' | 'ja', Translations> = { ko, ja };

/** The table for Discord's `interaction.locale` (`ko`, `ja`); undefined for English and every other locale. */
function tableFor(locale: string | null | undefined): Translations | undefined {
  const language = languageOf(locale);
  return language === 'ko' || language === 'ja' ? TABLES[language] : undefined;
}

/** A reply in the member's language (ko, ja, else English), each `{name}` filled from `values`. */
export function t(
  locale: string | null | undefined,
  key: MessageKey,
  values: Record<string, string | number> = {},
): string {
  const text = tableFor(locale)?.replies[key] ?? en[key];
  return text.replace(/\{(\w+)\}/g, (match, name: string) => String(values[name] ?? match));
}

/**
 * An expected failure in the member's words: translated for the common kinds when the failure
 * carries no detail the English names (a file type, a redirect), else errors.ts's English.
 */
export function failureReply(locale: string | null | undefined, error: FailureError): string {
  // "Not an article" is what matters to a member; the file type it was is left to the English.
  const hasDetail = error.kind !== 'not-html' && Object.keys(error.detail).length > 0;
  const translated = hasDetail ? undefined : tableFor(locale)?.failures[error.kind];
  return translated ?? userMessage(error);
}
