import assert from 'node:assert/strict';
import { test } from 'node:test';
import Keyv from 'keyv';
import { SEEN_LIMIT, SeenItems } from '../../../../src/services/feeds/state/seen-items.js';

test('seen ids are bounded, oldest dropped first, but ids still in the feed are kept', async () => {
  const seen = new SeenItems(new Keyv<string[]>());
  const old = Array.from({ length: SEEN_LIMIT }, (_, i) => `old-${i}`);
  await seen.add('s', old);
  await seen.add('s', ['new-1', 'new-2'], ['old-0', 'new-1', 'new-2']);
  const ids = await seen.get('s');
  assert.equal(ids.size, SEEN_LIMIT);
  assert.ok(ids.has('old-0'), 'still in the feed: kept');
  assert.ok(!ids.has('old-1') && !ids.has('old-2'), 'the oldest others went');
  assert.ok(ids.has('new-1') && ids.has('new-2'));
});

test('subscriptions do not share seen ids, and adding nothing writes nothing', async () => {
  const store = new Keyv<string[]>();
  const seen = new SeenItems(store);
  await seen.add('a', ['x']);
  await seen.add('b', []);
  assert.equal(await seen.has('a', 'x'), true);
  assert.equal(await seen.has('b', 'x'), false);
  assert.equal(await store.get('b'), undefined);
});

test('addMarks records marks of several subscriptions, each in its own list', async () => {
  const store = new Keyv<string[]>();
  const seen = new SeenItems(store);
  await seen.add('a', ['old']);
  await seen.addMarks([
    { subscriptionId: 'a', itemId: 'x' },
    { subscriptionId: 'b', itemId: 'y' },
    { subscriptionId: 'a', itemId: 'z' },
  ]);
  assert.deepEqual(await store.get('a'), ['old', 'x', 'z']);
  assert.deepEqual(await store.get('b'), ['y']);
  await seen.add('a', ['w', 'x'], [], await seen.get('a'));
  assert.deepEqual(await store.get('a'), ['old', 'x', 'z', 'w'], 'a list the caller already read is extended in order');
});
