import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Subscription } from '../../src/services/feeds/state/types.js';
import { startFeedBotWorld } from '../helpers/feeds/bot-world.js';

// /feed export and /feed import through the real bot and the fake Discord, the file going through
// the fake's CDN as it would through Discord's.

const MINUTE = 60_000;

/** What a member would call "the same subscription" in another server: everything but ids and channels. */
const settingsOf = (subscription: Subscription) => ({
  feedUrl: subscription.feedUrl,
  title: subscription.title,
  intervalMinutes: subscription.intervalMinutes,
  mode: subscription.mode,
  filter: subscription.filter,
});

test('/feed export then /feed import into a second server gives the same subscriptions; importing again changes nothing', async () => {
  const first = await startFeedBotWorld();
  const second = await startFeedBotWorld({ site: first.site });
  const { site } = first;
  try {
    site.publish('desk', { id: 'one', published: new Date(Date.now() - MINUTE) });
    site.publish('wire', { id: 'two', title: 'Harbor ferry returns', published: new Date(Date.now() - MINUTE) });
    const admin = { user: first.fake.users.admin };
    await first.fake.slashCommand('feed add', { url: `${site.url}/gen/desk.xml`, every: 30 }, admin).reply();
    await first.fake
      .slashCommand(
        'feed add',
        {
          url: `${site.url}/gen/wire.xml`,
          mode: 'digest',
          include: 'harbor, "quoted" & <angled>',
          regex: 'ferry|port',
        },
        admin,
      )
      .reply();

    const exported = await first.fake.slashCommand('feed export', {}, admin).reply();
    assert.equal(exported.ephemeral, true);
    assert.match(exported.content, /2 feeds as OPML/);
    assert.equal(exported.attachments.length, 1);
    const file = first.fake.file(exported.attachments[0]!.id)!;
    assert.equal(file.filename, 'newsdesk-feeds.opml');
    assert.match(file.data.toString('utf8'), /^<\?xml version="1.0" encoding="UTF-8"\?>\n<opml version="2.0"/);

    const upload = second.fake.upload({ filename: 'feeds.opml', content: file.data, contentType: 'text/xml' });
    const secondAdmin = { user: second.fake.users.admin, channelId: second.fake.channels.news };
    const imported = await second.fake.slashCommand('feed import', { file: upload }, secondAdmin).reply();
    assert.match(imported.content, /Imported 2 feeds: 2 subscribed, 0 already there, 0 not added/);
    assert.match(imported.content, new RegExp(`✅ \\*\\*Generated desk\\*\\* → <#${second.fake.channels.news}>`));

    const before = (await first.bot.services.subscriptions.inGuild(first.fake.guildId)).map(settingsOf);
    const after = await second.bot.services.subscriptions.inGuild(second.fake.guildId);
    assert.deepEqual(after.map(settingsOf), before);
    assert.ok(
      after.every((subscription) => subscription.channelId === second.fake.channels.news),
      "the first server's channels don't exist here: the feeds go where the import was run",
    );

    const again = await second.fake.slashCommand('feed import', { file: upload }, secondAdmin).reply();
    assert.match(again.content, /0 subscribed, 2 already there/);
    assert.equal((await second.bot.services.subscriptions.inGuild(second.fake.guildId)).length, 2);

    await second.bot.scheduler.tick();
    assert.equal(second.fake.botPosts(second.fake.channels.news).length, 2, 'the imported feeds post');
    assert.deepEqual(first.fake.violations, []);
    assert.deepEqual(second.fake.violations, []);
  } finally {
    await second.close();
    await first.close();
  }
});

test('/feed import answers clearly for an oversized file, a file that is not OPML, and outlines it cannot add', async () => {
  const s = await startFeedBotWorld();
  const { fake, site } = s;
  const admin = { user: fake.users.admin };
  const importing = (content: string | Buffer, contentType = 'text/xml') =>
    fake
      .slashCommand('feed import', { file: fake.upload({ filename: 'feeds.opml', content, contentType }) }, admin)
      .reply();
  try {
    const huge = await importing(Buffer.alloc(6 * 1024 * 1024, 0x20));
    assert.match(huge.content, /That file is 6144 KB; I read OPML files up to 5120 KB\./);
    const rss = await importing('<?xml version="1.0"?><rss version="2.0"><channel><title>x</title></channel></rss>');
    assert.match(rss.content, /That file isn't an OPML list of feeds/);
    const broken = await importing('this is not xml at all');
    assert.match(broken.content, /isn't an OPML list of feeds/);
    const binary = await importing('<opml/>', 'application/octet-stream');
    assert.match(binary.content, /Discord serves that file as application\/octet-stream/);
    const empty = await importing('<opml version="2.0"><head/><body><outline text="Folder"/></body></opml>');
    assert.match(empty.content, /lists no feeds/);

    site.publish('desk', { id: 'one', published: new Date(Date.now() - MINUTE) });
    const mixed = await importing(
      [
        '<opml version="1.0"><body><outline text="News">',
        `<outline text="Desk" xmlUrl="${site.url}/gen/desk.xml"/>`,
        `<outline text="Gone" xmlUrl="${site.url}/no-such-feed.xml"/>`,
        '<outline text="Private" xmlUrl="http://169.254.169.254/latest/meta-data"/>',
        `<outline text="Bad filter" xmlUrl="${site.url}/gen/desk.xml" xmlns:newsdesk="x" newsdesk:regex="(a+)+$" newsdesk:channel="${fake.channels.other}"/>`,
        '</outline></body></opml>',
      ].join(''),
    );
    assert.match(mixed.content, /Imported 4 feeds: 1 subscribed, 0 already there, 3 not added/);
    assert.match(mixed.content, /✅ \*\*Desk\*\*/);
    assert.match(mixed.content, /❌ \*\*Gone\*\* \(<.*no-such-feed.xml>\): The site answered 404\./);
    assert.match(mixed.content, /❌ \*\*Private\*\* .*: That address isn't allowed/);
    assert.match(mixed.content, /❌ \*\*Bad filter\*\* .*filter pattern/);
    assert.equal((await s.bot.services.subscriptions.inGuild(fake.guildId)).length, 1);
    assert.deepEqual(fake.violations, []);
  } finally {
    await s.close();
  }
});
