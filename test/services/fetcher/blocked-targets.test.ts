import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { FetcherOptions, Resolver } from '../../../src/services/fetcher/index.js';
import { startServer, type TestServer } from '../../helpers/http-server.js';
import { loopbackFetcher } from '../../helpers/loopback-fetcher.js';

let server: TestServer;
before(async () => {
  server = await startServer((req, res) => {
    const target = new URL(req.url ?? '/', 'http://x').searchParams.get('to');
    if (target) {
      res.writeHead(302, { location: target.replace('PORT', String(server.port)) });
      return void res.end();
    }
    res.writeHead(200, { 'content-type': 'text/html' });
    res.end('<p>reached</p>');
  });
});
after(() => server.close());

/** A fake DNS: names map to fixed answers; anything else is NXDOMAIN. */
function fakeDns(table: Record<string, string[]>): Resolver {
  return async (hostname) => {
    const answers = table[hostname];
    if (!answers) throw Object.assign(new Error(`getaddrinfo ENOTFOUND ${hostname}`), { code: 'ENOTFOUND' });
    return answers.map((address) => ({ address, family: address.includes(':') ? 6 : 4 }));
  };
}

function fetcher(overrides: Partial<FetcherOptions> = {}) {
  return loopbackFetcher(server.port, overrides);
}

test('a name with one public and one private address is blocked (any bad address fails the lookup)', async () => {
  const resolve = fakeDns({ 'mixed.example': ['93.184.216.34', '10.0.0.1'] });
  await assert.rejects(fetcher({ resolve }).fetch({ url: 'http://mixed.example/', kind: 'html' }), {
    kind: 'blocked-address',
  });
});

test('a name resolving to loopback is blocked unless allowed, and reached through the checked address when allowed', async () => {
  const resolve = fakeDns({ 'site.example': ['127.0.0.1'], 'other.example': ['127.0.0.2'] });
  const url = `http://site.example:${server.port}/`;
  await assert.rejects(fetcher({ resolve, allowPrivateHosts: [] }).fetch({ url, kind: 'html' }), {
    kind: 'blocked-address',
  });
  const response = await fetcher({ resolve, allowPrivateHosts: ['site.example'] }).fetch({ url, kind: 'html' });
  assert.equal(response.text, '<p>reached</p>');
  assert.equal(server.requests.at(-1)?.headers.host, `site.example:${server.port}`);
  await assert.rejects(
    fetcher({ resolve, allowPrivateHosts: ['site.example'] }).fetch({
      url: `http://other.example:${server.port}/`,
      kind: 'html',
    }),
    { kind: 'blocked-address' },
  );
});

test('a redirect to another loopback address is blocked', async () => {
  const url = `${server.url}/?to=${encodeURIComponent('http://127.0.0.2:PORT/')}`;
  await assert.rejects(fetcher().fetch({ url, kind: 'html' }), { kind: 'blocked-address' });
});

test('a redirect to the cloud metadata address is blocked', async () => {
  const url = `${server.url}/?to=${encodeURIComponent('http://169.254.169.254/latest/meta-data/')}`;
  await assert.rejects(fetcher().fetch({ url, kind: 'html' }), { kind: 'blocked-address' });
});

test('a redirect to a name that resolves to a private address is blocked', async () => {
  const resolve = fakeDns({ 'internal.example': ['10.0.0.5'] });
  const url = `${server.url}/?to=${encodeURIComponent('http://internal.example:PORT/')}`;
  await assert.rejects(fetcher({ resolve }).fetch({ url, kind: 'html' }), { kind: 'blocked-address' });
});

test('every hop resolves again, so a name that rebinds to a private address between hops is blocked', async () => {
  const answers = [['127.0.0.1'], ['10.0.0.1']];
  const resolve: Resolver = async () => (answers.shift() ?? []).map((address) => ({ address, family: 4 }));
  const url = `http://rebind.example:${server.port}/?to=${encodeURIComponent('/final')}`;
  await assert.rejects(fetcher({ resolve }).fetch({ url, kind: 'html' }), { kind: 'blocked-address' });
  assert.equal(answers.length, 0);
});

test('a port that is not allowed is refused before connecting', async () => {
  const before = server.requests.length;
  await assert.rejects(fetcher({ allowPorts: [] }).fetch({ url: `${server.url}/`, kind: 'html' }), {
    kind: 'blocked-port',
  });
  assert.equal(server.requests.length, before);
});

test('a redirect to a port that is not allowed is refused', async () => {
  const url = `${server.url}/?to=${encodeURIComponent('http://127.0.0.1:6379/')}`;
  await assert.rejects(fetcher().fetch({ url, kind: 'html' }), { kind: 'blocked-port' });
});

test('a name that does not resolve is a network failure', async () => {
  await assert.rejects(fetcher({ resolve: fakeDns({}) }).fetch({ url: 'http://nowhere.example/', kind: 'html' }), {
    kind: 'network',
  });
});

for (const url of ['ftp://127.0.0.1/', 'file:///etc/passwd', 'data:text/html,hi', 'http://user:secret@127.0.0.1/']) {
  test(`${url} is an invalid URL`, async () => {
    await assert.rejects(fetcher().fetch({ url, kind: 'html' }), { kind: 'invalid-url' });
  });
}
