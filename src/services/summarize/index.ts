/** The summarizer's public surface: sentence splitting, the extractive summary and the provider factory. */

export { DEFAULT_SUMMARY_BOUNDS, type SummaryBounds } from './bounds.js';
export { summarizeExtractive } from './extractive.js';
export { createSummarizer, SUMMARY_LENGTHS, type SummarizerOptions } from './provider.js';
export { splitSentences } from './sentences.js';
export type { Summarizer, SummaryInput } from './summarizer.js';
