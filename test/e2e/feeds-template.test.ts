import assert from 'node:assert/strict';
import { test } from 'node:test';
import { type FeedBotWorld, startFeedBotWorld } from '../helpers/feeds/bot-world.js';

// Templates through the real bot and the fake Discord: saved by /feed add and /feed edit, shown by
// /feed list and /feed test, and used by the scheduler's posts.

const MINUTE = 60_000;

/** The feed's interval has passed (the bot runs on the real clock; its next check is moved instead). */
async function intervalPasses(s: FeedBotWorld, id: string): Promise<void> {
  await s.bot.services.subscriptions.update(id, { nextCheckAt: Date.now() - 1 });
}

test('a subscription with a template posts its text, embed parts and colour; feed text in it stays inert', async () => {
  const s = await startFeedBotWorld();
  const { fake, site } = s;
  const admin = { user: fake.users.admin };
  const alerts = fake.addRole({ name: 'news-alerts', mentionable: true });
  try {
    const hostile = '@everyone [x](https://evil.example) <@123> # heading';
    site.publish('wire', { id: 'one', title: hostile, published: new Date(Date.now() - MINUTE) });
    const added = await fake
      .slashCommand(
        'feed add',
        {
          url: `${site.url}/gen/wire.xml`,
          channel: fake.channels.news,
          'template-text': '**New** in {feed}: {title} @here',
          'template-title': '📰 {title}',
          'template-footer': '{reading_time} · via {feed}',
          color: '#5865F2',
          mention: alerts.id,
        },
        admin,
      )
      .reply();
    assert.match(added.content, /Each post uses your template/);
    const listed = await fake.slashCommand('feed list', {}, admin).reply();
    assert.match(listed.embeds[0]!.description ?? '', /custom template/);

    const [subscription] = await s.bot.services.subscriptions.inGuild(fake.guildId);
    const preview = await fake.slashCommand('feed test', { subscription: subscription!.id }, admin).reply();
    assert.match(preview.content, /will look like this:\n\*\*New\*\* in /, '/feed test shows the template text');
    assert.match(preview.embeds[0]!.title ?? '', /^📰 /);
    assert.equal(preview.embeds[0]!.color, 0x5865f2);
    assert.equal(fake.botPosts(fake.channels.news).length, 0, '/feed test posts nothing in the channel');

    await s.bot.scheduler.tick();
    const [post] = fake.botPosts(fake.channels.news);
    assert.ok(post, 'posted');
    assert.match(
      post.content,
      new RegExp(`^<@&${alerts.id}> \\*\\*New\\*\\* in .+: .+ @here$`),
      'the role ping opens the text',
    );
    assert.match(
      post.embeds[0]!.title ?? '',
      /^📰 @\u200beveryone \\\[x\\\]\(https:\/\/evil\.example\) <\u200b@\u200b123>/,
    );
    assert.match(post.embeds[0]!.footer?.text ?? '', /^\d+ min read · via /);
    assert.equal(post.embeds[0]!.color, 0x5865f2);
    assert.ok(post.embeds[0]!.fields?.length, "the card's fields stay");
    assert.deepEqual(post.mentionRoles, [alerts.id], 'only the subscription’s role is pinged');
    assert.deepEqual(post.mentions, []);
    assert.equal(post.mentionEveryone, false, "neither the feed's @everyone nor the template's @here pings");
    assert.deepEqual(post.allowedMentions, { parse: [], roles: [alerts.id] });
    assert.doesNotMatch(post.content, /@everyone|<@123>/);
    assert.deepEqual(fake.violations, []);
  } finally {
    await s.close();
  }
});

test('/feed edit refuses an unknown placeholder with the reason, then text-only mode posts no embed', async () => {
  const s = await startFeedBotWorld();
  const { fake, site } = s;
  const admin = { user: fake.users.admin };
  try {
    site.publish('desk', { id: 'start', published: new Date(Date.now() - 5 * MINUTE) });
    await fake
      .slashCommand('feed add', { url: `${site.url}/gen/desk.xml`, channel: fake.channels.news }, admin)
      .reply();
    await s.bot.scheduler.tick();
    const [subscription] = await s.bot.services.subscriptions.inGuild(fake.guildId);
    assert.equal(fake.botPosts(fake.channels.news)[0]?.embeds.length, 1, 'no template: the card');

    const refused = await fake
      .slashCommand('feed edit', { subscription: subscription!.id, 'template-text': 'Read {titel}' }, admin)
      .reply();
    assert.match(
      refused.content,
      /^Sorry, I can't save that template\. In the message text: `\{titel\}` isn't a placeholder I know\. Did you mean `\{title\}`\?/,
    );
    assert.equal(refused.pinged, false);
    assert.equal((await s.bot.services.subscriptions.get(subscription!.id))?.template, undefined, 'nothing saved');
    const tooLong = await fake
      .slashCommand(
        'feed edit',
        { subscription: subscription!.id, 'template-footer': `${'x'.repeat(1900)} {summary}` },
        admin,
      )
      .reply();
    assert.match(tooLong.content, /footer could reach 2101 characters, and 2048 fit there/);

    const edited = await fake
      .slashCommand(
        'feed edit',
        { subscription: subscription!.id, 'template-text': '{title} — {link}', 'text-only': true },
        admin,
      )
      .reply();
    assert.match(edited.content, /custom template \(text only\)/);
    site.publish('desk', { id: 'next', title: 'Ferry timetable changes', published: new Date(Date.now() - MINUTE) });
    await intervalPasses(s, subscription!.id);
    await s.bot.scheduler.tick();
    const post = fake.botPosts(fake.channels.news)[1];
    assert.ok(post, 'posted');
    assert.deepEqual(post.embeds, [], 'text only: no embed');
    assert.match(post.content, /^Ferry timetable changes — http:\/\/.+\/news\/desk\/next$/);
    const preview = await fake.slashCommand('feed test', { subscription: subscription!.id }, admin).reply();
    assert.deepEqual(preview.embeds, []);
    assert.match(preview.content, /looks like this:\nFerry timetable changes — http/);

    const cleared = await fake
      .slashCommand('feed edit', { subscription: subscription!.id, 'clear-template': true }, admin)
      .reply();
    assert.doesNotMatch(cleared.content, /custom template/);
    assert.equal((await s.bot.services.subscriptions.get(subscription!.id))?.template, undefined);
    assert.deepEqual(fake.violations, []);
  } finally {
    await s.close();
  }
});

test('a template given with mode:digest is kept, and the answer says digests keep their own layout', async () => {
  const s = await startFeedBotWorld();
  const { fake, site } = s;
  const admin = { user: fake.users.admin };
  try {
    site.publish('roundup', { id: 'one', published: new Date(Date.now() - MINUTE) });
    const added = await fake
      .slashCommand(
        'feed add',
        { url: `${site.url}/gen/roundup.xml`, mode: 'digest', every: 60, 'template-title': '{title}' },
        admin,
      )
      .reply();
    assert.match(added.content, /digests keep their own layout/);
    const [subscription] = await s.bot.services.subscriptions.inGuild(fake.guildId);
    assert.deepEqual(subscription?.template, { title: '{title}' });
  } finally {
    await s.close();
  }
});
