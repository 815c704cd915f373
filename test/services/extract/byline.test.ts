import assert from 'node:assert/strict';
import { test } from 'node:test';
import { cleanAuthorName } from '../../../src/services/extract/author-name.js';
import { readByline } from '../../../src/services/extract/byline.js';
import { parseDocument } from '../../../src/services/extract/dom.js';
import { articleNode } from '../../../src/services/extract/json-ld.js';
import { gatherFacts } from '../../../src/services/extract/page-facts.js';

const names: [raw: string, expected: string | null][] = [
  ['By Jane Doe | May 1, 2024 Print', 'Jane Doe'],
  ['by Jeff FoustMonday, November 18, 2019', 'Jeff Foust'],
  ['Andrew Gerrand 4 August 2010', 'Andrew Gerrand'],
  ['Written ByStephen Jesudunsin', 'Stephen Jesudunsin'],
  ['Updated January 08, 2026 Written by Meghan Neville Content Marketing Coordinator', 'Meghan Neville'],
  ['Rasmus Barslund Founder & Lead Reviewer Updated Feb 27, 2026', 'Rasmus Barslund'],
  ['Russell MillerDec 18, 2025', 'Russell Miller'],
  ['Cazzy MagennisLast updated', 'Cazzy Magennis'],
  ['Author: Michael Ansaldo', 'Michael Ansaldo'],
  ['Posted by BeauHD on Friday December 19, 2025 @08:00PM', 'BeauHD'],
  ['Maria &amp; Katerina', 'Maria & Katerina'],
  ['Danielle DeSiato', 'Danielle DeSiato'],
  ['Written By', null],
  ['Sat, 20 Dec, 2025 - 06:36', null],
];

for (const [raw, expected] of names) {
  test(`cleanAuthorName(${JSON.stringify(raw)}) is ${JSON.stringify(expected)}`, () =>
    assert.equal(cleanAuthorName(raw), expected));
}

test('a site name glued to the byline is dropped', () => {
  assert.equal(cleanAuthorName('Manoj Jain, The Commercial Appeal', ['The Commercial Appeal']), 'Manoj Jain');
  assert.equal(cleanAuthorName('Brian Truitt USA TODAY', ['USA TODAY']), 'Brian Truitt');
});

function byline(head: string, body = ''): string | null {
  const facts = gatherFacts(
    parseDocument(`<html><head>${head}</head><body>${body}</body></html>`),
    'https://news.example/a',
  );
  return readByline(facts, articleNode(facts.jsonLd));
}

const ld = (value: unknown) => `<script type="application/ld+json">${JSON.stringify(value)}</script>`;

test('JSON-LD authors given by @id are resolved in the @graph, and several are kept', () => {
  const graph = {
    '@graph': [
      { '@type': 'Article', author: [{ '@id': '#jane' }, { '@id': '#raj' }] },
      { '@type': 'Person', '@id': '#jane', name: 'Jane Doe' },
      { '@type': 'Person', '@id': '#raj', name: 'Raj Patel' },
    ],
  };
  assert.equal(byline(ld(graph)), 'Jane Doe, Raj Patel');
});

test('the site credited as author gives way to a person named on the page', () => {
  const head =
    '<meta property="og:site_name" content="Example Clinic">' +
    ld({ '@type': 'Article', author: { '@type': 'Organization', name: 'Example Clinic' } });
  assert.equal(byline(head, '<header><h1>Sleep well</h1><p>By Holly Wilgus</p></header>'), 'Holly Wilgus');
  assert.equal(byline(head), 'Example Clinic');
});

test('a quoted party in a ClaimReview is not the author', () => {
  const head = ld({
    '@type': 'ClaimReview',
    itemReviewed: { '@type': 'Claim', author: { '@type': 'Person', name: 'A Politician' } },
  });
  assert.equal(byline(head, '<div class="byline">By Sam Checker</div>'), 'Sam Checker');
});

test('"by" in a sentence near the headline is not a byline', () => {
  assert.equal(byline('', '<header><h1>Title</h1><p>Caused by this process, the river rose.</p></header>'), null);
});
