import assert from 'node:assert/strict';
import { test } from 'node:test';
import { readAlternates } from '../../../src/services/extract/alternates.js';
import { parseDocument } from '../../../src/services/extract/dom.js';
import { gatherFacts } from '../../../src/services/extract/page-facts.js';

function alternates(head: string, lang: string | null = 'en') {
  const url = 'https://news.example/a';
  return readAlternates(gatherFacts(parseDocument(`<html><head>${head}</head><body></body></html>`), url), url, lang);
}

test('alternates list other languages from hreflang, absolute', () => {
  const head = `
    <link rel="alternate" hreflang="en" href="https://news.example/a">
    <link rel="alternate" hreflang="ko" href="/ko/a">
    <link rel="alternate" hreflang="ja" href="https://news.example/ja/a">
    <link rel="alternate" hreflang="x-default" href="https://news.example/a">
    <link rel="alternate" type="application/rss+xml" href="/feed.xml">`;
  assert.deepEqual(alternates(head), [
    { lang: 'ko', url: 'https://news.example/ko/a' },
    { lang: 'ja', url: 'https://news.example/ja/a' },
  ]);
});

test('the page itself and repeated languages are left out', () => {
  const head = `
    <link rel="alternate" hreflang="en-GB" href="https://news.example/a">
    <link rel="alternate" hreflang="de" href="https://news.example/de/a">
    <link rel="alternate" hreflang="de" href="https://news.example/de/a-copy">
    <link rel="alternate" hreflang="fr" href="javascript:alert(1)">`;
  assert.deepEqual(alternates(head, 'en-US'), [{ lang: 'de', url: 'https://news.example/de/a' }]);
});

test('a page without hreflang links has no alternates', () => {
  assert.deepEqual(alternates('<link rel="canonical" href="https://news.example/a">'), []);
});
