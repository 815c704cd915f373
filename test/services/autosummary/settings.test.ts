import assert from 'node:assert/strict';
import { test } from 'node:test';
import { AutoSummarySettings, settingsChannelId } from '../../../src/services/autosummary/settings.js';
import { openStore } from '../../../src/services/store.js';

const NOW = new Date('2026-05-01T12:00:00Z');

test('auto-summaries are off everywhere until a channel is enabled', async () => {
  const store = openStore('memory://');
  const settings = new AutoSummarySettings(store.ns('guild'));
  assert.equal(await settings.forChannel('g1', 'c1'), undefined);
  assert.deepEqual(await settings.list('g1'), {});
  await store.close();
});

test('enabling is per channel and per server, with its options; disabling says whether it was on', async () => {
  const store = openStore('memory://');
  const settings = new AutoSummarySettings(store.ns('guild'));
  await settings.enable('g1', 'c1', { suppressPreviews: true, enabledBy: 'u1', now: NOW });
  await settings.enable('g1', 'c2', { suppressPreviews: false, enabledBy: 'u2', now: NOW });
  assert.deepEqual(await settings.forChannel('g1', 'c1'), {
    suppressPreviews: true,
    enabledBy: 'u1',
    enabledAt: NOW.toISOString(),
  });
  assert.equal(await settings.forChannel('g2', 'c1'), undefined, 'another server is not affected');
  assert.deepEqual(Object.keys(await settings.list('g1')).sort(), ['c1', 'c2']);

  await settings.enable('g1', 'c1', { suppressPreviews: false, enabledBy: 'u1', now: NOW });
  assert.equal((await settings.forChannel('g1', 'c1'))?.suppressPreviews, false, 'enabling again updates the options');

  assert.equal(await settings.disable('g1', 'c1'), true);
  assert.equal(await settings.disable('g1', 'c1'), false);
  assert.equal(await settings.forChannel('g1', 'c1'), undefined);
  assert.deepEqual(Object.keys(await settings.list('g1')), ['c2']);
  await store.close();
});

test('settings live in the guild namespace next to other per-server settings without clobbering them', async () => {
  const store = openStore('memory://');
  const guilds = store.ns<unknown>('guild');
  await guilds.set('g1', { somethingElse: true });
  await new AutoSummarySettings(store.ns('guild')).enable('g1', 'c1', {
    suppressPreviews: false,
    enabledBy: 'u1',
    now: NOW,
  });
  assert.deepEqual(await guilds.get('g1'), { somethingElse: true });
  await store.close();
});

test('a thread follows the setting of the channel it is in; other channels use their own', () => {
  const cases = [
    {
      name: 'a text channel (its parent is a category)',
      channel: { id: 'c1', parentId: 'category', isThread: () => false },
      expected: 'c1',
    },
    {
      name: 'a channel outside any category',
      channel: { id: 'c1', parentId: null, isThread: () => false },
      expected: 'c1',
    },
    { name: 'a thread in a channel', channel: { id: 't1', parentId: 'c1', isThread: () => true }, expected: 'c1' },
    { name: 'a forum post', channel: { id: 't2', parentId: 'forum', isThread: () => true }, expected: 'forum' },
    {
      name: 'a thread whose parent is unknown',
      channel: { id: 't3', parentId: null, isThread: () => true },
      expected: 't3',
    },
  ];
  for (const { name, channel, expected } of cases) assert.equal(settingsChannelId(channel), expected, name);
});

test('enabling from a thread is found by messages in that thread and in its channel', async () => {
  const store = openStore('memory://');
  const settings = new AutoSummarySettings(store.ns('guild'));
  const thread = { id: 't1', parentId: 'c1', isThread: () => true };
  await settings.enable('g1', settingsChannelId(thread), { suppressPreviews: false, enabledBy: 'u1', now: NOW });
  assert.ok(
    await settings.forChannel('g1', settingsChannelId({ id: 't2', parentId: 'c1', isThread: () => true })),
    'another thread of the channel',
  );
  assert.ok(await settings.forChannel('g1', 'c1'), 'the channel itself');
  await store.close();
});
