import type { Logger } from '../logger.js';
import { DEFAULT_SUMMARY_BOUNDS, type SummaryBounds } from './bounds.js';
import { summarizeExtractive } from './extractive.js';
import { createOpenAiSummarizer } from './openai.js';
import type { Summarizer } from './summarizer.js';

/** Sentence counts behind the /article `length` choice. */
export const SUMMARY_LENGTHS = { short: 2, medium: 3, long: 5 } as const;

/** How to build a summarizer; the config's SUMMARY_PROVIDER and OPENAI_* settings map onto it. */
export interface SummarizerOptions {
  provider: 'extractive' | 'openai';
  openaiBaseUrl?: string;
  openaiApiKey?: string;
  openaiModel?: string;
  timeoutMs?: number;
  /** Where a failed provider call is reported (never with the key); silent when absent. */
  logger?: Logger;
  /** How much text the extractive summarizer reads (SUMMARY_MAX_INPUT_CHARS, SUMMARY_MAX_SENTENCES). */
  bounds?: SummaryBounds;
  /** Where the extractive summary is made instead of this thread (the bot's worker pool, article-work/). */
  extractive?: Summarizer;
}

/** The offline extractive summarizer behind the Summarizer interface. */
function extractiveSummarizer(bounds: SummaryBounds): Summarizer {
  return { summarize: async (input, sentences) => summarizeExtractive(input, sentences, bounds) };
}

/** Build the summarizer the config asks for; the OpenAI-compatible one falls back to extractive. */
export function createSummarizer(options: SummarizerOptions): Summarizer {
  const extractive = options.extractive ?? extractiveSummarizer(options.bounds ?? DEFAULT_SUMMARY_BOUNDS);
  if (options.provider === 'openai') {
    return createOpenAiSummarizer({
      baseUrl: options.openaiBaseUrl ?? 'https://api.openai.com/v1',
      apiKey: options.openaiApiKey ?? '',
      model: options.openaiModel ?? 'gpt-4o-mini',
      timeoutMs: options.timeoutMs ?? 15_000,
      logger: options.logger,
      fallback: extractive,
    });
  }
  return extractive;
}
