import assert from 'node:assert/strict';
import { test } from 'node:test';
import { runPool } from '../../../../src/services/feeds/schedule/pool.js';

test('runPool keeps to the overall and per-key limits and runs every job once', async () => {
  const jobs = Array.from({ length: 40 }, (_, i) => ({ id: i, host: `h${i % 3}` }));
  let running = 0;
  let peak = 0;
  const perHost = new Map<string, number>();
  let peakPerHost = 0;
  const done: number[] = [];
  await runPool(
    jobs,
    (job) => job.host,
    async (job) => {
      running += 1;
      perHost.set(job.host, (perHost.get(job.host) ?? 0) + 1);
      peak = Math.max(peak, running);
      peakPerHost = Math.max(peakPerHost, perHost.get(job.host)!);
      await new Promise((resolve) => setImmediate(resolve));
      running -= 1;
      perHost.set(job.host, perHost.get(job.host)! - 1);
      done.push(job.id);
    },
    { concurrency: 5, perKey: 2 },
  );
  assert.equal(done.length, 40);
  assert.equal(new Set(done).size, 40);
  assert.equal(peak, 5, 'uses the whole pool');
  assert.equal(peakPerHost, 2);
});

test('a failing job is reported and the others still run', async () => {
  const errors: number[] = [];
  const ran: number[] = [];
  await runPool(
    [1, 2, 3],
    () => 'k',
    async (n) => {
      if (n === 2) throw new Error('boom');
      ran.push(n);
    },
    { concurrency: 2, perKey: 1 },
    (_error, n) => errors.push(n),
  );
  assert.deepEqual(ran, [1, 3]);
  assert.deepEqual(errors, [2]);
});

test('an empty job list resolves at once', async () => {
  await runPool(
    [],
    () => 'k',
    async () => undefined,
    { concurrency: 1, perKey: 1 },
  );
});
