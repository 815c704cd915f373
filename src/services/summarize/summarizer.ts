// The summarizer's contract, on its own so the implementations and the factory that picks one
// (provider.ts) can all depend on it without depending on each other.

/** What a summarizer reads: the article body (paragraphs separated by a blank line), its title and language. */
export interface SummaryInput {
  title?: string | null;
  text: string;
  lang?: string | null;
}

/** Turns an article into at most `sentences` sentences, in article order. */
export interface Summarizer {
  summarize(input: SummaryInput, sentences: number): Promise<string[]>;
}
