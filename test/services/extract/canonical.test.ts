import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseDocument } from '../../../src/services/extract/dom.js';
import { readMetadata } from '../../../src/services/extract/metadata.js';
import { gatherFacts } from '../../../src/services/extract/page-facts.js';

test('the card links to a canonical only on the host we fetched; a saved file resolves links against the page’s own address', () => {
  const page = (canonical: string) =>
    `<html><head><title>T</title><link rel="canonical" href="${canonical}"></head><body><article><p>${'Words in a paragraph. '.repeat(40)}</p><a href="/related/a">x</a></article></body></html>`;
  assert.equal(
    readMetadata(gatherFacts(parseDocument(page('https://www.news.example/a')), 'https://news.example/a?utm_source=x'))
      .url,
    'https://www.news.example/a',
  );
  assert.equal(
    readMetadata(gatherFacts(parseDocument(page('https://other.example/a')), 'https://news.example/a')).url,
    'https://news.example/a',
  );
  const saved = gatherFacts(parseDocument(page('https://news.example/a')), 'file:///tmp/a.html');
  assert.equal(saved.baseUrl, 'https://news.example/a');
  assert.equal(readMetadata(saved).url, 'https://news.example/a');
});
