/**
 * Reading time as news sites print it ("2 min read"): about 230 words a minute for languages written
 * with spaces (adult silent reading of non-fiction is measured at 200–260), about 500 characters a
 * minute for Chinese, Japanese and Korean, where a character carries less than a word.
 */
const WORDS_PER_MINUTE = 230;
const CJK_CHARS_PER_MINUTE = 500;

const CJK_CHAR = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/gu;
const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’_-]*/gu;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/gu;
const CJK_LANGUAGE = /^(?:zh|ja|ko)(?:-|$)/i;

/** Minutes to read `text`, at least 1. In a CJK-language text every letter counts as a character. */
export function readingMinutes(text: string, lang?: string | null): number {
  let minutes: number;
  if (lang && CJK_LANGUAGE.test(lang)) {
    minutes = (text.match(LETTER_OR_DIGIT)?.length ?? 0) / CJK_CHARS_PER_MINUTE;
  } else {
    const cjkChars = text.match(CJK_CHAR)?.length ?? 0;
    const words = text.replace(CJK_CHAR, ' ').match(WORD)?.length ?? 0;
    minutes = words / WORDS_PER_MINUTE + cjkChars / CJK_CHARS_PER_MINUTE;
  }
  // Rounded up, as "N min read" labels are: a 70-second read is not "1 min".
  return Math.max(1, Math.ceil(minutes));
}
