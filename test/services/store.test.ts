import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { entries, openStore } from '../../src/services/store.js';

test('SQLite store keeps values across a reopen, per namespace', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'newsdesk-store-'));
  const url = `sqlite://${join(dir, 'nested', 'state.sqlite')}`;
  try {
    const first = openStore(url);
    await first.ns('sub').set('s1', { channel: 'c1' });
    await first.ns('seen').set('s1', ['item']);
    await first.close();
    const second = openStore(url);
    assert.deepEqual(await second.ns('sub').get('s1'), { channel: 'c1' });
    assert.deepEqual(await second.ns('seen').get('s1'), ['item']);
    assert.equal(await second.ns('guild').get('s1'), undefined, 'namespaces do not leak into each other');
    const all: string[] = [];
    for await (const [key] of entries(second.ns('sub'))) all.push(key);
    assert.deepEqual(all, ['s1']);
    await second.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('Redis store (the real server on 127.0.0.1:6379) shares state between two openers', async () => {
  const store = openStore('redis://127.0.0.1:6379');
  const other = openStore('redis://127.0.0.1:6379');
  const key = `test-${randomUUID()}`;
  try {
    await store.ns('outbox').set(key, { nonce: 'n1' }, 60_000);
    assert.deepEqual(await other.ns('outbox').get(key), { nonce: 'n1' });
    assert.equal(await other.ns('seen').get(key), undefined);
    await other.ns('outbox').delete(key);
    assert.equal(await store.ns('outbox').get(key), undefined);
  } finally {
    await store.close();
    await other.close();
  }
});

for (const url of ['memory://', 'sqlite://:memory:', 'redis://127.0.0.1:6379']) {
  test(`${url.split(':')[0]} store lists a namespace's own keys, colons and all`, async () => {
    const store = openStore(url);
    const run = randomUUID();
    const keys = [`channel:${run}`, `https://news.example/${run}?a=1`, `plain-${run}`];
    try {
      for (const key of keys) await store.ns('seen').set(key, { key });
      await store.ns('outbox').set(`other-${run}`, 1);
      const listed = new Map<string, unknown>();
      for await (const [key, value] of entries(store.ns('seen'))) if (key.includes(run)) listed.set(key, value);
      assert.deepEqual([...listed.keys()].sort(), [...keys].sort());
      for (const key of keys) assert.deepEqual(listed.get(key), { key });
    } finally {
      for (const key of keys) await store.ns('seen').delete(key);
      await store.ns('outbox').delete(`other-${run}`);
      await store.close();
    }
  });
}
