import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
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
