/** The summarizer's public surface: sentence splitting, the extractive summary and the provider factory. */
export { splitSentences } from './sentences.js';
export { summarizeExtractive } from './extractive.js';
export { SUMMARY_LENGTHS, createSummarizer, type SummaryInput, type Summarizer, type SummarizerOptions } from './provider.js';
