/**
 * How much of an article the summarizer reads. Hostile or merely huge texts (a 2 MiB page of
 * one-word sentences, a megabyte of emoji) must cost a bounded amount of work, so the text is cut
 * to a prefix and only the first sentences of that prefix are scored. News puts the key facts
 * first, so the prefix is where a summary would come from anyway.
 */
export interface SummaryBounds {
  /** Characters of the text considered (SUMMARY_MAX_INPUT_CHARS). */
  maxInputChars: number;
  /** Candidate sentences scored (SUMMARY_MAX_SENTENCES). */
  maxSentences: number;
}

/** The defaults of SUMMARY_MAX_INPUT_CHARS and SUMMARY_MAX_SENTENCES in src/config.ts. */
export const DEFAULT_SUMMARY_BOUNDS: SummaryBounds = { maxInputChars: 100_000, maxSentences: 1_000 };

/**
 * The first `maxChars` characters of `text`, cut at the last line break or space inside the
 * limit when there is one (so no word or sentence is cut in two), never inside a surrogate pair.
 */
export function boundedPrefix(text: string, maxChars: number): string {
  if (text.length <= maxChars) return text;
  let end = maxChars;
  const code = text.charCodeAt(end - 1);
  if (code >= 0xd800 && code <= 0xdbff) end -= 1;
  const head = text.slice(0, end);
  const lineEnd = head.lastIndexOf('\n');
  if (lineEnd > end / 2) return head.slice(0, lineEnd);
  const space = head.search(/\s\S*$/);
  return space > end / 2 ? head.slice(0, space) : head;
}
