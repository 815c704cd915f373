import assert from 'node:assert/strict';
import { test } from 'node:test';
import { startBotWorld } from '../helpers/bot.js';

test('/feed add: defaults below FEED_MIN_INTERVAL_MINUTES are raised to it; only an explicit `every` below it is refused', async () => {
  const world = await startBotWorld({ env: { FEED_INTERVAL_MINUTES: '3', FEED_MIN_INTERVAL_MINUTES: '90' } });
  const { fake } = world;
  const admin = { user: fake.users.admin };
  try {
    const cards = await fake.slashCommand('feed add', { url: world.link('/feed.xml') }, admin).reply();
    assert.match(cards.content, /Subscribed <#\d+> to .*\(cards, checked every 90 min\)/);
    const digest = await fake.slashCommand('feed add', { url: world.link('/feed.xml'), mode: 'digest' }, admin).reply();
    assert.match(
      digest.content,
      /Updated .*\(digest, checked every 90 min\)/,
      'the hourly digest default is raised too',
    );
    const tooOften = await fake.slashCommand('feed add', { url: world.link('/feed.xml'), every: 30 }, admin).reply();
    assert.match(tooOften.content, /at most every 90 minutes/);
    const [stored, ...others] = await world.bot.services.subscriptions.all();
    assert.equal(others.length, 0);
    assert.equal(stored!.intervalMinutes, 90, 'the refused change left the subscription as it was');
  } finally {
    await world.close();
  }
});
