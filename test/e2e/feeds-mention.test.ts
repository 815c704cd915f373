import assert from 'node:assert/strict';
import { test } from 'node:test';
import { startFeedBotWorld } from '../helpers/feeds/bot-world.js';

// A role pinged per subscription, through the real bot and the fake Discord, which applies
// allowed_mentions the way Discord does (test/helpers/fake-discord/mentions.ts).

const MINUTE = 60_000;
const POST_PATH = /^\/channels\/\d+\/messages$/;

test('a subscription with a role pings that role only; one without pings nobody; "@everyone" in a feed pings nobody', async () => {
  const s = await startFeedBotWorld();
  const { fake, site } = s;
  const admin = { user: fake.users.admin };
  const alerts = fake.addRole({ name: 'news-alerts', mentionable: true });
  try {
    site.publish('loud', {
      id: 'one',
      title: '@everyone @here FREE NITRO <@&1>',
      published: new Date(Date.now() - MINUTE),
    });
    site.publish('quiet', { id: 'two', title: '@everyone look at this', published: new Date(Date.now() - MINUTE) });
    const added = await fake
      .slashCommand(
        'feed add',
        { url: `${site.url}/gen/loud.xml`, channel: fake.channels.news, mention: alerts.id },
        admin,
      )
      .reply();
    assert.match(added.content, new RegExp(`Each post pings <@&${alerts.id}>`));
    assert.equal(added.pinged, false, 'the answer names the role without pinging it');
    assert.doesNotMatch(added.content, /isn't mentionable/, 'a mentionable role needs no warning');
    await fake
      .slashCommand('feed add', { url: `${site.url}/gen/quiet.xml`, channel: fake.channels.other }, admin)
      .reply();
    const listed = await fake.slashCommand('feed list', {}, admin).reply();
    assert.match(listed.embeds[0]!.description ?? '', new RegExp(`pings <@&${alerts.id}>`));
    assert.equal(listed.pinged, false);

    await s.bot.scheduler.tick();
    const [loud] = fake.botPosts(fake.channels.news);
    assert.equal(loud!.content, `<@&${alerts.id}>`);
    assert.deepEqual(loud!.allowedMentions, { parse: [], roles: [alerts.id] });
    assert.deepEqual(loud!.mentionRoles, [alerts.id]);
    assert.equal(loud!.mentionEveryone, false, "the feed's @everyone does not ping");
    assert.deepEqual(loud!.mentions, []);
    const [quiet] = fake.botPosts(fake.channels.other);
    assert.equal(quiet!.pinged, false, 'no role configured: nobody is pinged');
    assert.deepEqual(quiet!.allowedMentions, { parse: [] });

    // Discord is down for the next post: the entry waits in the outbox and its replay pings the same role.
    const [subscription] = (await s.bot.services.subscriptions.inGuild(fake.guildId)).filter(
      (sub) => sub.channelId === fake.channels.news,
    );
    site.publish('loud', { id: 'three', title: 'Second alert', published: new Date(Date.now()) });
    await s.bot.services.subscriptions.update(subscription!.id, { nextCheckAt: Date.now() - 1 });
    fake.failNext({ method: 'POST', path: POST_PATH }, { status: 502, count: 4 });
    await s.bot.scheduler.tick();
    assert.equal(fake.botPosts(fake.channels.news).length, 1, 'not posted while Discord fails');
    await s.restart();
    await s.bot.scheduler.tick();
    const replayed = fake.botPosts(fake.channels.news)[1]!;
    assert.equal(replayed.embeds[0]?.title?.includes('Second alert'), true);
    assert.deepEqual(replayed.mentionRoles, [alerts.id], 'the replay after a restart pings the same role');

    const cleared = await fake
      .slashCommand('feed edit', { subscription: subscription!.id, 'clear-mention': true }, admin)
      .reply();
    assert.doesNotMatch(cleared.content, /pings/);
    site.publish('loud', { id: 'four', title: 'Third', published: new Date(Date.now()) });
    await s.bot.services.subscriptions.update(subscription!.id, { nextCheckAt: Date.now() - 1 });
    await s.bot.scheduler.tick();
    assert.equal(fake.botPosts(fake.channels.news)[2]!.pinged, false, 'no role any more');
    assert.deepEqual(fake.violations, []);
  } finally {
    await s.close();
  }
});

test('the mention option refuses @everyone and warns about a role Discord would not ping', async () => {
  const s = await startFeedBotWorld();
  const { fake, site } = s;
  const admin = { user: fake.users.admin };
  const quietRole = fake.addRole({ name: 'quiet-role' });
  try {
    site.publish('desk', { id: 'one', published: new Date(Date.now() - MINUTE) });
    const everyone = await fake
      .slashCommand('feed add', { url: `${site.url}/gen/desk.xml`, mention: fake.guildId }, admin)
      .reply();
    assert.match(everyone.content, /never ping @everyone/);
    assert.equal((await s.bot.services.subscriptions.inGuild(fake.guildId)).length, 0);
    const warned = await fake
      .slashCommand('feed add', { url: `${site.url}/gen/desk.xml`, mention: quietRole.id }, admin)
      .reply();
    assert.match(warned.content, new RegExp(`<@&${quietRole.id}> isn't mentionable`));
    assert.equal(warned.pinged, false);
  } finally {
    await s.close();
  }
});
