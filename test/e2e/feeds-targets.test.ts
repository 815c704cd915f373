import assert from 'node:assert/strict';
import { test } from 'node:test';
import { MessageFlags, PermissionFlagsBits as P } from 'discord.js';
import { FORUM_TAG_NAMES, type RecordedRequest } from '../helpers/fake-discord/index.js';
import { startFeedBotWorld } from '../helpers/feeds/bot-world.js';

// Where a post lands, through the real bot and the fake Discord: webhooks, forum posts, threads
// and crossposts (test/helpers/fake-discord/channel-webhooks.ts, threads.ts, rest-threads.ts).

const MINUTE = 60_000;
const WITH_WEBHOOKS = { botPermissions: P.ManageMessages | P.ManageWebhooks };
const executes = (requests: RecordedRequest[]) =>
  requests.filter((request) => request.method === 'POST' && /^\/webhooks\/\d+\/[^/]+$/.test(request.path));

test('as:webhook posts each item through one webhook per channel, under the feed title and site icon; a deleted webhook is made again', async () => {
  const s = await startFeedBotWorld({ discord: WITH_WEBHOOKS });
  const { fake, site } = s;
  const admin = { user: fake.users.admin };
  try {
    site.publish('wire', { id: 'one', published: new Date(Date.now() - 3 * MINUTE) });
    const added = await fake
      .slashCommand('feed add', { url: `${site.url}/gen/wire.xml`, channel: fake.channels.news, as: 'webhook' }, admin)
      .reply();
    assert.match(added.content, /as webhook “Generated wire”/);

    await s.bot.scheduler.tick();
    const [first] = fake.messages(fake.channels.news);
    assert.ok(first?.webhookId, 'posted through a webhook');
    assert.equal(first.author.username, 'Generated wire', "the feed's title");
    assert.equal(first.avatarUrl, `${site.url}/favicon.ico`, "the site's icon (the feed has no image)");
    assert.equal(first.embeds[0]?.url, `${site.url}/news/wire/one`);
    const [hook] = fake.webhooks(fake.channels.news);
    assert.equal(first.webhookId, hook?.id);
    assert.ok(
      executes(fake.requests).every((request) => request.query.wait === 'true'),
      'executed with wait=true: Discord confirms the message',
    );

    // Someone deletes the webhook: the next post makes a new one and goes through it.
    fake.deleteWebhook(hook!.id);
    site.publish('wire', { id: 'two', published: new Date(Date.now() - MINUTE) });
    for (const subscription of await s.bot.services.subscriptions.all())
      await s.bot.services.subscriptions.update(subscription.id, { nextCheckAt: Date.now() - 1 });
    await s.bot.scheduler.tick();
    const posts = fake.messages(fake.channels.news);
    assert.equal(posts.length, 2, 'the second item is posted once');
    const [again] = fake.webhooks(fake.channels.news);
    assert.ok(again && again.id !== hook!.id, 'a new webhook');
    assert.equal(posts[1]?.webhookId, again.id);
    const failed = executes(fake.requests).filter((request) => request.status === 404);
    assert.equal(failed.length, 1, 'Unknown Webhook once, then the retry through the new webhook');
    assert.deepEqual(fake.violations, []);
  } finally {
    await s.close();
  }
});

test('/feed add as:webhook without Manage Webhooks says it falls back, and posts as the bot', async () => {
  const s = await startFeedBotWorld();
  const { fake, site } = s;
  try {
    site.publish('plain', { id: 'one', published: new Date(Date.now() - MINUTE) });
    const added = await fake
      .slashCommand(
        'feed add',
        { url: `${site.url}/gen/plain.xml`, channel: fake.channels.news, as: 'webhook' },
        { user: fake.users.admin },
      )
      .reply();
    assert.match(added.content, /can't manage webhooks in <#\d+>, so I'll post as myself/);
    await s.bot.scheduler.tick();
    const [post] = fake.messages(fake.channels.news);
    assert.equal(post?.author.id, fake.botUserId);
    assert.equal(post?.webhookId, undefined);
    assert.deepEqual(fake.violations, []);
  } finally {
    await s.close();
  }
});

