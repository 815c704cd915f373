import { createClient } from '@redis/client';

/**
 * The real Redis on 127.0.0.1:6379. Each test file that uses it has a logical database of its own,
 * so files running at once never clean each other's keys: 0 store, 9 redis-store, 10 scale-out,
 * 11 redis-limits, 12 the work queue, 13 roles, 14 operator commands.
 */
export function testRedisUrl(db: number): string {
  return `redis://127.0.0.1:6379/${db}`;
}

/** Delete every newsdesk key (store namespaces and atomic limits) in a test database; nothing else. */
export async function cleanTestRedis(url: string): Promise<void> {
  const client = createClient({ url });
  await client.connect();
  try {
    for await (const keys of client.scanIterator({ MATCH: 'newsdesk.*', COUNT: 500 })) {
      if (keys.length > 0) await client.del(keys);
    }
  } finally {
    await client.close();
  }
}
