/**
 * Whether a piece of text reads as a finished statement, the only kind of sentence a summary bullet
 * may be. Headings, table rows, captions cut mid-line, byline and timestamp lines, and labels
 * ("Editorial Note:") do not end as sentences do; a question states nothing the reader learns.
 */

// A full stop, exclamation or ellipsis in any script (Latin, CJK full-width, Devanagari danda,
// Arabic/Urdu full stop), optionally followed by closing quotes or brackets.
const STATEMENT_END = /[.!…。！．।۔][\p{Pf}\p{Pe}"'’”»」』)\]]*$/u;

/** Fewer words than this are a label or an abbreviation ("Avg.", "Photo."), not a statement. */
const MIN_WORDS = 3;

/** Han, kana and Hangul write few spaces: there a statement is counted in characters. */
const UNSPACED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/gu;
const MIN_UNSPACED_CHARS = 4;

/**
 * True when `sentence` ends as a statement: terminal punctuation, not a question, not a colon,
 * and long enough to say something.
 */
export function endsAsStatement(sentence: string): boolean {
  const text = sentence.trim();
  if (!STATEMENT_END.test(text)) return false;
  return (text.match(UNSPACED)?.length ?? 0) >= MIN_UNSPACED_CHARS || text.split(/\s+/).length >= MIN_WORDS;
}
