import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { discoverFeedLinks } from '../../../../src/services/feeds/fetch/discover.js';
import { parseFeed } from '../../../../src/services/feeds/parse/index.js';
import { startFixtureSite, type TestServer } from '../../../helpers/http-server.js';

/** The fixture news site on loopback: its article page names its feeds, and the feeds use relative links. */
describe('the fixture site over loopback HTTP', () => {
  let site: TestServer;
  before(async () => {
    site = await startFixtureSite();
  });
  after(() => site.close());

  async function get(path: string): Promise<{ bytes: Uint8Array; contentType: string | null; url: string }> {
    const response = await fetch(site.url + path);
    assert.equal(response.status, 200, path);
    return {
      bytes: new Uint8Array(await response.arrayBuffer()),
      contentType: response.headers.get('content-type'),
      url: response.url,
    };
  }

  it("discovers the article page's three feeds on the page's own origin", async () => {
    const page = await get('/ai/openai-aws-turn');
    const links = discoverFeedLinks(Buffer.from(page.bytes).toString('utf8'), page.url);
    assert.deepEqual(links, [`${site.url}/feed.xml`, `${site.url}/atom.xml`, `${site.url}/feed.json`]);
  });

  for (const [path, format] of [
    ['/feed.xml', 'rss'],
    ['/atom.xml', 'atom'],
    ['/feed.json', 'json'],
  ] as const) {
    it(`parses ${path} with absolute item links on the loopback base`, async () => {
      const response = await get(path);
      const feed = parseFeed(response.bytes, response.url, response.contentType);
      assert.equal(feed.format, format);
      assert.ok(feed.items.length >= 2);
      const first = feed.items[0]!;
      assert.equal(first.link, `${site.url}/ai/openai-aws-turn`);
      assert.equal(first.title, 'OpenAI’s AWS turn shows how fast the Microsoft alliance is bending');
      assert.equal(first.published, '2026-04-15T08:30:00Z');
      assert.match(first.summary, /^GeekWire’s April 13 report/);
      for (const item of feed.items) assert.ok(item.link?.startsWith(`${site.url}/`), item.link ?? 'no link');
      // Every linked article exists on the site.
      for (const item of feed.items) assert.equal((await fetch(item.link!)).status, 200, item.link!);
    });
  }

  it('gives each feed item a distinct id', async () => {
    for (const path of ['/feed.xml', '/atom.xml', '/feed.json']) {
      const response = await get(path);
      const ids = parseFeed(response.bytes, response.url, response.contentType).items.map((item) => item.id);
      assert.equal(new Set(ids).size, ids.length, path);
    }
  });
});
