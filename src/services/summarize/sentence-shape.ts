/**
 * Whether a piece of text reads as a finished statement, the only kind of sentence a summary bullet
 * may be. Headings, table rows, captions cut mid-line, byline and timestamp lines, and labels
 * ("Editorial Note:") do not end as sentences do; a question states nothing the reader learns.
 */

// A full stop, exclamation or ellipsis in any script (Latin, CJK full-width, Devanagari danda,
// Arabic/Urdu full stop), optionally followed by closing quotes or brackets.
const STATEMENT_END = /[.!…。！．।۔][\p{Pf}\p{Pe}"'’”»」』)\]]*$/u;

/** True when `sentence` ends as a statement: terminal punctuation, not a question, not a colon. */
export function endsAsStatement(sentence: string): boolean {
  return STATEMENT_END.test(sentence.trimEnd());
}
