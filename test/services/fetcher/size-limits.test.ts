import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { gzipSync } from 'node:zlib';
import { startServer, type TestServer } from '../../helpers/http-server.js';
import { loopbackFetcher } from '../../helpers/loopback-fetcher.js';

const CAP = 64 * 1024;
const page = Buffer.from(`<html><body>${'<p>news</p>'.repeat(500)}</body></html>`);

let server: TestServer;
before(async () => {
  server = await startServer((req, res) => {
    switch (req.url) {
      case '/big-feed':
        res.writeHead(200, { 'content-type': 'application/rss+xml' });
        return void res.end(Buffer.alloc(CAP * 2, 0x20));
      default:
        res.writeHead(200, { 'content-type': 'text/html', 'content-encoding': 'gzip' });
        return void res.end(gzipSync(page));
    }
  });
});
after(() => server.close());

const fetcher = () => loopbackFetcher(server.port, { maxHtmlBytes: CAP, maxFeedBytes: CAP * 4 });

test('feeds have their own cap: a body over the HTML cap but under the feed cap is read', async () => {
  const response = await fetcher().fetch({ url: `${server.url}/big-feed`, kind: 'feed' });
  assert.equal(response.body.length, CAP * 2);
  await assert.rejects(fetcher().fetch({ url: `${server.url}/big-feed`, kind: 'html' }), { kind: 'not-html' });
});

test('a gzipped page under the cap comes back decompressed', async () => {
  const response = await fetcher().fetch({ url: `${server.url}/page`, kind: 'html' });
  assert.deepEqual(response.body, page);
  assert.equal(response.text, page.toString());
});
