import type { Link } from './article.js';
import { cosine } from './summarize/terms.js';

/**
 * "More from our index": the cached articles closest in content to a given one, by TF-IDF cosine
 * over title and body words. Kept in memory; rebuilt from the article cache at start.
 */
export interface IndexedDoc {
  url: string;
  title: string;
  text: string;
}

const STOPWORDS = new Set(
  'a an and are as at be been but by for from had has have he her his in into is it its of on or our she that the their them they this to was were which who will with would not no than then there these those also more most over said says say about after before new one two'.split(
    ' ',
  ),
);

/** Lower-case word and CJK-bigram tokens, without stopwords. */
export function tokenize(text: string): string[] {
  const tokens: string[] = [];
  for (const word of text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []) {
    if (/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u.test(word) && word.length > 2) {
      // CJK has no spaces between words; character bigrams are a robust stand-in.
      for (let i = 0; i < word.length - 1; i++) tokens.push(word.slice(i, i + 2));
    } else if (word.length > 2 && !STOPWORDS.has(word)) {
      tokens.push(word);
    }
  }
  return tokens;
}

export class SimilarIndex {
  // Insertion-ordered, so the first entry is the one indexed longest ago.
  private readonly docs = new Map<string, { title: string; counts: Map<string, number> }>();
  private readonly documentFrequency = new Map<string, number>();

  /** `maxDocs` bounds memory in a long-running bot: the oldest articles leave the index first. */
  constructor(private readonly maxDocs = 10_000) {}

  get size(): number {
    return this.docs.size;
  }

  /** Add or replace a document. The title counts twice: it says what the story is about. */
  add(doc: IndexedDoc): void {
    this.remove(doc.url);
    const counts = this.countsOf(doc);
    for (const token of counts.keys()) this.documentFrequency.set(token, (this.documentFrequency.get(token) ?? 0) + 1);
    this.docs.set(doc.url, { title: doc.title, counts });
    // Maps iterate in insertion order: the first key is the oldest document.
    for (const oldest of this.docs.keys()) {
      if (this.docs.size <= this.maxDocs) break;
      this.remove(oldest);
    }
  }

  remove(url: string): void {
    const old = this.docs.get(url);
    if (!old) return;
    for (const token of old.counts.keys())
      this.documentFrequency.set(token, (this.documentFrequency.get(token) ?? 1) - 1);
    this.docs.delete(url);
  }

  /** The `limit` indexed documents most similar to `doc` (never the ones in `exclude`), above `minScore`. */
  nearest(doc: IndexedDoc, limit: number, exclude: Iterable<string> = [], minScore = 0.08): Link[] {
    const skip = new Set([doc.url, ...exclude]);
    const query = this.vector(this.docs.get(doc.url)?.counts ?? this.countsOf(doc));
    const scored: { url: string; title: string; score: number }[] = [];
    for (const [url, entry] of this.docs) {
      if (skip.has(url)) continue;
      const score = cosine(query, this.vector(entry.counts));
      if (score >= minScore) scored.push({ url, title: entry.title, score });
    }
    scored.sort((a, b) => b.score - a.score || a.url.localeCompare(b.url));
    return scored.slice(0, limit).map(({ url, title }) => ({ url, title }));
  }

  private countsOf(doc: IndexedDoc): Map<string, number> {
    const counts = new Map<string, number>();
    for (const token of [...tokenize(doc.title), ...tokenize(doc.title), ...tokenize(doc.text)])
      counts.set(token, (counts.get(token) ?? 0) + 1);
    return counts;
  }

  private vector(counts: Map<string, number>): Map<string, number> {
    const total = this.docs.size + 1;
    const vector = new Map<string, number>();
    for (const [token, count] of counts) {
      const idf = Math.log(total / (1 + (this.documentFrequency.get(token) ?? 0))) + 1;
      vector.set(token, (1 + Math.log(count)) * idf);
    }
    return vector;
  }
}
