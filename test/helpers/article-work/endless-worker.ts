import { parentPort } from 'node:worker_threads';
import type { ArticleJob } from '../../../src/services/article-work/protocol.js';
import { runJob } from '../../../src/services/article-work/run-job.js';
import { READY } from '../../../src/services/article-work/worker-pool.js';
import { CRASH_PAGE_MARKER, ENDLESS_PAGE_MARKER } from './endless-page.js';

/**
 * The real worker's loop, except that a page with ENDLESS_PAGE_MARKER keeps the thread busy
 * without ever yielding (only terminating the thread stops it, which is what the pool must do)
 * and one with CRASH_PAGE_MARKER ends the thread mid-job.
 */
const port = parentPort!;
port.on('message', (job: ArticleJob) => {
  if (job.kind === 'extract' && job.html.includes(ENDLESS_PAGE_MARKER)) for (;;) Math.random();
  if (job.kind === 'extract' && job.html.includes(CRASH_PAGE_MARKER)) process.exit(3);
  port.postMessage(runJob(job));
});
port.postMessage(READY);
