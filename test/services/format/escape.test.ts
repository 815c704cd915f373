import assert from 'node:assert/strict';
import { test } from 'node:test';
import { clamp, escapeText, maskedLink, safeLinkUrl } from '../../../src/services/format/escape.js';

const inert: [string, string, RegExp][] = [
  ['@everyone', '@everyone wins', /@everyone/],
  ['@here', 'hello @here', /@here/],
  ['a user mention', 'hi <@123456789012345678>', /<@\d/],
  ['a role mention', '<@&123456789012345678>', /<@&/],
  ['a channel link', '<#123456789012345678>', /<#\d/],
  ['a slash-command mention', '</article:1234>', /<\/article/],
  ['a timestamp', '<t:1700000000:R>', /<t:/],
  ['a masked link', '[click](https://evil.example)', /(?<!\\)\[click\]\(/],
  ['a heading', '# Big', /^# /],
  ['subtext', '-# small', /^-# /],
  ['a quote', '> quoted', /^> /],
  ['bold', '**loud**', /(?<!\\)\*\*loud/],
];

for (const [name, input, live] of inert) {
  test(`escapeText makes ${name} inert`, () => assert.doesNotMatch(escapeText(input), live));
}

test('clamp keeps within the limit and never ends on a lone backslash or half an emoji', () => {
  assert.equal(clamp('short', 10), 'short');
  const cut = clamp('a'.repeat(300), 256);
  assert.equal(cut.length, 256);
  assert.ok(cut.endsWith('…'));
  assert.ok(!clamp('abc\\*def', 5).replace('…', '').endsWith('\\'));
  const emoji = clamp('ab😀cd', 4);
  assert.ok(!/[\uD800-\uDBFF]…$/.test(emoji), emoji);
});

test('link URLs are http(s) only and cannot break out of a masked link', () => {
  assert.equal(safeLinkUrl('javascript:alert(1)'), null);
  assert.equal(safeLinkUrl('https://a.example/x_(y)'), 'https://a.example/x_%28y%29');
  assert.equal(maskedLink('[evil](x)', 'https://a.example/'), '[\\[evil\\](x)](https://a.example/)');
});
