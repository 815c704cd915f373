import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { type HarnessOptions, startFeedHarness } from '../../../helpers/feeds/harness.js';
import { QUEUE_KINDS } from '../../../helpers/redis-queue.js';

const MINUTE = 60_000;

// Every behaviour holds on both queues: the in-process one and BullMQ on the test Redis.
for (const queue of QUEUE_KINDS) {
  describe(`${queue} queue`, () => {
    const start = (options: HarnessOptions = {}) => startFeedHarness({ ...options, queue });

    test('first check of the fixture RSS feed posts only the newest item, summarised from the full article', async () => {
      const h = await start();
      try {
        await h.subscribe({ feedUrl: `${h.site.url}/feed.xml` });
        const report = await h.scheduler.tick();
        assert.equal(report.posted, 1);
        assert.deepEqual(h.postedLinks(), [`${h.site.url}/ai/openai-aws-turn`]);
        const [message] = h.fake.messages(h.fake.channels.news);
        assert.match(message!.embeds[0]!.footer!.text, /full article/);
        assert.ok((message!.embeds[0]!.description ?? '').length > 40, 'the card has a summary');
        h.clock.advance(10 * MINUTE);
        assert.equal((await h.scheduler.tick()).posted, 0, 'nothing new: nothing posted');
        assert.equal(h.postedLinks().length, 1);
        assert.deepEqual(h.fake.violations, []);
      } finally {
        await h.close();
      }
    });

    test('Atom and JSON Feed fixtures resolve relative links against the feed URL', async () => {
      const h = await start();
      try {
        await h.subscribe({ feedUrl: `${h.site.url}/atom.xml`, channelId: h.fake.channels.news });
        await h.subscribe({ feedUrl: `${h.site.url}/feed.json`, channelId: h.fake.channels.other });
        await h.scheduler.tick();
        assert.deepEqual(h.postedLinks(h.fake.channels.news), [`${h.site.url}/ai/openai-aws-turn`]);
        assert.deepEqual(h.postedLinks(h.fake.channels.other), [`${h.site.url}/ai/openai-aws-turn`]);
      } finally {
        await h.close();
      }
    });

    test('a new item appearing later is posted once; an unchanged feed answers 304 and posts nothing', async () => {
      const h = await start();
      try {
        const start = h.clock.now();
        for (const [index, id] of ['a', 'b', 'c'].entries())
          h.site.publish('wire', { id, published: new Date(start - (3 - index) * 60 * MINUTE) });
        await h.subscribe({ feedUrl: `${h.site.url}/gen/wire.xml` });
        await h.scheduler.tick();
        assert.deepEqual(h.postedLinks(), [`${h.site.url}/news/wire/c`]);

        h.clock.advance(10 * MINUTE);
        h.site.publish('wire', { id: 'd', published: new Date(h.clock.now() - MINUTE) });
        await h.scheduler.tick();
        assert.deepEqual(h.postedLinks(), [`${h.site.url}/news/wire/c`, `${h.site.url}/news/wire/d`]);

        h.clock.advance(10 * MINUTE);
        const report = await h.scheduler.tick();
        assert.equal(report.notModified, 1);
        assert.ok(h.site.hits('/gen/wire.xml').at(-1)!['if-none-match'], 'the last check was conditional');
        assert.equal(h.postedLinks().length, 2);
      } finally {
        await h.close();
      }
    });

    test('a subscription is not checked before its interval is up', async () => {
      const h = await start();
      try {
        h.site.publish('slow', { id: 'a', published: new Date(h.clock.now() - MINUTE) });
        await h.subscribe({ feedUrl: `${h.site.url}/gen/slow.xml`, intervalMinutes: 30 });
        await h.scheduler.tick();
        h.clock.advance(29 * MINUTE);
        assert.equal((await h.scheduler.tick()).due, 0);
        h.clock.advance(MINUTE);
        assert.equal((await h.scheduler.tick()).due, 1);
        assert.equal(h.site.hits('/gen/slow.xml').length, 2);
      } finally {
        await h.close();
      }
    });

    test('more new items than the per-tick cap wait for the next ticks, oldest first, none dropped', async () => {
      const h = await start({ env: { FEED_MAX_POSTS_PER_TICK: '2' } });
      try {
        h.site.publish('busy', { id: 'old', published: new Date(h.clock.now() - 60 * MINUTE) });
        await h.subscribe({ feedUrl: `${h.site.url}/gen/busy.xml` });
        await h.scheduler.tick();
        for (const id of ['n1', 'n2', 'n3', 'n4', 'n5'])
          h.site.publish('busy', { id, published: new Date(h.clock.now() - 10 * MINUTE + Number(id[1]) * MINUTE) });
        h.clock.advance(10 * MINUTE);
        assert.equal((await h.scheduler.tick()).posted, 2);
        h.clock.advance(MINUTE);
        assert.equal((await h.scheduler.tick()).posted, 2, 'the rest come at the next tick, not the next interval');
        h.clock.advance(MINUTE);
        assert.equal((await h.scheduler.tick()).posted, 1);
        const links = h.postedLinks().map((link) => link.split('/').pop());
        assert.deepEqual(links, ['old', 'n1', 'n2', 'n3', 'n4', 'n5']);
      } finally {
        await h.close();
      }
    });

    test('items older than the maximum age are never posted, even when new to us', async () => {
      const h = await start();
      try {
        h.site.publish('ages', { id: 'first', published: new Date(h.clock.now() - MINUTE) });
        await h.subscribe({ feedUrl: `${h.site.url}/gen/ages.xml` });
        await h.scheduler.tick();
        h.site.publish('ages', { id: 'ancient', published: new Date(h.clock.now() - 4 * 24 * 60 * MINUTE) });
        h.site.publish('ages', { id: 'fresh', published: new Date(h.clock.now() - 2 * MINUTE) });
        h.clock.advance(10 * MINUTE);
        await h.scheduler.tick();
        assert.deepEqual(
          h.postedLinks().map((link) => link.split('/').pop()),
          ['first', 'fresh'],
        );
      } finally {
        await h.close();
      }
    });

    test('subscriptions of one feed in two channels share one fetch per tick', async () => {
      const h = await start();
      try {
        h.site.publish('shared', { id: 'x', published: new Date(h.clock.now() - MINUTE) });
        await h.subscribe({ feedUrl: `${h.site.url}/gen/shared.xml`, channelId: h.fake.channels.news });
        await h.subscribe({ feedUrl: `${h.site.url}/gen/shared.xml`, channelId: h.fake.channels.general });
        const report = await h.scheduler.tick();
        assert.equal(report.feeds, 1);
        assert.equal(h.site.hits('/gen/shared.xml').length, 1);
        assert.equal(h.postedLinks(h.fake.channels.news).length, 1);
        assert.equal(h.postedLinks(h.fake.channels.general).length, 1);
      } finally {
        await h.close();
      }
    });

    test('the same story from two subscriptions in one channel is posted once, with "Also covered by"', async () => {
      const h = await start();
      try {
        await h.subscribe({ feedUrl: `${h.site.url}/feed.xml`, initialized: true });
        await h.subscribe({ feedUrl: `${h.site.url}/feed.json`, initialized: true });
        await h.scheduler.tick();
        const links = h.postedLinks();
        assert.equal(links.filter((link) => link.endsWith('/ai/openai-aws-turn')).length, 1, 'posted once');
        const card = h.fake
          .messages(h.fake.channels.news)
          .find((message) => message.embeds[0]?.url?.endsWith('/ai/openai-aws-turn'))!.embeds[0]!;
        assert.ok(
          card.fields?.some((field) => field.name === 'Also covered by'),
          'names the other source',
        );
        assert.equal(new Set(links).size, links.length, 'no story twice');
      } finally {
        await h.close();
      }
    });

    test('include and exclude keywords decide which items are posted', async () => {
      const h = await start({ env: { FEED_MAX_ITEM_AGE_HOURS: String(24 * 60) } });
      try {
        await h.subscribe({
          feedUrl: `${h.site.url}/feed.xml`,
          initialized: true,
          filter: { include: ['openai', 'memory'], exclude: ['azure'] },
        });
        await h.scheduler.tick();
        const posted = h
          .postedLinks()
          .map((link) => new URL(link).pathname)
          .sort();
        assert.deepEqual(posted, ['/ai/openai-aws-turn', '/chips/hbm-supply-tightens']);
      } finally {
        await h.close();
      }
    });

    test('digest mode posts one message per check listing the new items instead of one card each', async () => {
      const h = await start();
      try {
        h.site.publish('digest', { id: 'seed', published: new Date(h.clock.now() - 90 * MINUTE) });
        await h.subscribe({
          feedUrl: `${h.site.url}/gen/digest.xml`,
          mode: 'digest',
          intervalMinutes: 60,
          initialized: true,
        });
        for (const id of ['d1', 'd2', 'd3'])
          h.site.publish('digest', { id, published: new Date(h.clock.now() - 10 * MINUTE) });
        await h.scheduler.tick();
        const messages = h.fake.messages(h.fake.channels.news);
        assert.equal(messages.length, 1);
        const text = messages[0]!.embeds[0]!.description ?? '';
        for (const id of ['seed', 'd1', 'd2', 'd3']) assert.ok(text.includes(`/news/digest/${id})`), id);
        h.clock.advance(60 * MINUTE);
        await h.scheduler.tick();
        assert.equal(h.fake.messages(h.fake.channels.news).length, 1, 'nothing new: no empty digest');
      } finally {
        await h.close();
      }
    });

    test("when the article page can't be read, the card is summarised from the feed's own text and says so", async () => {
      const h = await start();
      try {
        const item = h.site.publish('paywall', { id: 'locked', published: new Date(h.clock.now() - MINUTE) });
        h.site.fault(item.path, 'status-500');
        await h.subscribe({ feedUrl: `${h.site.url}/gen/paywall.xml` });
        await h.scheduler.tick();
        const [message] = h.fake.messages(h.fake.channels.news);
        assert.equal(message!.embeds[0]!.url, `${h.site.url}${item.path}`);
        assert.match(message!.embeds[0]!.footer!.text, /feed's own text/);
        assert.match(message!.embeds[0]!.description ?? '', /Reporters describe/);
      } finally {
        await h.close();
      }
    });

    test('ticks never overlap: a second tick asked for during the first runs after it', async () => {
      const h = await start();
      try {
        h.site.publish('once', { id: 'a', published: new Date(h.clock.now() - MINUTE) });
        await h.subscribe({ feedUrl: `${h.site.url}/gen/once.xml` });
        const [first, second] = await Promise.all([h.scheduler.tick(), h.scheduler.tick()]);
        assert.equal(first.due, 1);
        assert.equal(second.due, 0, 'the second saw the first one’s result');
        assert.equal(h.site.hits('/gen/once.xml').length, 1);
      } finally {
        await h.close();
      }
    });
  });
}
