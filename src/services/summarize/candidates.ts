import { isFurniture, leadInLength } from './boilerplate.js';
import { boundedPrefix, DEFAULT_SUMMARY_BOUNDS, type SummaryBounds } from './bounds.js';
import { endsAsStatement } from './sentence-shape.js';
import { sentenceSpans } from './sentences.js';
import type { SummaryInput } from './summarizer.js';
import { contentTerms, type TermVector, termVector } from './terms.js';

/** A sentence that may go into a summary, with what the scorer needs to know about it. */
export interface Candidate {
  /** Exact, trimmed substring of the article text. */
  text: string;
  /** Order among the candidates: 0 is the first content sentence. */
  rank: number;
  words: number;
  /** Content terms weighted by inverse sentence frequency within the article. */
  vector: TermVector;
  /** Opens as a quotation. */
  quote: boolean;
}

/** Words in a sentence; for unspaced scripts (ja, zh) about two characters make a word. */
function wordCount(text: string): number {
  const spaced = text.split(/\s+/).filter(Boolean).length;
  const unspaced = (text.match(/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/gu) ?? []).length;
  return Math.max(spaced, Math.round(unspaced / 2));
}

// Sentences that open with a quotation mark are reported speech, weaker as summary sentences than the report itself.
const QUOTATION = /^["“‘«「『]|^'(?!s\b)/u;

/**
 * The article's content sentences: furniture dropped, glued lead-ins (datelines, share bars)
 * trimmed, exact repeats removed, each with a tf-idf vector. Only a bounded prefix of the text
 * and its first `bounds.maxSentences` sentences are read, so the cost is bounded for any input.
 */
export function articleCandidates(input: SummaryInput, bounds: SummaryBounds = DEFAULT_SUMMARY_BOUNDS): Candidate[] {
  const seen = new Set<string>();
  const list: { text: string; terms: string[]; statement: boolean }[] = [];
  for (const span of sentenceSpans(boundedPrefix(input.text, bounds.maxInputChars), input.lang)) {
    if (list.length >= bounds.maxSentences) break;
    if (isFurniture(span.text)) continue;
    const text = span.text.slice(leadInLength(span.text)).trim();
    const key = text.toLowerCase().replace(/\s+/g, ' ');
    if (text === '' || isFurniture(text) || seen.has(key)) continue;
    seen.add(key);
    list.push({ text, terms: contentTerms(text), statement: endsAsStatement(text) });
  }
  return withVectors(onlyStatements(list, input.text));
}

/** Any sentence-ending punctuation at all, in any script. */
const ANY_STOP = /[.!?…。！？．।۔؟]/u;

/**
 * Only finished statements may be bullets. A text written without sentence punctuation at all
 * (a script or a transcript that has none) keeps what it has rather than no summary; a page
 * that punctuates but left only labels and headings in the body gets no bullets rather than those.
 */
function onlyStatements<T extends { statement: boolean }>(list: T[], text: string): T[] {
  const statements = list.filter((item) => item.statement);
  return statements.length > 0 || ANY_STOP.test(text) ? statements : list;
}

/** Rank the sentences and weight their terms by inverse sentence frequency within the article. */
function withVectors(list: { text: string; terms: string[] }[]): Candidate[] {
  const documentFrequency = new Map<string, number>();
  for (const { terms } of list)
    for (const term of new Set(terms)) documentFrequency.set(term, (documentFrequency.get(term) ?? 0) + 1);
  const idf = (term: string) => Math.log(1 + list.length / (documentFrequency.get(term) ?? 1));
  return list.map(({ text, terms }, rank) => ({
    text,
    rank,
    words: wordCount(text),
    vector: termVector(terms, idf),
    quote: QUOTATION.test(text),
  }));
}
