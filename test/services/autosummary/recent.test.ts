import assert from 'node:assert/strict';
import { test } from 'node:test';
import { RECENT_LINK_TTL_MS, RecentLinks } from '../../../src/services/autosummary/recent.js';
import { openStore } from '../../../src/services/store.js';

const URL_A = 'https://news.example/a';

test('a link claimed in a channel is a repeat there, pointing at the earlier message, and not elsewhere', async () => {
  const store = openStore('memory://');
  const recent = new RecentLinks(store.ns('autosummary'));
  assert.deepEqual(await recent.claim('c1', URL_A, 'https://discord.com/channels/g/c1/m1'), { ok: true });
  assert.deepEqual(await recent.claim('c1', URL_A, 'https://discord.com/channels/g/c1/m2'), {
    ok: false,
    pointer: 'https://discord.com/channels/g/c1/m1',
  });
  assert.deepEqual(
    await recent.claim('c2', URL_A, 'https://discord.com/channels/g/c2/m3'),
    { ok: true },
    'another channel has its own memory',
  );
  await store.close();
});

test('two shares of one link handled at the same moment give one claim', async () => {
  const store = openStore('memory://');
  // One instance, as the bot builds it once and every message's handler uses it.
  const recent = new RecentLinks(store.ns('autosummary'));
  const [first, second] = await Promise.all([recent.claim('c1', URL_A, 'p1'), recent.claim('c1', URL_A, 'p2')]);
  assert.deepEqual([first, second], [{ ok: true }, { ok: false, pointer: 'p1' }]);
  await store.close();
});

test('a released claim (the page could not be read) lets the next share try again', async () => {
  const store = openStore('memory://');
  const recent = new RecentLinks(store.ns('autosummary'));
  await recent.claim('c1', URL_A, 'p1');
  await recent.release('c1', URL_A);
  assert.deepEqual(await recent.claim('c1', URL_A, 'p2'), { ok: true });
  await store.close();
});

test('a claim is stored for 24 hours (the store expires it), keyed by channel and canonical URL', async () => {
  const writes: { key: string; ttl?: number }[] = [];
  const store = openStore('memory://');
  const records = store.ns<{ pointer: string }>('autosummary');
  const spy = Object.assign(Object.create(records) as typeof records, {
    set: (key: string, value: { pointer: string }, ttl?: number) => {
      writes.push({ key, ttl });
      return records.set(key, value, ttl);
    },
  });
  const recent = new RecentLinks(spy);
  await recent.claim('c1', URL_A, 'p1');
  assert.equal(RECENT_LINK_TTL_MS, 24 * 60 * 60 * 1000);
  assert.deepEqual(writes, [{ key: `recent:c1:${URL_A}`, ttl: RECENT_LINK_TTL_MS }]);
  await store.close();
});
