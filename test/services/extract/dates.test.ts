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

const FETCHED = new Date('2026-05-01T00:00:00Z');

function publishedAt(
  head: string,
  body = '',
  url = 'https://news.example/a',
  lang: string | null = null,
): string | null {
  const facts = gatherFacts(parseDocument(`<html><head>${head}</head><body>${body}</body></html>`), url);
  return readPublishedAt(facts, articleNode(facts.jsonLd), lang, FETCHED);
}

test('the published date comes from JSON-LD, then meta tags, then <time datetime>', () => {
  const jsonLd =
    '<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2026-04-15T08:30:00Z"}</script>';
  const meta = '<meta property="article:published_time" content="2026-04-14T00:00:00Z">';
  const time = '<article><time datetime="2026-04-13T12:00:00+09:00">Apr 13</time></article>';
  assert.equal(publishedAt(jsonLd + meta, time), '2026-04-15T08:30:00Z');
  assert.equal(publishedAt(meta, time), '2026-04-14T00:00:00Z');
  // The page's own offset is kept: the day is the one the page names.
  assert.equal(publishedAt('', time), '2026-04-13T12:00:00+09:00');
  assert.equal(
    publishedAt(
      '<script type="application/ld+json">{"@graph":[{"@type":"WebPage"},{"@type":"BlogPosting","datePublished":"2024-01-02"}]}</script>',
    ),
    '2024-01-02T00:00:00Z',
  );
  assert.equal(publishedAt('<script type="application/ld+json">{not json</script>', time), '2026-04-13T12:00:00+09:00');
  assert.equal(publishedAt(''), null);
});

test('a <time> marked as the publication date wins over earlier ones', () => {
  const body =
    '<time datetime="2020-01-01">related item</time><time itemprop="datePublished" datetime="2026-04-15">Apr 15</time>';
  assert.equal(publishedAt('', body), '2026-04-15T00:00:00Z');
});

test('without structured data, the URL and then a date written by the headline name the day', () => {
  assert.equal(publishedAt('', '<h1>Title</h1>', 'https://news.example/2025/09/04/title/'), '2025-09-04T00:00:00Z');
  assert.equal(publishedAt('', '<h1>Title</h1>', 'https://news.example/2025-09-04-title'), '2025-09-04T00:00:00Z');
  const header = (line: string) => `<header><h1>Council allows scooters</h1><p>${line}</p></header><p>Body.</p>`;
  assert.equal(publishedAt('', header('Posted on September 4, 2025 by Admin')), '2025-09-04T00:00:00Z');
  assert.equal(publishedAt('', header('4. März 2025')), '2025-03-04T00:00:00Z');
  assert.equal(publishedAt('', header('04.09.2025')), '2025-09-04T00:00:00Z');
  assert.equal(publishedAt('', header('09/04/2025'), undefined, 'en-US'), '2025-09-04T00:00:00Z');
  assert.equal(publishedAt('', header('2025년 9월 4일')), '2025-09-04T00:00:00Z');
  // The first publication, not the revision, even when the revision comes first.
  assert.equal(publishedAt('', header('Updated: May 2, 2025 · Published April 30, 2025')), '2025-04-30T00:00:00Z');
});

test('microdata outside <time> is read', () => {
  assert.equal(
    publishedAt('', '<span itemprop="datePublished" content="2025-02-03">Feb 3</span>'),
    '2025-02-03T00:00:00Z',
  );
});

test('a date after the fetch or before 1995 is not the publication date', () => {
  const future = '<meta property="article:published_time" content="2027-01-01T00:00:00Z">';
  const old = '<meta property="article:published_time" content="1970-01-01T00:00:00Z">';
  const time = '<time datetime="2026-04-13">Apr 13</time>';
  assert.equal(publishedAt(future, time), '2026-04-13T00:00:00Z');
  assert.equal(publishedAt(old, time), '2026-04-13T00:00:00Z');
});

test('a written day without a clock is read in any of the feed parser languages', () => {
  assert.equal(toIsoDate('September 4, 2025'), '2025-09-04T00:00:00.000Z');
  assert.equal(toIsoDate('4 septembre 2025'), '2025-09-04T00:00:00.000Z');
});

test('a <time> without a readable datetime gives its text; ordinals and other "published" meta tags are read', () => {
  assert.equal(
    publishedAt('', '<time datetime="02-12-2025">x</time><time>Aug 04, 2025</time>'),
    '2025-08-04T00:00:00Z',
  );
  assert.equal(publishedAt('<meta name="w-published-date" content="Dec 19th 2025">'), '2025-12-19T00:00:00Z');
  assert.equal(
    publishedAt('<meta name="publisher-date" content="2025-01-01"><meta name="last-updated" content="2025-02-02">'),
    null,
  );
});
