import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { loadConfig } from '../../../src/config.js';
import { createServices, type Services } from '../../../src/services/create-services.js';
import { MAX_SUBSCRIPTIONS_PER_GUILD, subscribe } from '../../../src/services/feeds/manage.js';
import { newSubscriptionId } from '../../../src/services/feeds/subscriptions.js';
import { silentLogger } from '../../../src/services/logger.js';
import { startFeedSite, type FeedSite } from '../../helpers/feeds/feed-site.js';

let site: FeedSite;
let services: Services;

before(async () => {
  site = await startFeedSite();
  services = createServices(loadConfig({ STORE_URL: 'memory://', FETCH_ALLOW_PRIVATE_HOSTS: '127.0.0.1', FETCH_ALLOW_PORTS: String(site.server.port) }), silentLogger);
});
after(async () => {
  await services.store.close();
  await site.close();
});

test(`a server stops at ${MAX_SUBSCRIPTIONS_PER_GUILD} feeds, but can still change or resume one it follows`, async () => {
  const guildId = '100000000000000001';
  const now = Date.parse('2026-04-16T09:00:00Z');
  site.publish('desk', { id: 'one', published: new Date(now - 60_000) });
  const request = { guildId, channelId: '200000000000000001', url: `${site.url}/gen/desk.xml`, intervalMinutes: 10, mode: 'cards' as const, now };
  const first = await subscribe(services, request);
  assert.equal(first.ok, true);
  for (let i = 1; i < MAX_SUBSCRIPTIONS_PER_GUILD; i++) {
    await services.subscriptions.save({ id: newSubscriptionId(), guildId, channelId: request.channelId, feedUrl: `https://feeds.example/${i}.xml`, title: `Feed ${i}`, intervalMinutes: 10, mode: 'cards', createdAt: now, nextCheckAt: now, failures: 0, initialized: true });
  }
  site.publish('other', { id: 'two', published: new Date(now - 60_000) });
  assert.deepEqual(await subscribe(services, { ...request, url: `${site.url}/gen/other.xml` }), { ok: false, reason: 'limit' });
  const again = await subscribe(services, { ...request, intervalMinutes: 30 });
  assert.ok(again.ok && !again.created && again.subscription.intervalMinutes === 30, 'the feed it follows is updated, not refused');
  assert.equal(await subscribe(services, { ...request, guildId: '100000000000000002' }).then((result) => result.ok), true, 'other servers are not affected');
});
