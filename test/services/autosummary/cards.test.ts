import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Article } from '../../../src/services/article.js';
import { cardsForOneMessage } from '../../../src/services/autosummary/cards.js';
import { articleCard, embedLength } from '../../../src/services/format/card.js';
import { LIMITS } from '../../../src/services/format/limits.js';

function article(id: string, overrides: Partial<Article> = {}): Article {
  return {
    url: `https://news.example/${id}`,
    title: `Story ${id}`,
    siteName: 'News',
    byline: null,
    publishedAt: '2026-04-15T09:00:00Z',
    section: 'AI',
    lang: 'en',
    image: null,
    readingMinutes: 2,
    text: 'Body.',
    source: null,
    related: [{ title: 'Earlier story', url: 'https://news.example/b' }],
    alternates: [],
    summary: ['One.', 'Two.', 'Three.'],
    similar: [],
    requestedUrl: `https://news.example/${id}`,
    fetchedAt: '2026-04-16T00:00:00Z',
    ...overrides,
  };
}

const total = (embeds: { title?: string }[]) => embeds.reduce((sum, embed) => sum + embedLength(embed), 0);

test('small cards are the usual cards, one per article, in order', () => {
  const articles = [article('a'), article('b')];
  assert.deepEqual(
    cardsForOneMessage(articles),
    articles.map((a) => articleCard(a)),
  );
});

test('the shared-by name is on every card', () => {
  for (const card of cardsForOneMessage([article('a'), article('b')], { sharedBy: 'Alice' }))
    assert.match(card.footer?.text ?? '', /Shared by Alice/);
});

const related = Array.from({ length: 10 }, (_, i) => ({
  title: `Related story number ${i} `.repeat(6),
  url: `https://news.example/related/${i}`,
}));
const longSummary = Array.from({ length: 5 }, (_, i) => `Sentence ${i} `.repeat(60));
const fullSummary = Array.from({ length: 3 }, (_, i) => `Sentence ${i} `.repeat(45));

const heavy: { name: string; articles: Article[] }[] = [
  {
    name: 'three cards with many related links',
    articles: ['a', 'b', 'c'].map((id) => article(id, { summary: fullSummary, related, similar: related })),
  },
  {
    name: 'three cards with very long summaries',
    articles: ['a', 'b', 'c'].map((id) => article(id, { summary: longSummary, related, title: 'T'.repeat(300) })),
  },
];

for (const { name, articles } of heavy) {
  test(`${name} fit Discord's 6000-character total for one message`, () => {
    assert.ok(total(articles.map((a) => articleCard(a))) > LIMITS.embedTotal, 'the case is really over the limit');
    const cards = cardsForOneMessage(articles);
    assert.equal(cards.length, 3);
    assert.ok(total(cards) <= LIMITS.embedTotal, `total ${total(cards)}`);
    for (const [i, card] of cards.entries()) {
      assert.equal(card.url, articles[i]!.url, 'each card still links its article');
      assert.ok((card.description ?? '').length > 0, 'each card keeps a summary');
    }
  });
}

test('related links are cut before anything else', () => {
  const articles = ['a', 'b', 'c'].map((id) => article(id, { summary: fullSummary, related, similar: related }));
  assert.ok(total(articles.map((a) => articleCard(a))) > LIMITS.embedTotal);
  const cards = cardsForOneMessage(articles);
  assert.deepEqual(
    cards.map((card) => card.description),
    articles.map((a) => articleCard(a).description),
    'summaries untouched',
  );
});
