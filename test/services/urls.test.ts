import assert from 'node:assert/strict';
import { test } from 'node:test';
import { FailureError } from '../../src/services/errors.js';
import { canonicalizeUrl, parseUserUrl } from '../../src/services/urls.js';

const cases: [string, string, string][] = [
  ['drops utm_* parameters', 'https://news.example/a?utm_source=x&utm_medium=y&id=7', 'https://news.example/a?id=7'],
  ['drops fbclid and gclid', 'https://news.example/a?fbclid=abc&gclid=def', 'https://news.example/a'],
  ['drops the fragment', 'https://news.example/a#comments', 'https://news.example/a'],
  ['lower-cases scheme and host, keeps path case', 'HTTPS://News.EXAMPLE/Story/A', 'https://news.example/Story/A'],
  ['drops the default port', 'https://news.example:443/a', 'https://news.example/a'],
  ['keeps query order for real parameters', 'https://news.example/a?b=2&a=1', 'https://news.example/a?b=2&a=1'],
  ['adds https to a bare domain', 'news.example/story', 'https://news.example/story'],
  ['reads host:port without a scheme as an address', 'news.example:8080/story', 'https://news.example:8080/story'],
  ['strips <> a user copied from Discord', '<https://news.example/a>', 'https://news.example/a'],
];

for (const [name, input, expected] of cases) {
  test(`canonicalizeUrl ${name}`, () => assert.equal(canonicalizeUrl(input), expected));
}

for (const bad of ['ftp://news.example/a', 'javascript:alert(1)', 'file:///etc/passwd', 'not a url', 'localhostish']) {
  test(`parseUserUrl refuses ${bad}`, () => {
    assert.throws(
      () => parseUserUrl(bad),
      (error: unknown) => error instanceof FailureError && error.kind === 'invalid-url',
    );
  });
}
