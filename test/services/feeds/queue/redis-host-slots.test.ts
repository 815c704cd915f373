import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';
import { Redis } from 'ioredis';
import { RedisHostSlots } from '../../../../src/services/feeds/queue/redis-host-slots.js';
import {
  assertRedisReachable,
  deleteQueueKeys,
  TEST_QUEUE_REDIS,
  uniqueQueuePrefix,
} from '../../../helpers/redis-queue.js';

const prefix = uniqueQueuePrefix();
let redis: Redis;

before(async () => {
  await assertRedisReachable();
  redis = new Redis(TEST_QUEUE_REDIS);
});

after(async () => {
  await redis.quit();
  await deleteQueueKeys(prefix);
});

/** Two processes' views of one limit: separate objects, one Redis. */
const twoProcesses = (limit: number, leaseMs = 5000) =>
  [0, 1].map(() => new RedisHostSlots(redis, { prefix, limit, leaseMs, retryMs: 10 }));

test('one slot per host across two processes: the second waits until the first gives it back', async () => {
  const [first, second] = twoProcesses(1);
  const release = await first!.acquire('a.example');
  let secondGotIt = false;
  const waiting = second!.acquire('a.example').then((releaseSecond) => {
    secondGotIt = true;
    return releaseSecond;
  });
  await sleep(100);
  assert.equal(secondGotIt, false, 'the host is busy');
  const other = await second!.acquire('b.example');
  await other();
  await release();
  await (await waiting)();
  assert.equal(secondGotIt, true);
});

test('a slot whose holder died (never released) frees itself after its lease', async () => {
  const [dead, alive] = twoProcesses(1, 200);
  await dead!.acquire('c.example');
  const started = performance.now();
  await (await alive!.acquire('c.example'))();
  assert.ok(performance.now() - started >= 150, 'waited for the lease to end');
});

test('a limit of two lets two fetches of a host run at once, not three', async () => {
  const [first, second] = twoProcesses(2);
  const releases = [await first!.acquire('d.example'), await second!.acquire('d.example')];
  const third = first!.acquire('d.example');
  assert.equal(await Promise.race([third.then(() => 'got'), sleep(100).then(() => 'waits')]), 'waits');
  for (const release of releases) await release();
  await (await third)();
});
