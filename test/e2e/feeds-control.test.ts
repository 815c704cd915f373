import assert from 'node:assert/strict';
import { test } from 'node:test';
import { type FeedBotWorld, startFeedBotWorld } from '../helpers/feeds/bot-world.js';

// /feed pause, resume and edit through the real bot and the fake Discord.

const MINUTE = 60_000;

/** The feed's interval has passed (the bot runs on the real clock; its next check is moved instead). */
async function intervalPasses(s: FeedBotWorld, id: string): Promise<void> {
  await s.bot.services.subscriptions.update(id, { nextCheckAt: Date.now() - 1 });
}

const lastPath = (link: unknown) => String(link).split('/').pop();

test('/feed pause stops posts, /feed list says who paused it, and /feed resume brings the posts back at the next tick', async () => {
  const s = await startFeedBotWorld();
  const { fake, site } = s;
  const admin = { user: fake.users.admin };
  try {
    site.publish('desk', { id: 'one', published: new Date(Date.now() - 5 * MINUTE) });
    await fake
      .slashCommand('feed add', { url: `${site.url}/gen/desk.xml`, channel: fake.channels.news }, admin)
      .reply();
    await s.bot.scheduler.tick();
    assert.equal(fake.botPosts(fake.channels.news).length, 1);
    const [subscription] = await s.bot.services.subscriptions.inGuild(fake.guildId);

    const paused = await fake.slashCommand('feed pause', { subscription: subscription!.id }, admin).reply();
    assert.match(paused.content, /Paused \*\*Generated desk/);
    const listed = await fake.slashCommand('feed list', {}, admin).reply();
    assert.match(listed.embeds[0]!.description ?? '', new RegExp(`\\*\\*paused\\*\\* by <@${fake.users.admin.id}>`));

    site.publish('desk', { id: 'two', published: new Date(Date.now() - MINUTE) });
    await intervalPasses(s, subscription!.id);
    await s.bot.scheduler.tick();
    assert.equal(fake.botPosts(fake.channels.news).length, 1, 'a paused feed is not checked');
    assert.equal(site.hits('/gen/desk.xml').length, 2, 'only the add and the first tick fetched it');

    const resumed = await fake.slashCommand('feed resume', { subscription: subscription!.id }, admin).reply();
    assert.match(resumed.content, /Resumed/);
    await s.bot.scheduler.tick();
    assert.deepEqual(
      fake.botPosts(fake.channels.news).map((post) => lastPath(post.embeds[0]?.url)),
      ['one', 'two'],
    );
    const again = await fake.slashCommand('feed resume', { subscription: subscription!.id }, admin).reply();
    assert.match(again.content, /isn't paused/);
    assert.deepEqual(fake.violations, []);
  } finally {
    await s.close();
  }
});

test('an automatic pause after failures is told apart in /feed list and ended by /feed resume', async () => {
  const s = await startFeedBotWorld();
  const { fake, site } = s;
  const admin = { user: fake.users.admin };
  try {
    site.publish('flaky', { id: 'one', published: new Date(Date.now() - 5 * MINUTE) });
    await fake
      .slashCommand('feed add', { url: `${site.url}/gen/flaky.xml`, channel: fake.channels.news }, admin)
      .reply();
    const [subscription] = await s.bot.services.subscriptions.inGuild(fake.guildId);
    await s.bot.services.subscriptions.update(subscription!.id, { paused: true, failures: 3, lastError: 'boom' });
    const listed = await fake.slashCommand('feed list', {}, admin).reply();
    assert.match(listed.embeds[0]!.description ?? '', /\*\*paused automatically\*\* after 3 failed checks/);
    await fake.slashCommand('feed resume', { subscription: subscription!.id }, admin).reply();
    const stored = (await s.bot.services.subscriptions.get(subscription!.id))!;
    assert.equal(stored.paused, false);
    assert.equal(stored.failures, 0);
    await s.bot.scheduler.tick();
    assert.equal(fake.botPosts(fake.channels.news).length, 1);
  } finally {
    await s.close();
  }
});

test('/feed edit changes the filter (only what is given), refuses a bad pattern, and the next items follow the new filter', async () => {
  const s = await startFeedBotWorld();
  const { fake, site } = s;
  const admin = { user: fake.users.admin };
  try {
    site.publish('wire', { id: 'start', published: new Date(Date.now() - 5 * MINUTE) });
    await fake
      .slashCommand('feed add', { url: `${site.url}/gen/wire.xml`, channel: fake.channels.news, every: 30 }, admin)
      .reply();
    await s.bot.scheduler.tick();
    const [subscription] = await s.bot.services.subscriptions.inGuild(fake.guildId);

    const edited = await fake
      .slashCommand('feed edit', { subscription: subscription!.id, include: 'harbor' }, admin)
      .reply();
    assert.match(edited.content, /every 30 min · cards/, 'the interval it was not asked to change stays');
    assert.match(edited.content, /Filter: only: harbor/);

    const bad = await fake
      .slashCommand('feed edit', { subscription: subscription!.id, regex: '(a+)+$' }, admin)
      .reply();
    assert.match(bad.content, /filter pattern/);
    const nothing = await fake.slashCommand('feed edit', { subscription: subscription!.id }, admin).reply();
    assert.match(nothing.content, /Nothing to change/);
    const tooOften = await fake.slashCommand('feed edit', { subscription: subscription!.id, every: 1 }, admin).reply();
    assert.match(tooOften.content, /at most every/);

    site.publish('wire', { id: 'ships', title: 'Harbor reopens', published: new Date(Date.now() - 2 * MINUTE) });
    site.publish('wire', { id: 'bread', title: 'Bakery prices', published: new Date(Date.now() - MINUTE) });
    await intervalPasses(s, subscription!.id);
    await s.bot.scheduler.tick();
    assert.deepEqual(
      fake.botPosts(fake.channels.news).map((post) => lastPath(post.embeds[0]?.url)),
      ['start', 'ships'],
    );
    assert.deepEqual(fake.violations, []);
  } finally {
    await s.close();
  }
});
