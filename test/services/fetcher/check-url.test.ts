import assert from 'node:assert/strict';
import { test } from 'node:test';
import { checkUrl } from '../../../src/services/fetcher/index.js';

const NO_ALLOWANCES = { allowPorts: [8080], allowPrivateHosts: [] };

const REFUSED: [string, string][] = [
  ['ftp://example.com/file', 'invalid-url'],
  ['file:///etc/passwd', 'invalid-url'],
  ['data:text/html,<p>hi</p>', 'invalid-url'],
  ['javascript:alert(1)', 'invalid-url'],
  ['not a url', 'invalid-url'],
  ['https://user:pass@example.com/', 'invalid-url'],
  ['https://user@example.com/', 'invalid-url'],
  ['http://example.com:22/', 'blocked-port'],
  ['https://example.com:8443/', 'blocked-port'],
  // Literal spellings of loopback that WHATWG URL normalises; Node never calls `lookup` for them.
  ['http://2130706433:8080/', 'blocked-address'],
  ['http://0x7f.1:8080/', 'blocked-address'],
  ['http://017700000001:8080/', 'blocked-address'],
  ['http://127.1:8080/', 'blocked-address'],
  ['http://[::ffff:127.0.0.1]:8080/', 'blocked-address'],
  ['http://[::1]/', 'blocked-address'],
  ['http://169.254.169.254/latest/meta-data/', 'blocked-address'],
  ['http://0.0.0.0:8080/', 'blocked-address'],
  ['http://10.0.0.1/', 'blocked-address'],
];

for (const [url, kind] of REFUSED) {
  test(`checkUrl refuses ${url} as ${kind}`, () => {
    assert.throws(() => checkUrl(url, NO_ALLOWANCES), { name: 'FailureError', kind });
  });
}

const ACCEPTED: [string, string][] = [
  ['https://example.com/news?id=1', 'https://example.com/news?id=1'],
  ['http://example.com:443/', 'http://example.com:443/'],
  ['HTTP://EXAMPLE.COM/a', 'http://example.com/a'],
  ['http://example.com:8080/', 'http://example.com:8080/'],
  ['http://8.8.8.8/', 'http://8.8.8.8/'],
];

for (const [url, href] of ACCEPTED) {
  test(`checkUrl accepts ${url}`, () => assert.equal(checkUrl(url, NO_ALLOWANCES).href, href));
}

test('a listed CIDR lets a literal private address through, and only that range', () => {
  const options = { allowPorts: [8080], allowPrivateHosts: ['127.0.0.0/8'] };
  assert.equal(checkUrl('http://127.1:8080/', options).hostname, '127.0.0.1');
  assert.throws(() => checkUrl('http://10.0.0.1:8080/', options), { kind: 'blocked-address' });
});
