import assert from 'node:assert/strict';
import { test } from 'node:test';
import { PermissionFlagsBits } from 'discord.js';
import { logLine } from '../../src/services/feeds/present/delivery-log.js';
import { describeSubscription } from '../../src/services/feeds/present/describe.js';
import { startFeedHarness } from '../helpers/feeds/harness.js';

const MINUTE = 60_000;

test('a post Discord refuses for good (the bot lost Send Messages) shows in /feed list until a post gets through', async () => {
  const h = await startFeedHarness();
  const granted = h.fake.bot.permissions;
  try {
    h.site.publish('muted', { id: 'a', published: new Date(h.clock.now() - MINUTE) });
    const subscription = await h.subscribe({
      feedUrl: `${h.site.url}/gen/muted.xml`,
      title: 'Muted Desk',
      initialized: true,
    });
    h.fake.bot.permissions = granted & ~PermissionFlagsBits.SendMessages;
    await h.scheduler.tick();
    assert.deepEqual(h.postedLinks(), []);
    let stored = (await h.services.subscriptions.get(subscription.id))!;
    assert.match(stored.postError ?? '', /Missing Permissions/);
    const [refusal] = await h.services.deliveryLog.recent(subscription.id);
    assert.match(
      logLine(refusal!, h.fake.guildId),
      /⚠️ couldn't post \[.*\]\(.*\/a\): Discord refused the post \(403: Missing Permissions\); the item will not be tried again\./,
      "/feed log tells the refusal in Discord's words",
    );

    // A later check succeeds (the feed is fine): the refusal must still be shown.
    h.clock.advance(10 * MINUTE);
    await h.scheduler.tick();
    stored = (await h.services.subscriptions.get(subscription.id))!;
    assert.equal(stored.failures, 0);
    assert.match(describeSubscription(stored), /posting problem: .*Missing Permissions/);

    h.fake.bot.permissions = granted;
    h.site.publish('muted', { id: 'b', published: new Date(h.clock.now()) });
    h.clock.advance(10 * MINUTE);
    await h.scheduler.tick();
    assert.deepEqual(
      h.postedLinks().map((link) => link.split('/').pop()),
      ['b'],
      'the refused item is not posted again; the new one is',
    );
    stored = (await h.services.subscriptions.get(subscription.id))!;
    assert.equal(stored.postError, undefined);
    assert.doesNotMatch(describeSubscription(stored), /posting problem/);
  } finally {
    h.fake.bot.permissions = granted;
    await h.close();
  }
});

test('posts to a channel that no longer exists (404 Unknown Channel) are settled, not retried, and /feed list says why', async () => {
  const h = await startFeedHarness();
  try {
    h.site.publish('gone', { id: 'a', published: new Date(h.clock.now() - MINUTE) });
    const subscription = await h.subscribe({
      feedUrl: `${h.site.url}/gen/gone.xml`,
      channelId: '999999999999999999',
      initialized: true,
    });
    const report = await h.scheduler.tick();
    assert.equal(report.postsFailed, 0, 'not left in the outbox to retry');
    const stored = (await h.services.subscriptions.get(subscription.id))!;
    assert.match(describeSubscription(stored), /posting problem: .*Unknown Channel/);
    h.clock.advance(10 * MINUTE);
    const next = await h.scheduler.tick();
    assert.equal(next.replayed, 0);
    assert.equal(
      h.fake.requests.filter((request) => request.method === 'POST' && request.path.includes('999999999999999999'))
        .length,
      1,
      'one refused request, not one per tick',
    );
  } finally {
    await h.close();
  }
});
