import assert from 'node:assert/strict';
import { test } from 'node:test';
import Keyv from 'keyv';
import { DeliveryLog, LOG_LIMIT, type LogEntry } from '../../../../src/services/feeds/state/delivery-log.js';
import { silentLogger } from '../../../../src/services/logger.js';

const skipped = (n: number): LogEntry => ({
  at: n,
  outcome: 'skipped',
  reason: 'filter',
  item: { title: `item ${n}` },
});

test(`the log keeps the last ${LOG_LIMIT} decisions per subscription, newest first, across batches`, async () => {
  const log = new DeliveryLog(new Keyv<LogEntry[]>(), silentLogger);
  await log.record('sub1', [skipped(1), skipped(2)]);
  await log.record(
    'sub1',
    Array.from({ length: 28 }, (_, i) => skipped(i + 3)),
  );
  await log.record('sub2', [skipped(100)]);
  const recent = await log.recent('sub1');
  assert.equal(recent.length, LOG_LIMIT);
  assert.deepEqual(
    recent.slice(0, 2).map((entry) => entry.at),
    [30, 29],
  );
  assert.equal(recent.at(-1)?.at, 6, 'the oldest five fell out');
  assert.deepEqual(
    (await log.recent('sub2')).map((entry) => entry.at),
    [100],
    'subscriptions have rings of their own',
  );
  await log.remove('sub1');
  assert.deepEqual(await log.recent('sub1'), []);
});

test('a batch is one read and one write, and an empty batch touches nothing', async () => {
  const keyv = new Keyv<LogEntry[]>();
  const calls: string[] = [];
  const get = keyv.get.bind(keyv);
  const set = keyv.set.bind(keyv);
  keyv.get = ((key: string) => {
    calls.push('get');
    return get(key);
  }) as typeof keyv.get;
  keyv.set = ((key: string, value: LogEntry[]) => {
    calls.push('set');
    return set(key, value);
  }) as typeof keyv.set;
  const log = new DeliveryLog(keyv, silentLogger);
  await log.record('sub1', [skipped(1), skipped(2), skipped(3)]);
  await log.record('sub1', []);
  assert.deepEqual(calls, ['get', 'set']);
});

test('a store that fails never makes a write throw: the failure is logged and posting goes on', async () => {
  const keyv = new Keyv<LogEntry[]>();
  keyv.set = (async () => {
    throw new Error('disk full');
  }) as typeof keyv.set;
  const warnings: string[] = [];
  const logger = { ...silentLogger, warn: (message: string) => warnings.push(message) };
  await new DeliveryLog(keyv, logger).record('sub1', [skipped(1)]);
  assert.deepEqual(warnings, ['could not write the delivery log; posting goes on']);
});
