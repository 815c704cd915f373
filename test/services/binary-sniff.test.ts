import assert from 'node:assert/strict';
import { test } from 'node:test';
import iconv from 'iconv-lite';
import { decodeText } from '../../src/services/charset.js';
import { type FailureError, isFailure, userMessage } from '../../src/services/errors.js';

/** Deterministic pseudo-random bytes (a linear congruential generator), so the test never flakes. */
function randomBytes(length: number, seed: number): Buffer {
  const bytes = Buffer.alloc(length);
  let state = seed;
  for (let index = 0; index < length; index++) {
    state = (state * 1103515245 + 12345) >>> 0;
    bytes[index] = state >>> 24;
  }
  return bytes;
}

const ELF_HEADER = Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0x02, 0x01, 0x01, 0x00, 0, 0, 0, 0, 0, 0, 0, 0, 0x03, 0x00]);
const PNG_HEADER = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]);

const binaries: { name: string; bytes: Buffer; words: RegExp }[] = [
  { name: 'PDF bytes', bytes: Buffer.from('%PDF-1.7\n%âãÏÓ\n1 0 obj\n<< /Type /Catalog >>\nendobj\n'), words: /a PDF/ },
  { name: 'ELF bytes', bytes: Buffer.concat([ELF_HEADER, randomBytes(4096, 1)]), words: /a program/ },
  { name: 'PNG bytes', bytes: Buffer.concat([PNG_HEADER, randomBytes(1024, 2)]), words: /an image/ },
  {
    name: 'random bytes with NULs',
    bytes: Buffer.concat([Buffer.from('<html><body>'), randomBytes(2048, 3)]),
    words: /a binary file/,
  },
  {
    name: 'text full of control characters but no NUL',
    bytes: Buffer.from('<p>'.concat('\u0001\u0002\u0003\u0004a'.repeat(200))),
    words: /a binary file/,
  },
];

for (const { name, bytes, words } of binaries) {
  test(`${name} are refused with the "isn't an article" failure, fetched or read from a file`, () => {
    for (const contentType of ['text/html; charset=utf-8', null]) {
      assert.throws(
        () => decodeText(bytes, contentType),
        (error: unknown) => {
          assert.ok(isFailure(error) && error.kind === 'not-html', String(error));
          const message = userMessage(error as FailureError);
          assert.match(message, /isn't an article/);
          assert.match(message, words);
          return true;
        },
      );
    }
  });
}

test('UTF-16 text, whose ASCII letters carry NUL bytes, is still text', () => {
  const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode('<p>Hello, world</p>', 'utf-16le')]);
  assert.equal(decodeText(bytes, null).text, '<p>Hello, world</p>');
  const declared = iconv.encode('<p>Hello</p>', 'utf-16be');
  assert.equal(decodeText(declared, 'text/html; charset=utf-16be').text, '<p>Hello</p>');
});

test('ordinary pages with tabs, form feeds and carriage returns are text', () => {
  const html = '<html>\r\n<body>\t<p>Page one\fPage two</p></body></html>';
  assert.equal(decodeText(Buffer.from(html), null).text, html);
});
