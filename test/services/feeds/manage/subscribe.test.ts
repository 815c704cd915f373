import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { loadConfig } from '../../../../src/config.js';
import { createServices, type Services } from '../../../../src/create-services.js';
import { previewNextPost } from '../../../../src/services/feeds/manage/preview-next-post.js';
import {
  MAX_SUBSCRIPTIONS_PER_GUILD,
  subscribe,
  unsubscribe,
} from '../../../../src/services/feeds/manage/subscribe.js';
import { FeedStates } from '../../../../src/services/feeds/state/feed-states.js';
import { newSubscriptionId } from '../../../../src/services/feeds/state/subscriptions.js';
import { silentLogger } from '../../../../src/services/logger.js';
import { type FeedSite, startFeedSite } from '../../../helpers/feeds/feed-site.js';

let site: FeedSite;
let services: Services;

before(async () => {
  site = await startFeedSite();
  services = createServices(
    loadConfig({
      STORE_URL: 'memory://',
      FETCH_ALLOW_PRIVATE_HOSTS: '127.0.0.1',
      FETCH_ALLOW_PORTS: String(site.server.port),
    }),
    silentLogger,
  );
});
after(async () => {
  await services.store.close();
  await site.close();
});

test(`a server stops at ${MAX_SUBSCRIPTIONS_PER_GUILD} feeds, but can still change or resume one it follows`, async () => {
  const guildId = '100000000000000001';
  const now = Date.parse('2026-04-16T09:00:00Z');
  site.publish('desk', { id: 'one', published: new Date(now - 60_000) });
  const request = {
    guildId,
    channelId: '200000000000000001',
    url: `${site.url}/gen/desk.xml`,
    intervalMinutes: 10,
    mode: 'cards' as const,
    now,
  };
  const first = await subscribe(services, request);
  assert.equal(first.ok, true);
  for (let i = 1; i < MAX_SUBSCRIPTIONS_PER_GUILD; i++) {
    await services.subscriptions.save({
      id: newSubscriptionId(),
      guildId,
      channelId: request.channelId,
      feedUrl: `https://feeds.example/${i}.xml`,
      title: `Feed ${i}`,
      intervalMinutes: 10,
      mode: 'cards',
      createdAt: now,
      nextCheckAt: now,
      failures: 0,
      initialized: true,
    });
  }
  site.publish('other', { id: 'two', published: new Date(now - 60_000) });
  assert.deepEqual(await subscribe(services, { ...request, url: `${site.url}/gen/other.xml` }), {
    ok: false,
    reason: 'limit',
  });
  const again = await subscribe(services, { ...request, intervalMinutes: 30 });
  assert.ok(
    again.ok && !again.created && again.subscription.intervalMinutes === 30,
    'the feed it follows is updated, not refused',
  );
  assert.equal(
    await subscribe(services, { ...request, guildId: '100000000000000002' }).then((result) => result.ok),
    true,
    'other servers are not affected',
  );
});

test("removing a feed's last subscription forgets the feed's fetch state; removing one of two keeps it", async () => {
  const now = Date.parse('2026-04-16T09:00:00Z');
  site.publish('shared', { id: 'one', published: new Date(now - 60_000) });
  const request = {
    guildId: '100000000000000003',
    url: `${site.url}/gen/shared.xml`,
    intervalMinutes: 10,
    mode: 'cards' as const,
    now,
  };
  const first = await subscribe(services, { ...request, channelId: '200000000000000003' });
  const second = await subscribe(services, { ...request, channelId: '200000000000000004' });
  assert.ok(first.ok && second.ok);
  const states = new FeedStates(services.store.ns('feed'));
  await states.set(first.subscription.feedUrl, { etag: '"v1"' });
  await unsubscribe(services, first.subscription);
  assert.deepEqual(
    await states.get(first.subscription.feedUrl),
    { etag: '"v1"' },
    'still followed by the other channel',
  );
  await unsubscribe(services, second.subscription);
  assert.deepEqual(await states.get(first.subscription.feedUrl), {}, 'nobody follows it: forgotten');
});

test('/feed test of a digest previews the whole digest the next check posts: every new item counted', async () => {
  const now = Date.parse('2026-04-16T09:00:00Z');
  for (let i = 1; i <= 15; i++) site.publish('many', { id: `m${i}`, published: new Date(now - (20 - i) * 60_000) });
  const added = await subscribe(services, {
    guildId: '100000000000000005',
    channelId: '200000000000000005',
    url: `${site.url}/gen/many.xml`,
    intervalMinutes: 60,
    mode: 'digest',
    now,
  });
  assert.ok(added.ok);
  const preview = await previewNextPost(services, { ...added.subscription, initialized: true }, now);
  assert.equal(preview?.isNew, true);
  assert.match(preview!.post.embeds[0]?.title ?? '', /15 new/);
  assert.match(preview!.post.embeds[0]?.description ?? '', /…and 5 more$/);
});
