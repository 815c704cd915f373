import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { DeliveryHooks } from '../../src/services/feeds/deliver/delivery.js';
import { type FeedHarness, startFeedHarness } from '../helpers/feeds/harness.js';

// A story one channel already has, arriving later from another subscription: the earlier card is
// edited to name the new source instead of posting the story again.

const MINUTE = 60_000;
const STORY = {
  title: 'Harbor council approves the new ferry terminal budget',
  description:
    'The harbor council voted to fund a larger ferry terminal, doubling capacity for commuters by next summer.',
};
const EDIT_PATH = /^\/channels\/\d+\/messages\/\d+$/;

/** Feeds alpha, beta and gamma followed in one channel; alpha has the story, the others are empty. */
async function threeFeeds(hooks?: DeliveryHooks): Promise<FeedHarness> {
  const h = await startFeedHarness({ scheduler: { hooks } });
  h.site.publish('alpha', { id: 'story', published: new Date(h.clock.now() - 5 * MINUTE), ...STORY });
  for (const name of ['alpha', 'beta', 'gamma']) {
    h.site.feed(name);
    await h.subscribe({ feedUrl: `${h.site.url}/gen/${name}.xml`, initialized: true });
  }
  return h;
}

/** Publish the same story in another feed, a check interval later. */
function copyLater(h: FeedHarness, name: string): void {
  h.clock.advance(10 * MINUTE);
  h.site.publish(name, { id: `copy-of-story`, published: new Date(h.clock.now() - MINUTE), ...STORY });
}

const botMessages = (h: FeedHarness) => h.fake.botPosts(h.fake.channels.news);
const coveredBy = (h: FeedHarness) =>
  botMessages(h)[0]
    ?.embeds[0]?.fields?.find((field) => field.name === 'Also covered by')
    ?.value.split('\n') ?? [];
const edits = (h: FeedHarness) =>
  h.fake.requests.filter(
    (request) => request.method === 'PATCH' && EDIT_PATH.test(request.path) && request.status === 200,
  ).length;

test('a copy of a posted story arriving in a later tick adds its source to the earlier card instead of a second post', async () => {
  const h = await threeFeeds();
  try {
    assert.equal((await h.scheduler.tick()).posted, 1);
    assert.deepEqual(coveredBy(h), []);

    copyLater(h, 'beta');
    const second = await h.scheduler.tick();
    assert.deepEqual([second.posted, second.edited, second.duplicates], [0, 1, 1]);
    assert.deepEqual(h.postedLinks(), [`${h.site.url}/news/alpha/story`], 'still one message in the channel');
    assert.deepEqual(coveredBy(h), [`• [Generated beta](${h.site.url}/news/beta/copy-of-story) · 127.0.0.1`]);

    copyLater(h, 'gamma');
    assert.equal((await h.scheduler.tick()).edited, 1);
    assert.deepEqual(
      coveredBy(h).map((line) => /\[(Generated \w+)\]/.exec(line)?.[1]),
      ['Generated beta', 'Generated gamma'],
    );

    h.clock.advance(10 * MINUTE);
    const quiet = await h.scheduler.tick();
    assert.deepEqual([quiet.posted, quiet.edited], [0, 0]);
    assert.equal(edits(h), 2, 'each copy edited the card once');
    assert.equal(botMessages(h).length, 1);
    assert.deepEqual(h.fake.violations, []);
  } finally {
    await h.close();
  }
});

test('when the earlier post was deleted, a later copy is only marked seen: no new post, no retry', async () => {
  const h = await threeFeeds();
  try {
    await h.scheduler.tick();
    const [posted] = botMessages(h);
    const path = `/channels/${h.fake.channels.news}/messages/${posted!.id}`;
    await fetch(`${h.fake.apiBase}/v10${path}`, {
      method: 'DELETE',
      headers: { authorization: `Bot ${h.fake.token}` },
    });

    copyLater(h, 'beta');
    const report = await h.scheduler.tick();
    assert.deepEqual([report.posted, report.edited, report.postsFailed, report.duplicates], [0, 0, 0, 1]);
    h.clock.advance(10 * MINUTE);
    await h.scheduler.tick();
    assert.equal(botMessages(h).length, 0, 'the story is not posted again');
    assert.equal(
      h.fake.requests.filter((request) => request.path === path && request.method === 'GET').length,
      1,
      'asked once, then settled',
    );
    assert.deepEqual(h.fake.violations, []);
  } finally {
    await h.close();
  }
});

test('Discord failing the edit with 5xx leaves it in the outbox; the next tick edits the card once', async () => {
  const h = await threeFeeds();
  try {
    await h.scheduler.tick();
    copyLater(h, 'beta');
    // @discordjs/rest tries a 5xx four times (three retries), then gives up.
    h.fake.failNext({ method: 'PATCH', path: EDIT_PATH }, { status: 502, count: 4 });
    assert.equal((await h.scheduler.tick()).postsFailed, 1);
    assert.deepEqual(coveredBy(h), []);

    h.clock.advance(MINUTE);
    assert.equal((await h.scheduler.tick()).replayed, 1);
    assert.equal(coveredBy(h).length, 1);
    h.clock.advance(10 * MINUTE);
    await h.scheduler.tick();
    assert.equal(edits(h), 1);
    assert.equal(botMessages(h).length, 1);
  } finally {
    await h.close();
  }
});

test('a crash after the edit but before the copy is marked seen: the replay finds the source listed and edits nothing', async () => {
  let crashes = 1;
  const h = await threeFeeds({
    afterPost(entry) {
      if (entry.kind === 'edit' && crashes-- > 0) throw new Error('simulated crash after the edit');
    },
  });
  try {
    await h.scheduler.tick();
    copyLater(h, 'beta');
    await h.scheduler.tick();
    assert.equal(coveredBy(h).length, 1, 'the edit reached Discord');

    h.clock.advance(MINUTE);
    assert.equal((await h.scheduler.tick()).replayed, 1, 'the outbox still held the edit');
    assert.equal(edits(h), 1, 'the replay sent no second edit');
    assert.equal(coveredBy(h).length, 1);
    h.clock.advance(10 * MINUTE);
    assert.equal((await h.scheduler.tick()).replayed, 0, 'settled');
  } finally {
    await h.close();
  }
});
