/** Limits of a worker pool: jobs running at once, overall and per key (a host, a channel). */
export interface PoolLimits {
  concurrency: number;
  perKey: number;
}

/**
 * Run every job with at most `concurrency` at once and at most `perKey` of one key at once
 * (miniflux's worker pool with POLLING_LIMIT_PER_HOST). Keys take turns, so one busy host does not
 * hold up the others. A job's rejection is the job's business: it is reported, not thrown.
 */
export async function runPool<T>(
  jobs: T[],
  keyOf: (job: T) => string,
  run: (job: T) => Promise<void>,
  limits: PoolLimits,
  onError: (error: unknown, job: T) => void = () => undefined,
): Promise<void> {
  const queues = new Map<string, T[]>();
  for (const job of jobs) {
    const key = keyOf(job);
    const queue = queues.get(key);
    if (queue) queue.push(job);
    else queues.set(key, [job]);
  }
  const active = new Map<string, number>();
  let running = 0;

  return new Promise<void>((resolve) => {
    const pump = (): void => {
      for (const [key, queue] of queues) {
        if (running >= limits.concurrency) break;
        while (running < limits.concurrency && (active.get(key) ?? 0) < limits.perKey) {
          const job = queue.shift();
          if (job === undefined) break;
          start(key, job);
        }
        if (queue.length === 0) queues.delete(key);
      }
      if (running === 0 && queues.size === 0) resolve();
    };
    const start = (key: string, job: T): void => {
      running += 1;
      active.set(key, (active.get(key) ?? 0) + 1);
      Promise.resolve()
        .then(() => run(job))
        .catch((error: unknown) => onError(error, job))
        .finally(() => {
          running -= 1;
          active.set(key, (active.get(key) ?? 1) - 1);
          pump();
        });
    };
    pump();
  });
}
