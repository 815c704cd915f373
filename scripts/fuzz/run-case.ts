import { performance } from 'node:perf_hooks';
import { decodeText } from '../../src/services/charset.js';
import { isFailure } from '../../src/services/errors.js';
import { extractArticle } from '../../src/services/extract/index.js';
import { parseFeed } from '../../src/services/feeds/parse/index.js';
import { type SummaryInput, summarizeExtractive } from '../../src/services/summarize/index.js';
import type { FuzzCase } from './cases.js';
import { asPage } from './texts.js';

/** What one case did: an expected failure (a kind) is fine, an exception is a crash. */
export interface Outcome {
  ms: number;
  /** The FailureError kind, when the input was refused as it should be. */
  failure?: string;
  /** A bug: an exception that is not a FailureError, or a broken promise of the API. */
  crash?: string;
}

const PAGE_URL = 'https://fuzz.example/story';
const SUMMARY_SENTENCES = 3;

// A feed that quotes a local file's contents has read an external entity.
const LEAKED = /root:x:0:|127\.0\.0\.1\s+localhost/;

function summarize(input: SummaryInput): void {
  const sentences = summarizeExtractive(input, SUMMARY_SENTENCES);
  if (sentences.length > SUMMARY_SENTENCES) throw new Error(`summary of ${sentences.length} sentences`);
}

function page(html: string): void {
  const article = extractArticle(html, PAGE_URL);
  summarize(article);
}

/** The pipeline a real input goes through: bytes → text → article → summary, or bytes → feed. */
function exercise(input: FuzzCase): void {
  if (input.kind === 'text') {
    summarize(input.input);
    page(asPage(input.input));
    return;
  }
  if (input.kind === 'xml') {
    const feed = parseFeed(input.bytes, `${PAGE_URL}/feed.xml`, 'application/rss+xml');
    if (LEAKED.test(JSON.stringify(feed))) throw new Error('an external entity was read');
    return;
  }
  page(decodeText(input.bytes, 'text/html').text);
}

export function runCase(input: FuzzCase): Outcome {
  const start = performance.now();
  try {
    exercise(input);
    return { ms: performance.now() - start };
  } catch (error) {
    const ms = performance.now() - start;
    // The extractor reports a page it could not parse as empty-article, with the exception as the
    // cause: that exception is a bug all the same.
    const cause = isFailure(error) ? error.cause : undefined;
    if (cause !== undefined && !isFailure(cause)) return { ms, crash: `${error}, caused by ${describe(cause)}` };
    if (isFailure(error)) return { ms, failure: error.kind };
    return { ms, crash: describe(error) };
  }
}

function describe(error: unknown): string {
  return error instanceof Error ? (error.stack ?? error.message) : String(error);
}
