import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Subscription } from '../../src/services/feeds/state/types.js';
import type { FeedFault } from '../helpers/feeds/feed-site.js';
import { startFeedHarness } from '../helpers/feeds/harness.js';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const POST_PATH = /^\/channels\/\d+\/messages$/;

const FAULTS: [FeedFault, RegExp][] = [
  ['status-500', /answered 500/],
  ['hang', /too long/],
  ['malformed', /couldn't be read/],
  ['huge', /too large/],
  ['entity-bomb', /couldn't be read/],
];

test('a feed that breaks (500, timeout, malformed XML, 20 MB, entity bomb) records the failure, posts nothing, and recovers', async () => {
  const h = await startFeedHarness();
  try {
    const subscriptions = [];
    for (const [fault] of FAULTS) {
      const name = String(fault);
      h.site.publish(name, { id: 'before', published: new Date(h.clock.now() - MINUTE) });
      subscriptions.push(
        await h.subscribe({ feedUrl: `${h.site.url}/gen/${name}.xml`, channelId: h.fake.channels.news, title: name }),
      );
    }
    await h.scheduler.tick();
    assert.equal(h.postedLinks().length, FAULTS.length);

    for (const [fault] of FAULTS) h.site.fault(`/gen/${String(fault)}.xml`, fault);
    h.clock.advance(10 * MINUTE);
    const broken = await h.scheduler.tick();
    assert.equal(broken.failed, FAULTS.length);
    for (const [index, [fault, message]] of FAULTS.entries()) {
      const stored: Subscription = (await h.services.subscriptions.get(subscriptions[index]!.id))!;
      assert.equal(stored.failures, 1, String(fault));
      assert.match(stored.lastError ?? '', message, String(fault));
      assert.ok(stored.nextCheckAt > h.clock.now(), 'backs off');
    }
    assert.equal(h.postedLinks().length, FAULTS.length, 'nothing posted while broken');

    for (const [fault] of FAULTS) {
      h.site.fault(`/gen/${String(fault)}.xml`, undefined);
      h.site.publish(String(fault), { id: 'after', published: new Date(h.clock.now()) });
    }
    h.clock.advance(HOUR);
    await h.scheduler.tick();
    assert.equal(
      h.postedLinks().filter((link) => link.endsWith('/after')).length,
      FAULTS.length,
      'each recovered feed posts its new item',
    );
    for (const subscription of subscriptions)
      assert.equal((await h.services.subscriptions.get(subscription.id))!.failures, 0);
    assert.deepEqual(h.fake.violations, []);
  } finally {
    await h.close();
  }
});

test('after 10 failures in a row a subscription is paused and the channel is told once', async () => {
  const h = await startFeedHarness();
  try {
    h.site.publish('dead', { id: 'x', published: new Date(h.clock.now()) });
    const subscription = await h.subscribe({
      feedUrl: `${h.site.url}/gen/dead.xml`,
      title: 'Dead Feed',
      initialized: true,
    });
    h.site.fault('/gen/dead.xml', 'status-500');
    for (let i = 0; i < 14; i++) {
      await h.scheduler.tick();
      h.clock.advance(7 * HOUR);
    }
    const stored = (await h.services.subscriptions.get(subscription.id))!;
    assert.equal(stored.paused, true);
    assert.equal(stored.failures, 10);
    assert.equal(h.site.hits('/gen/dead.xml').length, 10, 'a paused feed is not fetched');
    const notices = h.fake.messages(h.fake.channels.news).filter((message) => /Stopped checking/.test(message.content));
    assert.equal(notices.length, 1);
    assert.match(notices[0]!.content, /Dead Feed/);
    assert.match(notices[0]!.content, /answered 500/);
  } finally {
    await h.close();
  }
});

test("a feed's 429 with Retry-After is honoured before the next check", async () => {
  const h = await startFeedHarness();
  try {
    const subscription = await h.subscribe({ feedUrl: `${h.site.url}/gen/busy.xml` });
    h.site.fault('/gen/busy.xml', { status: 429, retryAfter: '7200' });
    await h.scheduler.tick();
    assert.ok((await h.services.subscriptions.get(subscription.id))!.nextCheckAt >= h.clock.now() + 2 * HOUR);
    h.clock.advance(HOUR);
    await h.scheduler.tick();
    assert.equal(h.site.hits('/gen/busy.xml').length, 1, 'not asked again within the hour it asked for');
  } finally {
    await h.close();
  }
});

test('a 429 storm from Discord delays posts; every item still arrives exactly once', async () => {
  const h = await startFeedHarness();
  try {
    for (const id of ['a', 'b', 'c']) h.site.publish('storm', { id, published: new Date(h.clock.now() - MINUTE) });
    await h.subscribe({ feedUrl: `${h.site.url}/gen/storm.xml`, initialized: true });
    h.fake.failNext({ method: 'POST', path: POST_PATH }, { status: 429, retryAfter: 0.2, count: 6 });
    const report = await h.scheduler.tick();
    assert.equal(report.posted, 3);
    assert.deepEqual(
      h.postedLinks().map((link) => link.split('/').pop()),
      ['a', 'b', 'c'],
    );
    assert.ok(h.fake.requests.filter((request) => request.status === 429).length >= 6);
    assert.deepEqual(
      h.fake.violations.filter((violation) => !/429/.test(violation)),
      [],
    );
  } finally {
    await h.close();
  }
});

test('Discord answering 5xx leaves the posts in the outbox; the next tick posts each once, in order', async () => {
  const h = await startFeedHarness();
  try {
    for (const id of ['a', 'b', 'c']) h.site.publish('outage', { id, published: new Date(h.clock.now() - MINUTE) });
    await h.subscribe({ feedUrl: `${h.site.url}/gen/outage.xml`, initialized: true });
    // @discordjs/rest tries a 5xx four times (three retries), then gives up.
    h.fake.failNext({ method: 'POST', path: POST_PATH }, { status: 502, count: 4 });
    const first = await h.scheduler.tick();
    assert.equal(first.postsFailed, 1);
    assert.equal(h.postedLinks().length, 0);
    h.clock.advance(MINUTE);
    const second = await h.scheduler.tick();
    assert.equal(second.replayed, 3);
    assert.deepEqual(
      h.postedLinks().map((link) => link.split('/').pop()),
      ['a', 'b', 'c'],
    );
    h.clock.advance(10 * MINUTE);
    await h.scheduler.tick();
    assert.equal(h.postedLinks().length, 3, 'nothing doubles later');
  } finally {
    await h.close();
  }
});
