import assert from 'node:assert/strict';
import { test } from 'node:test';
import { openRedis, type RedisConnection } from '../../../src/services/atomic/redis-connection.js';
import { RedisLinkClaims } from '../../../src/services/atomic/redis-link-claims.js';
import { RedisRateLimit } from '../../../src/services/atomic/redis-rate-limit.js';
import { createLogger } from '../../../src/services/logger.js';
import { cleanTestRedis, testRedisUrl } from '../../helpers/redis.js';

// This file's own Redis database (test/helpers/redis.ts lists who has which).
const TEST_REDIS_URL = testRedisUrl(11);

const logger = createLogger({ level: 'error', write: () => undefined });

/** Two connections, as two bot processes would hold. */
async function twoProcesses(run: (a: RedisConnection, b: RedisConnection) => Promise<void>): Promise<void> {
  await cleanTestRedis(TEST_REDIS_URL);
  const a = openRedis(TEST_REDIS_URL, logger);
  const b = openRedis(TEST_REDIS_URL, logger);
  try {
    await run(a, b);
  } finally {
    await a.close();
    await b.close();
    await cleanTestRedis(TEST_REDIS_URL);
  }
}

test('one link shared at once in two processes: one claim, the other gets its pointer', async () => {
  await twoProcesses(async (a, b) => {
    const claims = [new RedisLinkClaims(a.commands), new RedisLinkClaims(b.commands)];
    const results = await Promise.all(
      Array.from({ length: 10 }, (_, i) => claims[i % 2]!.claim('c1', 'https://news.example/a', `p${i}`)),
    );
    const won = results.filter((result) => result.ok);
    assert.equal(won.length, 1, JSON.stringify(results));
    const winner = `p${results.findIndex((result) => result.ok)}`;
    for (const result of results) if (!result.ok) assert.equal(result.pointer, winner);
    assert.deepEqual(await claims[1]!.claim('c2', 'https://news.example/a', 'q'), { ok: true }, 'per channel');
    await claims[1]!.release('c1', 'https://news.example/a');
    assert.deepEqual(await claims[0]!.claim('c1', 'https://news.example/a', 'r'), { ok: true }, 'released');
  });
});

test('a claim ends with its TTL', async () => {
  await twoProcesses(async (a) => {
    const claims = new RedisLinkClaims(a.commands, 50);
    assert.deepEqual(await claims.claim('c1', 'https://news.example/b', 'p1'), { ok: true });
    await new Promise((resolve) => setTimeout(resolve, 80));
    assert.deepEqual(await claims.claim('c1', 'https://news.example/b', 'p2'), { ok: true });
  });
});

test('the sliding window counts uses from two processes together, as the in-memory Cooldown does', async () => {
  await twoProcesses(async (a, b) => {
    let now = 1_000_000;
    const clock = () => now;
    const limits = [
      new RedisRateLimit(a.commands, 'test', 3, 60_000, clock),
      new RedisRateLimit(b.commands, 'test', 3, 60_000, clock),
    ];
    const taken = await Promise.all(Array.from({ length: 6 }, (_, i) => limits[i % 2]!.take('alice')));
    assert.equal(taken.filter((take) => take.ok).length, 3, JSON.stringify(taken));
    assert.deepEqual(await limits[0]!.take('alice'), { ok: false, retryAfterMs: 60_000 });
    assert.deepEqual(await limits[1]!.take('bob'), { ok: true }, 'another member is not affected');
    now += 20_000;
    assert.deepEqual(await limits[1]!.take('alice'), { ok: false, retryAfterMs: 40_000 });
    now += 40_000;
    assert.deepEqual(await limits[1]!.take('alice'), { ok: true }, 'the oldest uses left the window');
  });
});

test('with Redis out of reach, a claim fails with a clear error instead of waiting for a reconnect', async () => {
  // Port 1 refuses every connection: the client keeps reconnecting and would queue the command forever.
  const away = openRedis('redis://127.0.0.1:1', logger, 200);
  try {
    await assert.rejects(
      new RedisLinkClaims(away.commands).claim('c', 'https://news.example/a', 'pointer'),
      /Redis did not answer within 200 ms/,
    );
  } finally {
    await away.close();
  }
});
