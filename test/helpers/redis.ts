import { createClient } from '@redis/client';

/**
 * The real Redis on 127.0.0.1:6379, in a logical database of these tests' own (db 0 and 9 belong to
 * other tests); only keys under newsdesk's prefixes are ever deleted.
 */
export const TEST_REDIS_URL = 'redis://127.0.0.1:6379/11';

/** Delete every newsdesk key (store namespaces and atomic limits) in the test database. */
export async function cleanTestRedis(): Promise<void> {
  const client = createClient({ url: TEST_REDIS_URL });
  await client.connect();
  try {
    for await (const keys of client.scanIterator({ MATCH: 'newsdesk.*', COUNT: 500 })) {
      if (keys.length > 0) await client.del(keys);
    }
  } finally {
    await client.close();
  }
}
