import assert from 'node:assert/strict';
import { test } from 'node:test';
import { startFeedBotWorld } from '../helpers/feeds/bot-world.js';

// /feed through the real bot and the fake Discord. The test drives ticks itself: the world stops the
// scheduler's cron heartbeat as soon as the bot starts.

test('/feed add answers with the feed title and newest item, and the scheduler posts it once, also across a restart', async () => {
  const s = await startFeedBotWorld();
  const { fake, site } = s;
  try {
    site.publish('desk', { id: 'one', published: new Date(Date.now() - 30 * 60_000) });
    site.publish('desk', { id: 'two', published: new Date(Date.now() - 5 * 60_000) });
    const added = await fake
      .slashCommand(
        'feed add',
        { url: `${site.url}/gen/desk.xml`, channel: fake.channels.news, every: 15 },
        { user: fake.users.admin },
      )
      .reply();
    assert.match(added.content, /Subscribed <#\d+> to \*\*Generated desk\*\*/);
    assert.match(added.content, /checked every 15 min/);
    assert.match(added.content, /Newest item: \[.*\(two\)\]/);

    await s.bot.scheduler.tick();
    const posts = fake.botPosts(fake.channels.news);
    assert.equal(posts.length, 1, 'only the newest item on the first check');
    assert.equal(posts[0]!.embeds[0]!.url, `${site.url}/news/desk/two`);

    await s.restart();
    await s.bot.scheduler.tick();
    assert.equal(fake.botPosts(fake.channels.news).length, 1, 'no duplicate after a restart');
    assert.deepEqual(fake.violations, []);
  } finally {
    await s.close();
  }
});

test('/feed add with a site page discovers its feed; list, autocomplete, test and remove work on it', async () => {
  const s = await startFeedBotWorld();
  const { fake, site } = s;
  const admin = { user: fake.users.admin, channelId: fake.channels.news };
  try {
    const added = await fake.slashCommand('feed add', { url: `${site.url}/ai/openai-aws-turn` }, admin).reply();
    assert.match(added.content, /Insights — AI/);
    assert.match(added.content, /OpenAI’s AWS turn/);

    const listed = await fake.slashCommand('feed list', {}, admin).reply();
    const listing = listed.embeds.map((embed) => embed.description).join('\n');
    assert.match(listing, /Insights — AI/);
    assert.match(listing, new RegExp(`<#${fake.channels.news}>`));
    assert.match(listing, /every 10 min · cards · last check never · last post never · failures 0/);

    const suggest = fake.autocomplete('feed remove', { subscription: 'insi' }, 'subscription', admin);
    const choices = (await suggest.acknowledged()).data.choices as { name: string; value: string }[];
    assert.equal(choices.length, 1);
    assert.match(choices[0]!.name, /Insights — AI/);

    const preview = await fake.slashCommand('feed test', { subscription: choices[0]!.value }, admin).reply();
    assert.equal(preview.embeds.length, 1);
    assert.equal(fake.botPosts(fake.channels.news).length, 0, '/feed test posts nothing in the channel');

    const removed = await fake.slashCommand('feed remove', { subscription: choices[0]!.value }, admin).reply();
    assert.match(removed.content, /Removed/);
    const empty = await fake.slashCommand('feed list', {}, admin).reply();
    assert.match(empty.embeds[0]!.description ?? '', /No feeds yet/);
    assert.deepEqual(fake.violations, []);
  } finally {
    await s.close();
  }
});

test('/feed refuses members without Manage Server, and says why a bad address fails', async () => {
  const s = await startFeedBotWorld();
  const { fake, site } = s;
  try {
    const refused = await fake
      .slashCommand('feed add', { url: `${site.url}/feed.xml` }, { user: fake.users.member })
      .reply();
    assert.match(refused.content, /Only members who can manage this server/);
    assert.equal(await s.bot.services.subscriptions.inGuild(fake.guildId).then((list) => list.length), 0);

    const missing = await fake
      .slashCommand('feed add', { url: `${site.url}/no-such-page` }, { user: fake.users.admin })
      .reply();
    assert.match(missing.content, /answered 404/);
    const notFeed = await fake
      .slashCommand('feed add', { url: `${site.url}/cloud/bedrock-adds-model-providers` }, { user: fake.users.admin })
      .reply();
    assert.match(notFeed.content, /Couldn't find a news feed/, 'a page that links no feed');
    const badPattern = await fake
      .slashCommand('feed add', { url: `${site.url}/feed.xml`, regex: '(a+)+$' }, { user: fake.users.admin })
      .reply();
    assert.match(badPattern.content, /filter pattern/);
  } finally {
    await s.close();
  }
});