test('in a forum each item is a forum post titled by the article, with the tags its categories match (at most 5)', async () => {
  const s = await startFeedBotWorld();
  const { fake, site } = s;
  try {
    const item = site.publish('desk', {
      id: 'one',
      title: `${'Long headline '.repeat(10)}end`,
      published: new Date(Date.now() - MINUTE),
      categories: ['science', 'TECH', 'Cooking', ...FORUM_TAG_NAMES.map((name) => name.toLowerCase())],
    });
    const added = await fake
      .slashCommand(
        'feed add',
        { url: `${site.url}/gen/desk.xml`, channel: fake.channels.forum },
        { user: fake.users.admin },
      )
      .reply();
    assert.match(added.content, /Posts: forum posts/);
    const tested = await fake
      .slashCommand(
        'feed test',
        { subscription: (await s.bot.services.subscriptions.all())[0]!.id },
        { user: fake.users.admin },
      )
      .reply();
    assert.match(tested.content, /would be a forum post titled “Long headline/);

    await s.bot.scheduler.tick();
    const [post] = fake.threads(fake.channels.forum);
    assert.ok(post, 'one forum post');
    assert.equal([...post.name].length, 100, 'the title cut to 100');
    assert.ok(item.title.startsWith(post.name.slice(0, 90)));
    const forum = fake.messages(post.id);
    assert.equal(forum.length, 1);
    assert.equal(forum[0]?.id, post.id, "the post's first message has the thread's id");
    assert.equal(forum[0]?.embeds[0]?.url, `${site.url}/news/desk/one`);
    assert.equal(post.appliedTags?.length, 5, 'six tags match; a post takes five');
    assert.deepEqual(fake.messages(fake.channels.forum), [], 'no message in the forum itself');
    assert.deepEqual(fake.violations, []);
  } finally {
    await s.close();
  }
});

test('thread:true opens a thread named by the article on each text-channel post; publish:true crossposts in an announcement channel', async () => {
  const s = await startFeedBotWorld();
  const { fake, site } = s;
  const admin = { user: fake.users.admin };
  try {
    const talk = site.publish('talk', { id: 'one', published: new Date(Date.now() - MINUTE) });
    site.publish('wire', { id: 'two', published: new Date(Date.now() - MINUTE) });
    await fake
      .slashCommand('feed add', { url: `${site.url}/gen/talk.xml`, channel: fake.channels.news, thread: true }, admin)
      .reply();
    const refused = await fake
      .slashCommand('feed add', { url: `${site.url}/gen/wire.xml`, channel: fake.channels.news, publish: true }, admin)
      .reply();
    assert.match(refused.content, /`publish` only works in announcement channels/);
    await fake
      .slashCommand(
        'feed add',
        { url: `${site.url}/gen/wire.xml`, channel: fake.channels.announcements, publish: true },
        admin,
      )
      .reply();
    const listed = await fake.slashCommand('feed list', {}, admin).reply();
    assert.match(listed.embeds[0]?.description ?? '', /messages each with a thread/);
    assert.match(listed.embeds[0]?.description ?? '', /messages published to followers/);

    await s.bot.scheduler.tick();
    const [message] = fake.messages(fake.channels.news);
    assert.ok(message?.threadId, 'a thread on the post');
    const [thread] = fake.threads(fake.channels.news);
    assert.equal(thread?.id, message.id);
    assert.equal(thread?.name, talk.title);
    const [announced] = fake.messages(fake.channels.announcements);
    assert.ok(announced && announced.flags & MessageFlags.Crossposted, 'crossposted');
    assert.deepEqual(fake.violations, []);
  } finally {
    await s.close();
  }
});

test('/feed edit as:webhook name: moves later posts to the webhook under that name; a bad avatar is refused politely', async () => {
  const s = await startFeedBotWorld({ discord: WITH_WEBHOOKS });
  const { fake, site } = s;
  const admin = { user: fake.users.admin };
  try {
    site.publish('edit', { id: 'one', published: new Date(Date.now() - MINUTE) });
    await fake
      .slashCommand('feed add', { url: `${site.url}/gen/edit.xml`, channel: fake.channels.news }, admin)
      .reply();
    const [subscription] = await s.bot.services.subscriptions.all();
    const refused = await fake
      .slashCommand('feed edit', { subscription: subscription!.id, avatar: 'http://10.0.0.1/logo.png' }, admin)
      .reply();
    assert.match(refused.content, /avatar must be a public http\(s\) address/);
    const edited = await fake
      .slashCommand('feed edit', { subscription: subscription!.id, as: 'webhook', name: 'Edit desk' }, admin)
      .reply();
    assert.match(edited.content, /as webhook “Edit desk”/);
    await s.bot.scheduler.tick();
    const [post] = fake.messages(fake.channels.news);
    assert.equal(post?.author.username, 'Edit desk');
    assert.ok(post?.webhookId);
    assert.deepEqual(fake.violations, []);
  } finally {
    await s.close();
  }
});
