import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseDocument } from '../../../src/services/extract/dom.js';
import { gatherFacts } from '../../../src/services/extract/page-facts.js';
import { readSource } from '../../../src/services/extract/source.js';

const PAGE_URL = 'https://digest.example/ai/story';

function source(head: string, body = '') {
  return readSource(gatherFacts(parseDocument(`<html><head>${head}</head><body>${body}</body></html>`), PAGE_URL));
}

test('JSON-LD isBasedOn names the original and its publisher', () => {
  const head = `<script type="application/ld+json">{"@type":"NewsArticle","isBasedOn":{"@type":"NewsArticle",
    "url":"https://www.geekwire.com/2026/story/","publisher":{"@type":"Organization","name":"GeekWire"}}}</script>`;
  assert.deepEqual(source(head), { name: 'GeekWire', url: 'https://www.geekwire.com/2026/story/' });
  const cited =
    '<script type="application/ld+json">{"@type":"Article","citation":"https://www.example.org/report"}</script>';
  assert.deepEqual(source(cited), { name: 'example.org', url: 'https://www.example.org/report' });
});

test('a labelled link is the source: "Original:", "Source:", "Via", "View original", 원문', () => {
  const cases: [string, { name: string; url: string }][] = [
    [
      '<div><span>Original:</span> <a href="https://www.geekwire.com/2026/story/">OpenAI sees staggering demand for its Amazon offering</a></div>',
      { name: 'geekwire.com', url: 'https://www.geekwire.com/2026/story/' },
    ],
    [
      '<p>Source: <a href="https://www.reuters.com/world/a">Reuters</a></p>',
      { name: 'Reuters', url: 'https://www.reuters.com/world/a' },
    ],
    [
      '<p>Via <a href="https://www.theverge.com/a">The Verge</a></p>',
      { name: 'The Verge', url: 'https://www.theverge.com/a' },
    ],
    [
      '<p><a href="https://www.geekwire.com/2026/story/">View original →</a></p>',
      { name: 'geekwire.com', url: 'https://www.geekwire.com/2026/story/' },
    ],
    [
      '<p><span>원문:</span> <a href="https://www.geekwire.com/2026/story/">기사 제목이 길게 이어지는 원문 링크</a></p>',
      { name: 'geekwire.com', url: 'https://www.geekwire.com/2026/story/' },
    ],
  ];
  for (const [body, want] of cases) assert.deepEqual(source('', body), want, body);
});

test('links that are not a story source are ignored', () => {
  const body = `
    <p>Source: <a href="/ai/other-story">our earlier story</a></p>
    <figure><img src="chart.png"><figcaption>Source: <a href="https://www.statista.com/chart">Statista</a></figcaption></figure>
    <p>Via <a href="https://twitter.com/someone/status/1">@someone</a></p>
    <p>Read <a href="https://www.example.org/report">the report</a> for details.</p>`;
  assert.equal(source('', body), null);
});

test('meta original-source names a source too', () => {
  assert.deepEqual(source('<meta name="original-source" content="https://wire.example/story">'), {
    name: 'wire.example',
    url: 'https://wire.example/story',
  });
});

test('a syndicated copy whose canonical names the original keeps its "Source:" link, and the canonical alone is a source too', () => {
  const canonical = '<link rel="canonical" href="https://original.example/2026/story">';
  assert.deepEqual(
    source(canonical, '<p>Source: <a href="https://original.example/2026/story">Original Daily</a></p>'),
    { name: 'Original Daily', url: 'https://original.example/2026/story' },
  );
  assert.deepEqual(source(canonical), { name: 'original.example', url: 'https://original.example/2026/story' });
  assert.equal(
    source('<link rel="canonical" href="https://digest.example/ai/story">'),
    null,
    'a canonical on the page’s own site is not a source',
  );
});
