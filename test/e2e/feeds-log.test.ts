import assert from 'node:assert/strict';
import { test } from 'node:test';
import { startFeedBotWorld } from '../helpers/feeds/bot-world.js';
import { startFeedHarness } from '../helpers/feeds/harness.js';

// /feed log through the real bot and the fake Discord: what a member sees when they ask "why
// didn't this post?".

const MINUTE = 60_000;

test('/feed log explains a filtered item, links a posted one to its message, and says why a check failed', async () => {
  const s = await startFeedBotWorld();
  const { fake, site } = s;
  const admin = { user: fake.users.admin };
  try {
    site.publish('desk', { id: 'start', published: new Date(Date.now() - 5 * MINUTE) });
    await fake
      .slashCommand(
        'feed add',
        { url: `${site.url}/gen/desk.xml`, channel: fake.channels.news, exclude: 'croissant' },
        admin,
      )
      .reply();
    const [subscription] = await s.bot.services.subscriptions.inGuild(fake.guildId);
    const empty = await fake.slashCommand('feed log', { subscription: subscription!.id }, admin).reply();
    assert.match(empty.embeds[0]!.description ?? '', /Nothing yet/);

    await s.bot.scheduler.tick();
    site.publish('desk', {
      id: 'bread',
      title: 'Croissant *prices* @everyone',
      published: new Date(Date.now() - 2 * MINUTE),
    });
    site.publish('desk', { id: 'ships', title: 'Harbor reopens', published: new Date(Date.now() - MINUTE) });
    await s.bot.services.subscriptions.update(subscription!.id, { nextCheckAt: Date.now() - 1 });
    await s.bot.scheduler.tick();
    const shipsPost = fake.botPosts(fake.channels.news).find((post) => post.embeds[0]?.url?.endsWith('/ships'));
    assert.ok(shipsPost, 'the item that passes the filter is posted');

    site.fault('/gen/desk.xml', 'status-500');
    await s.bot.services.subscriptions.update(subscription!.id, { nextCheckAt: Date.now() - 1 });
    await s.bot.scheduler.tick();

    const run = fake.slashCommand('feed log', { subscription: subscription!.id }, admin);
    const reply = await run.reply();
    assert.equal(reply.ephemeral, true);
    const lines = (reply.embeds[0]!.description ?? '').split('\n');
    assert.match(lines[0]!, /^<t:\d+:R> ⚠️ check failed: The site answered 500\./, 'newest first');
    const posted = lines.find((line) => line.includes('Harbor reopens'));
    assert.match(
      posted ?? '',
      new RegExp(
        `✅ posted \\[Harbor reopens\\]\\(${site.url}/news/desk/ships\\) → \\[message\\]\\(https://discord\\.com/channels/${fake.guildId}/${fake.channels.news}/${shipsPost.id}\\)`,
      ),
    );
    const filtered = lines.find((line) => line.includes('Croissant'));
    assert.match(
      filtered ?? '',
      /⏭️ skipped \[Croissant \\\*prices\\\* @\u200beveryone\]\(.*\/bread\): didn't pass the filter/,
    );
    assert.ok(
      lines.some((line) => /✅ posted \[.*\]\(.*\/start\)/.test(line)),
      'the first post is there too',
    );
    assert.equal(reply.pinged, false, 'nobody is pinged by the log');
    assert.deepEqual(fake.violations, []);
  } finally {
    await s.close();
  }
});

test('/feed log names the earlier post an item was a copy of, and a first run counts the back catalogue in one line', async () => {
  const h = await startFeedHarness();
  try {
    const published = new Date(h.clock.now() - MINUTE);
    h.site.publish('first', { id: 'one', path: '/news/shared', title: 'Harbor council budget', published });
    h.site.publish('first', {
      id: 'two',
      path: '/news/first-only',
      title: 'Railway drought',
      published: new Date(h.clock.now() - 30 * MINUTE),
    });
    const first = await h.subscribe({ feedUrl: `${h.site.url}/gen/first.xml`, title: 'First' });
    await h.scheduler.tick();
    const [original] = h.fake.botPosts(h.fake.channels.news);

    h.site.publish('second', { id: 'copy', path: '/news/shared', title: 'Harbor council budget', published });
    const second = await h.subscribe({ feedUrl: `${h.site.url}/gen/second.xml`, title: 'Second', initialized: true });
    h.clock.advance(MINUTE);
    await h.scheduler.tick();
    assert.equal(h.fake.botPosts(h.fake.channels.news).length, 1, 'the copy is not posted again');

    const { logLine } = await import('../../src/services/feeds/present/delivery-log.js');
    const copyLines = (await h.services.deliveryLog.recent(second.id)).map((entry) => logLine(entry, h.fake.guildId));
    assert.match(
      copyLines[0] ?? '',
      new RegExp(
        `skipped \\[Harbor council budget\\]\\(.*\\): same story as \\[Harbor council budget\\]\\(https://discord\\.com/channels/${h.fake.guildId}/${h.fake.channels.news}/${original!.id}\\)`,
      ),
    );
    const firstLines = (await h.services.deliveryLog.recent(first.id)).map((entry) => logLine(entry, h.fake.guildId));
    assert.match(firstLines.at(-1) ?? '', /skipped 1 older items: the first check posts only the newest items/);
  } finally {
    await h.close();
  }
});
