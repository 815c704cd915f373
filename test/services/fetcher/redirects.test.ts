import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { FailureError, userMessage } from '../../../src/services/errors.js';
import { startServer, type TestServer } from '../../helpers/http-server.js';
import { loopbackFetcher } from '../../helpers/loopback-fetcher.js';

let server: TestServer;
before(async () => {
  server = await startServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    const hop = /^\/chain\/(\d+)$/.exec(url.pathname);
    if (hop && Number(hop[1]) > 0) {
      res.writeHead(302, { location: `/chain/${Number(hop[1]) - 1}` });
      return void res.end();
    }
    if (url.pathname === '/loop-a' || url.pathname === '/loop-b') {
      res.writeHead(301, { location: url.pathname === '/loop-a' ? '/loop-b' : `${server.url}/loop-a` });
      return void res.end();
    }
    if (url.pathname === '/to-ftp') {
      res.writeHead(307, { location: 'ftp://127.0.0.1/file' });
      return void res.end();
    }
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(`<p>landed on ${url.pathname}</p>`);
  });
});
after(() => server.close());

const fetcher = () => loopbackFetcher(server.port);

test('five redirects are followed and the final URL is reported', async () => {
  const response = await fetcher().fetch({ url: `${server.url}/chain/5`, kind: 'html' });
  assert.equal(response.url, `${server.url}/chain/0`);
  assert.equal(response.text, '<p>landed on /chain/0</p>');
});

test('six chained redirects fail with too-many-redirects', async () => {
  await assert.rejects(fetcher().fetch({ url: `${server.url}/chain/6`, kind: 'html' }), { kind: 'too-many-redirects' });
});

test('a redirect loop fails with too-many-redirects after a bounded number of requests', async () => {
  const before = server.requests.length;
  await assert.rejects(fetcher().fetch({ url: `${server.url}/loop-a`, kind: 'html' }), { kind: 'too-many-redirects' });
  assert.equal(server.requests.length - before, 6);
});

test('the redirect limit can be lowered', async () => {
  const strict = loopbackFetcher(server.port, { maxRedirects: 1 });
  await assert.rejects(strict.fetch({ url: `${server.url}/chain/2`, kind: 'html' }), { kind: 'too-many-redirects' });
});

test('a redirect to a non-http scheme is refused', async () => {
  await assert.rejects(fetcher().fetch({ url: `${server.url}/to-ftp`, kind: 'html' }), { kind: 'invalid-url' });
});

test('the user is told the site redirected badly, not that their link was mistyped; a link with a password is named as such', async () => {
  const wording = async (url: string) => {
    try {
      await fetcher().fetch({ url, kind: 'html' });
    } catch (error) {
      if (error instanceof FailureError) return userMessage(error);
    }
    return 'no failure';
  };
  assert.equal(await wording(`${server.url}/to-ftp`), 'That page redirects to an address that is not a web page.');
  assert.equal(
    await wording(server.url.replace('http://', 'http://user:secret@') + '/'),
    "Links with a user name or password in them can't be read.",
  );
});
