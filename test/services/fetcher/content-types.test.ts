import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { brotliCompressSync, deflateSync } from 'node:zlib';
import type { FetchKind } from '../../../src/services/fetcher/index.js';
import { startServer, type TestServer } from '../../helpers/http-server.js';
import { loopbackFetcher } from '../../helpers/loopback-fetcher.js';

const PDF = Buffer.from('%PDF-1.7\n%âãÏÓ\n1 0 obj\n<<>>\nendobj\n');
const PNG = Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex');
const RSS = '<?xml version="1.0"?><rss version="2.0"><channel><title>t</title></channel></rss>';

/** path → [content-type or null for none, body, content-encoding] */
const ROUTES: Record<string, [string | null, Buffer, string?]> = {
  '/doc.pdf': ['application/pdf', PDF],
  '/pic.png': ['image/png', PNG],
  '/octet': ['application/octet-stream', PDF],
  '/untyped-html': [null, Buffer.from('\n  <!DOCTYPE html><html><p>plain</p></html>')],
  '/untyped-binary': [null, PNG],
  '/pdf-as-html': ['text/html; charset=utf-8', PDF],
  '/elf-as-html': ['text/html', Buffer.from('7f454c4602010100000000000000000003003e00', 'hex')],
  '/xhtml': [
    'application/xhtml+xml; charset=utf-8',
    Buffer.from('<html xmlns="http://www.w3.org/1999/xhtml"><p>x</p></html>'),
  ],
  '/rss': ['application/rss+xml', Buffer.from(RSS)],
  '/rss-as-text': ['text/plain', Buffer.from(RSS)],
  '/json-feed': ['application/feed+json', Buffer.from('{"version":"https://jsonfeed.org/version/1.1","items":[]}')],
  '/deflate': ['text/html', deflateSync('<p>deflated</p>'), 'deflate'],
  '/brotli': ['text/html', brotliCompressSync('<p>brotli</p>'), 'br'],
  '/unknown-coding': ['text/html', Buffer.from('<p>x</p>'), 'compress'],
};

let server: TestServer;
before(async () => {
  server = await startServer((req, res) => {
    if (req.url === '/endless.pdf') {
      // A refused type must be refused unread: reading this would end in too-large, not not-html.
      res.writeHead(200, { 'content-type': 'application/pdf' });
      const pump = () => {
        while (!res.destroyed && res.write(PDF));
        if (!res.destroyed) res.once('drain', pump);
      };
      return pump();
    }
    const [type, body, coding] = ROUTES[req.url ?? ''] ?? ['text/plain', Buffer.from('missing')];
    const headers: Record<string, string> = {};
    if (type) headers['content-type'] = type;
    if (coding) headers['content-encoding'] = coding;
    res.writeHead(200, headers);
    res.end(body);
  });
});
after(() => server.close());

const get = (path: string, kind: FetchKind) =>
  loopbackFetcher(server.port).fetch({
    url: `${server.url}${path}`,
    kind,
  });

for (const [path, contentType] of [
  ['/doc.pdf', 'application/pdf'],
  ['/pic.png', 'image/png'],
  ['/octet', 'application/octet-stream'],
] as const) {
  test(`${contentType} is refused as not-html and the type is reported`, async () => {
    await assert.rejects(get(path, 'html'), { kind: 'not-html', detail: { contentType } });
  });
  test(`${contentType} is refused for a feed too`, async () => {
    await assert.rejects(get(path, 'feed'), { kind: 'not-html' });
  });
}

test('a refused content type is refused without reading its body', async () => {
  await assert.rejects(get('/endless.pdf', 'html'), { kind: 'not-html', detail: { contentType: 'application/pdf' } });
});

test('a page without a content type is read when it sniffs as HTML', async () => {
  const response = await get('/untyped-html', 'html');
  assert.equal(response.contentType, '');
  assert.match(response.text, /<p>plain<\/p>/);
});

test('a body without a content type that is not HTML is refused', async () => {
  await assert.rejects(get('/untyped-binary', 'html'), { kind: 'not-html', detail: { contentType: '' } });
});

// A server that mislabels a file: the bytes are sniffed where they become text (binary-sniff.ts).
for (const [path, contentType] of [
  ['/pdf-as-html', 'application/pdf'],
  ['/elf-as-html', 'application/x-executable'],
] as const) {
  test(`${contentType} bytes served as text/html are refused as not-html, named by their signature`, async () => {
    await assert.rejects(get(path, 'html'), { kind: 'not-html', detail: { contentType } });
  });
}

test('XHTML is accepted as a page', async () => {
  assert.match((await get('/xhtml', 'html')).text, /<p>x<\/p>/);
});

for (const path of ['/rss', '/rss-as-text', '/json-feed']) {
  test(`a feed served at ${path} is accepted for kind feed`, async () => {
    const response = await get(path, 'feed');
    assert.equal(response.text, ROUTES[path]![1].toString());
  });
}

test('an RSS document is not accepted as an article page', async () => {
  await assert.rejects(get('/rss', 'html'), { kind: 'not-html', detail: { contentType: 'application/rss+xml' } });
});

test('deflate and brotli bodies are decompressed', async () => {
  assert.equal((await get('/deflate', 'html')).text, '<p>deflated</p>');
  assert.equal((await get('/brotli', 'html')).text, '<p>brotli</p>');
});

test('an unknown content encoding is a network failure, not garbage text', async () => {
  await assert.rejects(get('/unknown-coding', 'html'), { kind: 'network' });
});
