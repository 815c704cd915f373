import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { openStore, purgeExpired } from '../../src/services/store.js';

test('purgeExpired deletes expired entries from the SQLite file and keeps live ones', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'newsdesk-purge-'));
  const store = openStore(`sqlite://${join(dir, 'cache.sqlite')}`);
  try {
    await store.ns('article').set('https://news.example/live', { title: 'live' }, 3_600_000);
    await store.ns('sub').set('s1', { channel: 'c1' });
    // Written as Keyv stores them, with an expiry long past: no waiting on the clock.
    const expired = (value: unknown) => JSON.stringify({ value, expires: 1 });
    await store.ns('article').store.set('article:https://news.example/old', expired({ title: 'old' }));
    await store.ns('failure').store.set('failure:https://news.example/dead', expired({ kind: 'timeout' }));
    await store.ns('autosummary').store.set('autosummary:c1:https://news.example/old', expired('pointer'));

    assert.equal(await purgeExpired(store), 1);
    assert.equal(await store.ns('article').store.get('article:https://news.example/old'), undefined);
    assert.equal(await store.ns('failure').store.get('failure:https://news.example/dead'), undefined);
    assert.equal(await store.ns('autosummary').store.get('autosummary:c1:https://news.example/old'), undefined);
    assert.deepEqual(await store.ns('article').get('https://news.example/live'), { title: 'live' });
    assert.deepEqual(await store.ns('sub').get('s1'), { channel: 'c1' }, 'namespaces without expiry are left alone');
  } finally {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
});
