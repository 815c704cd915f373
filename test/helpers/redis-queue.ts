import { randomBytes } from 'node:crypto';
import { Redis } from 'ioredis';

/** The Redis db the queue tests use: their own index, never 0 (development) or 9 (the store tests). */
export const TEST_QUEUE_REDIS = 'redis://127.0.0.1:6379/12';

/** The queues the scheduler tests run against. */
export const QUEUE_KINDS = ['in-process', 'bullmq'] as const;
export type QueueKind = (typeof QUEUE_KINDS)[number];

/** A prefix no other test uses, so tests share the db without seeing each other's jobs. */
export function uniqueQueuePrefix(): string {
  return `test-${randomBytes(6).toString('hex')}`;
}

/**
 * Fail (not skip) when the Redis the test expects is not there: a run that means to test BullMQ and
 * silently tests nothing would pass for the wrong reason.
 */
export async function assertRedisReachable(url = TEST_QUEUE_REDIS): Promise<void> {
  const redis = new Redis(url, {
    lazyConnect: true,
    connectTimeout: 2000,
    maxRetriesPerRequest: 0,
    retryStrategy: () => null,
  });
  try {
    await redis.connect();
    await redis.ping();
  } catch (error) {
    throw new Error(`the queue tests need Redis at ${url}: ${String(error)}`);
  } finally {
    redis.disconnect();
  }
}

/** Delete the keys of one test's queue (only those: the db is shared). */
export async function deleteQueueKeys(prefix: string, url = TEST_QUEUE_REDIS): Promise<void> {
  const redis = new Redis(url);
  try {
    let cursor = '0';
    do {
      const [next, keys] = await redis.scan(cursor, 'MATCH', `${prefix}:*`, 'COUNT', 500);
      cursor = next;
      if (keys.length > 0) await redis.del(...keys);
    } while (cursor !== '0');
  } finally {
    await redis.quit();
  }
}

/** The settings that point a process at a fresh BullMQ queue (or none for the in-process one). */
export function queueEnv(kind: QueueKind, prefix: string): Record<string, string> {
  return kind === 'bullmq' ? { QUEUE_URL: TEST_QUEUE_REDIS, QUEUE_PREFIX: prefix } : {};
}
