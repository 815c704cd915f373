import { Worker } from 'node:worker_threads';

/** The first message a worker sends, once its modules are loaded: a job's deadline starts after it. */
export const READY = 'ready';

export interface WorkerPoolOptions {
  /** The compiled worker script: it posts READY once loaded, then answers each job with one message. */
  script: URL;
  /** Most workers alive at once; further jobs wait in order. */
  size: number;
  /** How long one job may run in its worker; past it the worker is terminated and replaced. */
  deadlineMs: number;
  /** The error a job past its deadline rejects with. */
  overrun: () => Error;
}

/**
 * How much a job's size (characters of page or text) counts as time already waited against it:
 * 100,000 characters are served as if they had come a second later. Small pages go first when the
 * pool is busy, so a member's ordinary article does not queue behind a stranger's megabyte; a big
 * job still runs within size × this of its arrival, so it is never starved.
 */
export const WAIT_MS_PER_CHAR = 0.01;

export interface WorkerPool<Job, Reply> {
  /** Run `job`; `size` (characters) orders it among waiting jobs (see WAIT_MS_PER_CHAR). */
  run(job: Job, size?: number): Promise<Reply>;
  /** Terminate every worker; waiting and running jobs reject. */
  close(): Promise<void>;
}

interface Task<Job, Reply> {
  job: Job;
  /** When it is served, on the pool's clock: arrival plus its size's worth of waiting. */
  turn: number;
  resolve(reply: Reply): void;
  reject(error: unknown): void;
}

interface Slot<Job, Reply> {
  worker: Worker;
  ready: boolean;
  task?: Task<Job, Reply>;
  timer?: NodeJS.Timeout;
}

/**
 * A small pool of worker threads, one job per worker at a time. Workers start when a job needs
 * one and are unref'd while idle, so an idle pool never keeps a process (the CLI, a test) alive;
 * a worker whose job overruns is terminated, which stops even a loop that never yields.
 */
export function createWorkerPool<Job, Reply>(options: WorkerPoolOptions): WorkerPool<Job, Reply> {
  type PoolSlot = Slot<Job, Reply>;
  const slots = new Set<PoolSlot>();
  const waiting: Task<Job, Reply>[] = [];
  let closed = false;

  function start(slot: PoolSlot, task: Task<Job, Reply>): void {
    slot.timer = setTimeout(() => {
      forget(slot);
      void slot.worker.terminate();
      task.reject(options.overrun());
      dispatch();
    }, options.deadlineMs);
    slot.worker.postMessage(task.job);
  }

  /** The slot leaves the pool; whatever its worker does later (exit, a late answer) is ignored. */
  function forget(slot: PoolSlot): void {
    clearTimeout(slot.timer);
    slot.task = undefined;
    slots.delete(slot);
  }

  function answer(slot: PoolSlot, message: unknown): void {
    if (!slot.ready) {
      slot.ready = true;
      if (slot.task) start(slot, slot.task);
      return;
    }
    const task = slot.task;
    if (!task) return;
    clearTimeout(slot.timer);
    slot.task = undefined;
    slot.worker.unref();
    task.resolve(message as Reply);
    dispatch();
  }

  function lost(slot: PoolSlot, error: Error): void {
    if (!slots.has(slot)) return;
    const task = slot.task;
    forget(slot);
    task?.reject(error);
    dispatch();
  }

  function spawn(): PoolSlot {
    const slot: PoolSlot = { worker: new Worker(options.script), ready: false };
    slots.add(slot);
    slot.worker.on('message', (message) => answer(slot, message));
    slot.worker.on('error', (error) => lost(slot, error));
    slot.worker.on('exit', (code) => lost(slot, new Error(`An article worker stopped (exit code ${code})`)));
    return slot;
  }

  /** Hand waiting jobs to idle workers, starting new ones up to `size`. */
  function dispatch(): void {
    while (waiting.length > 0 && !closed) {
      const slot = [...slots].find((candidate) => !candidate.task) ?? (slots.size < options.size ? spawn() : undefined);
      if (!slot) return;
      const task = waiting.shift() as Task<Job, Reply>;
      slot.task = task;
      // Held while it has a job, even one still loading, so the answer is not lost to an exiting process.
      slot.worker.ref();
      if (slot.ready) start(slot, task);
    }
  }

  return {
    run(job, size = 0) {
      if (closed) return Promise.reject(new Error('The article worker pool is closed'));
      return new Promise<Reply>((resolve, reject) => {
        const task = { job, turn: performance.now() + size * WAIT_MS_PER_CHAR, resolve, reject };
        // Kept in turn order; equal turns keep their arrival order.
        const at = waiting.findIndex((other) => other.turn > task.turn);
        waiting.splice(at < 0 ? waiting.length : at, 0, task);
        dispatch();
      });
    },
    async close() {
      closed = true;
      const stopped = new Error('The article worker pool is closed');
      for (const task of waiting.splice(0)) task.reject(stopped);
      const workers = [...slots].map((slot) => {
        const task = slot.task;
        forget(slot);
        task?.reject(stopped);
        return slot.worker.terminate();
      });
      await Promise.all(workers);
    },
  };
}
