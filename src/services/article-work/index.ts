import type { ExtractedArticle } from '../article.js';
import { FailureError } from '../errors.js';
import type { ExtractBounds } from '../extract/bounds.js';
import type { Summarizer, SummaryBounds } from '../summarize/index.js';
import { type ArticleJob, type JobReply, type JobResults, valueFromReply } from './protocol.js';
import { createWorkerPool } from './worker-pool.js';

/**
 * The per-article work budget: extraction and the extractive summary of text already fetched run
 * in worker threads under a deadline, so one hostile page (a pathological DOM, a megabyte of
 * one-word sentences) cannot hold up other members' answers or a scheduler tick.
 */
export interface ArticleWorkOptions {
  /** Worker threads at most (ARTICLE_WORKERS). */
  size: number;
  /** How long one page's extraction, or one summary, may take (ARTICLE_WORK_TIMEOUT_MS). */
  deadlineMs: number;
  /** How much of a page's markup is built into a DOM (EXTRACT_MAX_*); default DEFAULT_EXTRACT_BOUNDS. */
  extractBounds?: ExtractBounds;
  /** The worker script; tests swap in one that misbehaves. Default: the compiled worker.js beside this file. */
  script?: URL;
}

export interface ArticleWork {
  /** extractArticle in a worker; a page that overruns fails with timeout ('That page took too long to read.'). */
  extract(html: string, pageUrl: string): Promise<ExtractedArticle>;
  /** The extractive summarizer with these bounds, run in a worker under the same deadline. */
  summarizer(bounds: SummaryBounds): Summarizer;
  /** Stop the workers (on shutdown); later calls fail. */
  close(): Promise<void>;
}

export function createArticleWork(options: ArticleWorkOptions): ArticleWork {
  const pool = createWorkerPool<ArticleJob, JobReply>({
    script: options.script ?? new URL('./worker.js', import.meta.url),
    size: options.size,
    deadlineMs: options.deadlineMs,
    overrun: () =>
      new FailureError('timeout', `Reading the page took more than ${options.deadlineMs} ms`, { reason: 'reading' }),
  });
  const run = async <K extends ArticleJob['kind']>(job: ArticleJob & { kind: K }): Promise<JobResults[K]> =>
    valueFromReply(await pool.run(job, jobSize(job))) as JobResults[K];
  return {
    extract: (html, pageUrl) => run({ kind: 'extract', html, pageUrl, bounds: options.extractBounds }),
    summarizer: (bounds) => ({
      // Only what the summarizer reads crosses to the worker, not a whole cached article.
      summarize: ({ title, text, lang }, sentences) =>
        run({ kind: 'summarize', input: { title, text, lang }, sentences, bounds }),
    }),
    close: () => pool.close(),
  };
}

/** A job's size for the pool's order: the characters it reads. */
function jobSize(job: ArticleJob): number {
  return job.kind === 'extract' ? job.html.length : job.input.text.length;
}
