import type { Logger } from '../logger.js';
import { splitSentences } from './sentences.js';
import type { Summarizer, SummaryInput } from './summarizer.js';

/** Settings for an OpenAI-compatible chat-completions endpoint (OpenAI, Azure-style proxies, Ollama, vLLM…). */
export interface OpenAiSummarizerOptions {
  /** e.g. https://api.openai.com/v1; `/chat/completions` is appended. */
  baseUrl: string;
  apiKey: string;
  model: string;
  /** Deadline for the whole call, body included. */
  timeoutMs: number;
  /** Used whenever the provider fails, so a summary is always produced. */
  fallback: Summarizer;
  logger?: Logger;
}

// Long articles are cut so one request stays well inside small models' context windows.
const MAX_ARTICLE_CHARS = 24_000;

function prompt(input: SummaryInput, sentences: number): string {
  const title = input.title ? `Title: ${input.title}\n\n` : '';
  return (
    `Summarize the news article below in exactly ${sentences} sentences, one sentence per line, ` +
    'in the language of the article. State only facts the article states; no opinions, no preamble, no bullets.\n\n' +
    `${title}${input.text.slice(0, MAX_ARTICLE_CHARS)}`
  );
}

/** Reply text → sentences: one per line, list markers dropped, long lines split. */
export function parseReply(content: string, sentences: number, lang?: string | null): string[] {
  const lines = content
    .split(/\r?\n/)
    .map((line) => line.replace(/^\s*(?:[-*•]|\d+[.)])\s+/, '').trim())
    .filter(Boolean);
  return lines.flatMap((line) => splitSentences(line, lang)).slice(0, sentences);
}

async function complete(options: OpenAiSummarizerOptions, input: SummaryInput, sentences: number): Promise<string[]> {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (options.apiKey) headers.authorization = `Bearer ${options.apiKey}`;
  const response = await fetch(`${options.baseUrl.replace(/\/+$/, '')}/chat/completions`, {
    method: 'POST',
    headers,
    body: JSON.stringify({
      model: options.model,
      temperature: 0,
      messages: [
        { role: 'system', content: 'You write short, faithful news summaries.' },
        { role: 'user', content: prompt(input, sentences) },
      ],
    }),
    signal: AbortSignal.timeout(options.timeoutMs),
  });
  const body = await response.text();
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  const content = (JSON.parse(body) as { choices?: { message?: { content?: unknown } }[] }).choices?.[0]?.message
    ?.content;
  if (typeof content !== 'string') throw new Error('reply has no message content');
  const summary = parseReply(content, sentences, input.lang);
  if (summary.length === 0) throw new Error('reply is empty');
  return summary;
}

/** A Summarizer backed by an OpenAI-compatible API that falls back to `options.fallback` on any error. */
export function createOpenAiSummarizer(options: OpenAiSummarizerOptions): Summarizer {
  return {
    async summarize(input, sentences) {
      if (input.text.trim() === '') return [];
      try {
        return await complete(options, input, sentences);
      } catch (error) {
        // The message names the status or the failure only; the key is never part of it.
        const reason = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
        options.logger?.warn('summary provider failed; using the extractive summary', {
          provider: 'openai',
          model: options.model,
          error: reason,
        });
        return options.fallback.summarize(input, sentences);
      }
    },
  };
}
