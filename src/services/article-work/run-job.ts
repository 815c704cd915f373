import { extractArticle } from '../extract/index.js';
import { summarizeExtractive } from '../summarize/index.js';
import type { ArticleJob, JobReply } from './protocol.js';
import { replyFromError } from './protocol.js';

/** Do one job in this thread: the CPU part of reading an article, nothing that waits on the network. */
export function runJob(job: ArticleJob): JobReply {
  try {
    if (job.kind === 'extract')
      return { ok: true, value: extractArticle(job.html, job.pageUrl, { bounds: job.bounds }) };
    return { ok: true, value: summarizeExtractive(job.input, job.sentences, job.bounds) };
  } catch (error) {
    return replyFromError(error);
  }
}
