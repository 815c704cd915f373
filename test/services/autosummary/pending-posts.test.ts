import assert from 'node:assert/strict';
import { test } from 'node:test';
import { PendingPosts } from '../../../src/services/autosummary/pending-posts.js';
import { openStore } from '../../../src/services/store.js';

test('a pending post is found by its key and can be used once', async () => {
  const store = openStore('memory://');
  const posts = new PendingPosts(store.ns('autosummary'));
  const key = await posts.save({ userId: 'u1', urls: ['https://news.example/a'] });
  assert.ok(`Summarize article:post:${key}`.length <= 100, "fits Discord's 100-character custom id");
  assert.deepEqual(await posts.get(key), { userId: 'u1', urls: ['https://news.example/a'] });
  assert.equal(await posts.consume(key), true);
  assert.equal(await posts.consume(key), false, 'a second click posts nothing');
  assert.equal(await posts.get(key), undefined);
  assert.equal(await posts.get('never-saved'), undefined);
  await store.close();
});

test('keys differ per post, and a post survives in the store, not in the instance', async () => {
  const store = openStore('memory://');
  const first = await new PendingPosts(store.ns('autosummary')).save({
    userId: 'u1',
    urls: ['https://news.example/a'],
  });
  const second = await new PendingPosts(store.ns('autosummary')).save({
    userId: 'u1',
    urls: ['https://news.example/a'],
  });
  assert.notEqual(first, second);
  assert.deepEqual((await new PendingPosts(store.ns('autosummary')).get(first))?.userId, 'u1');
  await store.close();
});
