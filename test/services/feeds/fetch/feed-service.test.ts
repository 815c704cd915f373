import assert from 'node:assert/strict';
import { test } from 'node:test';
import { isFailure } from '../../../../src/services/errors.js';
import { FeedService } from '../../../../src/services/feeds/fetch/feed-service.js';
import { createFetcher } from '../../../../src/services/fetcher/index.js';
import { startFeedSite } from '../../../helpers/feeds/feed-site.js';

function service(port: number): FeedService {
  return new FeedService(
    createFetcher({
      timeoutMs: 2000,
      maxHtmlBytes: 2 << 20,
      maxFeedBytes: 5 << 20,
      allowPorts: [port],
      allowPrivateHosts: ['127.0.0.1'],
    }),
  );
}

test('discover follows a page to the feed it links, and reads a feed URL as is', async () => {
  const site = await startFeedSite();
  try {
    const feeds = service(site.server.port);
    const fromPage = await feeds.discover(`${site.url}/ai/openai-aws-turn`);
    assert.equal(fromPage.url, `${site.url}/feed.xml`);
    assert.equal(fromPage.feed.title, 'Insights — AI');
    assert.equal(
      fromPage.feed.items[0]!.link,
      `${site.url}/ai/openai-aws-turn`,
      'relative links resolved against the feed URL',
    );
    const direct = await feeds.discover(`${site.url}/atom.xml`);
    assert.equal(direct.feed.format, 'atom');
    await assert.rejects(
      feeds.discover(`${site.url}/chips/hbm-supply-tightens`),
      (error: unknown) => isFailure(error) && error.kind === 'not-a-feed',
    );
  } finally {
    await site.close();
  }
});

test('poll sends the validators of the last fetch and reports 304 as not modified', async () => {
  const site = await startFeedSite();
  try {
    site.publish('p', { id: '1', published: new Date('2026-01-01T00:00:00Z') });
    const feeds = service(site.server.port);
    const first = await feeds.poll(`${site.url}/gen/p.xml`);
    assert.equal(first.notModified, false);
    assert.ok(first.etag);
    const second = await feeds.poll(`${site.url}/gen/p.xml`, { etag: first.etag });
    assert.equal(second.notModified, true);
    assert.equal(site.hits('/gen/p.xml')[1]!['if-none-match'], first.etag);
  } finally {
    await site.close();
  }
});
