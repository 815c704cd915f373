import { parentPort } from 'node:worker_threads';
import type { ArticleJob } from './protocol.js';
import { runJob } from './run-job.js';
import { READY } from './worker-pool.js';

/**
 * The worker thread's entry (loaded as compiled JS from dist/, next to worker-pool.js): one job at
 * a time, each answered with one message. The pool terminates this thread if a job overruns.
 */
if (!parentPort) throw new Error('article-work/worker.js runs only as a worker thread');
const port = parentPort;
port.on('message', (job: ArticleJob) => port.postMessage(runJob(job)));
port.postMessage(READY);
