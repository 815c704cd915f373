import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { APIEmbed } from 'discord.js';
import type { Article } from '../../../src/services/article.js';
import { articleCard } from '../../../src/services/format/card.js';
import { LIMITS } from '../../../src/services/format/limits.js';

function article(overrides: Partial<Article> = {}): Article {
  return {
    url: 'https://news.example/a',
    title: 'A title',
    siteName: 'News',
    byline: null,
    publishedAt: '2026-04-15T09:00:00Z',
    section: 'AI',
    lang: 'en',
    image: 'https://news.example/a.jpg',
    readingMinutes: 2,
    text: 'Body.',
    source: { name: 'GeekWire', url: 'https://www.geekwire.com/story' },
    related: [{ title: 'Earlier story', url: 'https://news.example/b' }],
    alternates: [{ lang: 'ko', url: 'https://news.example/ko/a' }],
    summary: ['One.', 'Two.', 'Three.'],
    similar: [{ title: 'Close story', url: 'https://news.example/c' }],
    requestedUrl: 'https://news.example/a',
    fetchedAt: '2026-04-16T00:00:00Z',
    ...overrides,
  };
}

function totalLength(embed: APIEmbed): number {
  return (
    (embed.title?.length ?? 0) +
    (embed.description?.length ?? 0) +
    (embed.footer?.text.length ?? 0) +
    (embed.author?.name.length ?? 0) +
    (embed.fields ?? []).reduce((sum, f) => sum + f.name.length + f.value.length, 0)
  );
}

function assertWithinLimits(embed: APIEmbed): void {
  assert.ok((embed.title ?? '').length <= LIMITS.title, 'title');
  assert.ok((embed.description ?? '').length <= LIMITS.description, 'description');
  assert.ok((embed.fields ?? []).length <= LIMITS.fields, 'field count');
  for (const f of embed.fields ?? [])
    assert.ok(
      f.name.length <= LIMITS.fieldName && f.value.length <= LIMITS.fieldValue && f.value.length > 0,
      `field ${f.name}`,
    );
  assert.ok(totalLength(embed) <= LIMITS.embedTotal, `total ${totalLength(embed)}`);
}

test('the card shows title link, summary, original source, date, section, reading time, related, languages, site and image', () => {
  const card = articleCard(article());
  assert.equal(card.title, 'A title');
  assert.equal(card.url, 'https://news.example/a');
  assert.equal(card.description, '• One.\n• Two.\n• Three.');
  const fields = Object.fromEntries((card.fields ?? []).map((f) => [f.name, f.value]));
  assert.equal(fields.Original, '[GeekWire](https://www.geekwire.com/story) · geekwire.com');
  assert.equal(fields.Published, `<t:${Date.parse('2026-04-15T09:00:00Z') / 1000}:D>`);
  assert.equal(fields.Section, 'AI');
  assert.equal(fields['Reading time'], '2 min read');
  assert.match(fields.Related!, /\[Earlier story\]\(https:\/\/news\.example\/b\)/);
  assert.match(fields['More from our index']!, /Close story/, 'our own index is labelled apart');
  assert.match(fields['Other languages']!, /\[한국어\]\(https:\/\/news\.example\/ko\/a\)/);
  assert.equal(card.author?.name, 'News');
  assert.equal(card.image?.url, 'https://news.example/a.jpg');
});

test('related links are capped at five, the page’s own first', () => {
  const related = Array.from({ length: 4 }, (_, i) => ({ title: `Own ${i}`, url: `https://news.example/own${i}` }));
  const similar = Array.from({ length: 4 }, (_, i) => ({ title: `Ours ${i}`, url: `https://news.example/ours${i}` }));
  const fields = articleCard(article({ related, similar })).fields ?? [];
  const links = fields
    .filter((f) => f.name === 'Related' || f.name === 'More from our index')
    .flatMap((f) => f.value.split('\n'));
  assert.equal(links.length, 5);
  assert.match(fields.find((f) => f.name === 'More from our index')!.value, /Ours 0/);
});

test('a hostile title pings nobody and carries no masked link', () => {
  const card = articleCard(
    article({
      title: '@everyone [click](https://evil.example)',
      summary: ['<@&123456789012345678> buy now [here](https://evil.example)'],
    }),
  );
  assert.doesNotMatch(card.title!, /@everyone/);
  assert.doesNotMatch(card.title! + card.description!, /(?<!\\)\[[^\]]*\]\(https:\/\/evil/);
  assert.doesNotMatch(card.description!, /<@&\d/);
});

test('an article long enough to overflow every limit still makes a valid card', () => {
  const long = (n: number) => '_*'.repeat(n);
  const card = articleCard(
    article({
      title: long(400),
      siteName: long(300),
      section: long(600),
      summary: Array.from({ length: 5 }, () => long(1500)),
      related: Array.from({ length: 5 }, (_, i) => ({
        title: long(300),
        url: `https://news.example/${i}/${'x'.repeat(500)}`,
      })),
      alternates: Array.from({ length: 40 }, (_, i) => ({
        lang: `x${i}`,
        url: `https://news.example/${'y'.repeat(200)}`,
      })),
      source: { name: long(800), url: 'https://src.example/' + 'z'.repeat(900) },
    }),
  );
  assertWithinLimits(card);
});

test('links that are not http(s) are never made clickable', () => {
  const card = articleCard(
    article({
      url: 'javascript:alert(1)',
      image: 'data:image/png;base64,AAAA',
      related: [{ title: 'x', url: 'javascript:alert(2)' }],
    }),
  );
  assert.equal(card.url, undefined);
  assert.equal(card.image, undefined);
  assert.doesNotMatch(JSON.stringify(card), /javascript:/);
});
