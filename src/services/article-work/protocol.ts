import type { ExtractedArticle } from '../article.js';
import { FailureError, isFailure } from '../errors.js';
import type { ExtractBounds } from '../extract/bounds.js';
import type { SummaryBounds, SummaryInput } from '../summarize/index.js';

/** What the main thread asks a worker to do with text it already fetched. */
export type ArticleJob =
  | { kind: 'extract'; html: string; pageUrl: string; bounds?: ExtractBounds }
  | { kind: 'summarize'; input: SummaryInput; sentences: number; bounds: SummaryBounds };

/** The value each job kind answers with. */
export interface JobResults {
  extract: ExtractedArticle;
  summarize: string[];
}

/**
 * A worker's answer. Errors cross the thread boundary as plain data (structured clone keeps no
 * class), so a FailureError is sent as its parts and rebuilt, and a bug as its message and stack.
 */
export type JobReply =
  | { ok: true; value: unknown }
  | { ok: false; failure: Pick<FailureError, 'kind' | 'message' | 'detail'> }
  | { ok: false; bug: { message: string; stack?: string } };

export function replyFromError(error: unknown): JobReply {
  if (isFailure(error))
    return { ok: false, failure: { kind: error.kind, message: error.message, detail: error.detail } };
  const { message, stack } = error instanceof Error ? error : new Error(String(error));
  return { ok: false, bug: { message, stack } };
}

/** The job's value, or its error rethrown on this side of the thread boundary. */
export function valueFromReply(reply: JobReply): unknown {
  if (reply.ok) return reply.value;
  if ('failure' in reply) throw new FailureError(reply.failure.kind, reply.failure.message, reply.failure.detail);
  const bug = new Error(reply.bug.message);
  bug.stack = reply.bug.stack;
  throw bug;
}
