import assert from 'node:assert/strict';
import { test } from 'node:test';
import { toIsoDate } from '../../../src/services/extract/dates.js';
import { parseDocument } from '../../../src/services/extract/dom.js';
import { articleNode } from '../../../src/services/extract/json-ld.js';
import { gatherFacts } from '../../../src/services/extract/page-facts.js';
import { readPublishedAt } from '../../../src/services/extract/published.js';

test('toIsoDate reads the forms pages use, in UTC', () => {
  const cases: [string | null, string | null][] = [
    ['2026-04-15T08:30:00Z', '2026-04-15T08:30:00.000Z'],
    ['2026-04-15T10:30:00+02:00', '2026-04-15T08:30:00.000Z'],
    ['2026-04-15T03:30:00-0500', '2026-04-15T08:30:00.000Z'],
    ['2026-04-15 08:30', '2026-04-15T08:30:00.000Z'],
    ['2026-04-15T08:30:00.5Z', '2026-04-15T08:30:00.500Z'],
    ['2026-03-08', '2026-03-08T00:00:00.000Z'],
    ['Tue, 19 Nov 2019 10:48:00 GMT', '2019-11-19T10:48:00.000Z'],
    ['19 Nov 2019 10:48 +0100', '2019-11-19T09:48:00.000Z'],
    ['1574160480', '2019-11-19T10:48:00.000Z'],
    // Without a zone, Date.parse would use the machine's: refused rather than guessed.
    ['Nov 19, 2019 10:48', null],
    ['2026-13-01', null],
    ['0001-01-01', null],
    ['soon', null],
    ['', null],
    [null, null],
  ];
  for (const [input, want] of cases) assert.equal(toIsoDate(input), want, String(input));
});

function publishedAt(head: string, body = ''): string | null {
  const facts = gatherFacts(
    parseDocument(`<html><head>${head}</head><body>${body}</body></html>`),
    'https://news.example/a',
  );
  return readPublishedAt(facts, articleNode(facts.jsonLd));
}

test('the published date comes from JSON-LD, then meta tags, then <time datetime>', () => {
  const jsonLd =
    '<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2026-04-15T08:30:00Z"}</script>';
  const meta = '<meta property="article:published_time" content="2026-04-14T00:00:00Z">';
  const time = '<article><time datetime="2026-04-13T12:00:00+09:00">Apr 13</time></article>';
  assert.equal(publishedAt(jsonLd + meta, time), '2026-04-15T08:30:00.000Z');
  assert.equal(publishedAt(meta, time), '2026-04-14T00:00:00.000Z');
  assert.equal(publishedAt('', time), '2026-04-13T03:00:00.000Z');
  assert.equal(
    publishedAt(
      '<script type="application/ld+json">{"@graph":[{"@type":"WebPage"},{"@type":"BlogPosting","datePublished":"2024-01-02"}]}</script>',
    ),
    '2024-01-02T00:00:00.000Z',
  );
  assert.equal(publishedAt('<script type="application/ld+json">{not json</script>', time), '2026-04-13T03:00:00.000Z');
  assert.equal(publishedAt(''), null);
});

test('a <time> marked as the publication date wins over earlier ones', () => {
  const body =
    '<time datetime="2020-01-01">related item</time><time itemprop="datePublished" datetime="2026-04-15">Apr 15</time>';
  assert.equal(publishedAt('', body), '2026-04-15T00:00:00.000Z');
});
