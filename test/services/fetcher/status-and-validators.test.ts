import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { startServer, type TestServer } from '../../helpers/http-server.js';
import { loopbackFetcher } from '../../helpers/loopback-fetcher.js';

const ETAG = '"v42"';
const LAST_MODIFIED = 'Sat, 01 Mar 2025 10:00:00 GMT';

let server: TestServer;
before(async () => {
  server = await startServer((req, res) => {
    switch (req.url) {
      case '/missing':
        res.writeHead(404, { 'content-type': 'text/html' });
        return void res.end('<h1>Not found</h1>');
      case '/busy':
        res.writeHead(429, { 'retry-after': '120' });
        return void res.end();
      case '/down':
        res.writeHead(503, { 'retry-after': new Date(Date.now() + 3_600_000).toUTCString() });
        return void res.end();
      case '/broken':
        res.writeHead(500, { 'retry-after': '60' });
        return void res.end();
      case '/feed':
        if (req.headers['if-none-match'] === ETAG || req.headers['if-modified-since'] === LAST_MODIFIED) {
          res.writeHead(304, { etag: ETAG });
          return void res.end();
        }
        res.writeHead(200, { 'content-type': 'application/atom+xml', etag: ETAG, 'last-modified': LAST_MODIFIED });
        return void res.end('<feed xmlns="http://www.w3.org/2005/Atom"/>');
      default:
        res.writeHead(200, { 'content-type': 'text/html', 'set-cookie': 'session=abc' });
        return void res.end('<p>ok</p>');
    }
  });
});
after(() => server.close());

const fetcher = () => loopbackFetcher(server.port);

test('a 404 is an http-status failure carrying the status', async () => {
  await assert.rejects(fetcher().fetch({ url: `${server.url}/missing`, kind: 'html' }), {
    kind: 'http-status',
    detail: { status: 404 },
  });
});

test('429 surfaces Retry-After seconds', async () => {
  await assert.rejects(fetcher().fetch({ url: `${server.url}/busy`, kind: 'feed' }), {
    kind: 'http-status',
    detail: { status: 429, retryAfterSeconds: 120 },
  });
});

test('503 surfaces a Retry-After HTTP-date as seconds from now', async () => {
  const error = await fetcher()
    .fetch({ url: `${server.url}/down`, kind: 'feed' })
    .then(
      () => null,
      (caught) => caught,
    );
  assert.equal(error?.kind, 'http-status');
  assert.ok(
    error.detail.retryAfterSeconds > 3000 && error.detail.retryAfterSeconds <= 3600,
    String(error.detail.retryAfterSeconds),
  );
});

test('Retry-After is ignored on other statuses', async () => {
  await assert.rejects(fetcher().fetch({ url: `${server.url}/broken`, kind: 'feed' }), {
    kind: 'http-status',
    detail: { status: 500 },
  });
  const error = await fetcher()
    .fetch({ url: `${server.url}/broken`, kind: 'feed' })
    .then(
      () => null,
      (caught) => caught,
    );
  assert.equal(error.detail.retryAfterSeconds, undefined);
});

test('a feed fetch returns its validators, and a conditional GET with them gets notModified', async () => {
  const first = await fetcher().fetch({ url: `${server.url}/feed`, kind: 'feed' });
  assert.equal(first.notModified, false);
  assert.equal(first.etag, ETAG);
  assert.equal(first.lastModified, LAST_MODIFIED);
  const again = await fetcher().fetch({
    url: `${server.url}/feed`,
    kind: 'feed',
    etag: first.etag,
    lastModified: first.lastModified,
  });
  const sent = server.requests.at(-1)!.headers;
  assert.equal(sent['if-none-match'], ETAG);
  assert.equal(sent['if-modified-since'], LAST_MODIFIED);
  assert.deepEqual(
    { status: again.status, notModified: again.notModified, text: again.text, size: again.body.length },
    { status: 304, notModified: true, text: '', size: 0 },
  );
  assert.equal(again.etag, ETAG);
  assert.equal(again.lastModified, LAST_MODIFIED);
});

test('requests name the bot, ask for compression, and carry no cookies or credentials', async () => {
  const client = fetcher();
  await client.fetch({ url: `${server.url}/page`, kind: 'html' });
  await client.fetch({ url: `${server.url}/page`, kind: 'html' });
  const sent = server.requests.at(-1)!.headers;
  assert.match(sent['user-agent'] ?? '', /^newsdeskBot\/0\.1 \(\+https:\/\/github\.com\/newsdesk-bot\/newsdesk\)$/);
  assert.equal(sent['accept-encoding'], 'gzip, deflate, br');
  assert.equal(sent.cookie, undefined, 'the cookie set by the first answer is not sent back');
  assert.equal(sent.authorization, undefined);
});
