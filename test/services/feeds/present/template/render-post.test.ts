import assert from 'node:assert/strict';
import { test } from 'node:test';
import { renderPost, TEXT_ONLY_DEFAULT } from '../../../../../src/services/feeds/present/template/render-post.js';
import { BRAND_COLOR } from '../../../../../src/services/format/card.js';
import { article, FEED } from './article.js';

test("a template's texts and colour replace the card's; the rest of the card stays", () => {
  const post = renderPost(
    {
      content: 'New from {feed}',
      title: '{title} ({source})',
      description: '{summary}\n\nBy {author}',
      footer: '{feed} · {reading_time}',
      color: 0x5865f2,
    },
    article(),
    FEED,
  );
  assert.equal(post.content, 'New from City Wire');
  const [embed] = post.embeds;
  assert.equal(embed?.title, 'Harbor reopens (GeekWire)');
  assert.equal(
    embed?.description,
    '• Ships are back.\n• The port hired staff.\n• Fees stay the same.\n\nBy Ada Reporter',
  );
  assert.equal(embed?.footer?.text, 'City Wire · 4 min read');
  assert.equal(embed?.color, 0x5865f2);
  assert.equal(embed?.url, 'https://news.example/a');
  assert.equal(embed?.image?.url, 'https://news.example/a.jpg');
  assert.ok(
    embed?.fields?.some((field) => field.name === 'Original'),
    'the fields are the card’s',
  );
});

test('parts a template leaves out are the card’s own (title, summary, footer, brand colour); no text means no content', () => {
  const post = renderPost({ footer: 'Via {feed}' }, article(), FEED);
  assert.equal(post.content, undefined);
  assert.equal(post.embeds[0]?.title, 'Harbor reopens');
  assert.equal(post.embeds[0]?.color, BRAND_COLOR);
  assert.equal(post.embeds[0]?.footer?.text, 'Via City Wire');
});

test('a part that renders empty is left out of the embed (Discord refuses empty titles and footers)', () => {
  const post = renderPost({ title: '{author}', footer: '{section}' }, article({ byline: null, section: null }), FEED);
  assert.equal(post.embeds[0]?.title, undefined);
  assert.equal(post.embeds[0]?.footer, undefined);
});

test('text-only posts have no embed; without a text (or a blank one) they use the default text', () => {
  const own = renderPost({ textOnly: true, content: '{title} — {link}', title: 'ignored' }, article(), FEED);
  assert.deepEqual(own, { embeds: [], content: 'Harbor reopens — https://news.example/a' });
  const fallback = renderPost({ textOnly: true }, article(), FEED);
  const blank = renderPost({ textOnly: true, content: '{author}' }, article({ byline: null }), FEED);
  assert.equal(fallback.content, renderPost({ textOnly: true, content: TEXT_ONLY_DEFAULT }, article(), FEED).content);
  assert.equal(blank.content, fallback.content);
  assert.match(fallback.content ?? '', /^\*\*Harbor reopens\*\*\n• Ships are back\./);
});

test("past 6000 with the card's fields, the description's summary gives way and the template's own text stays", () => {
  const many = (host: string) =>
    Array.from({ length: 5 }, (_, i) => ({ title: `${'Story '.repeat(30)}${i}`, url: `https://${host}/${i}` }));
  const post = renderPost(
    { description: '{summary}\n\nRead it at {source}.' },
    article({ summary: ['long sentence '.repeat(400)], related: many('a.example'), similar: many('b.example') }),
    FEED,
    { alsoCoveredBy: many('c.example'), relatedLimit: 10 },
  );
  const [embed] = post.embeds;
  assert.match(embed?.description ?? '', /…\n\nRead it at GeekWire\.$/);
  assert.ok((embed?.description?.length ?? 0) < 4096, 'shortened for the total');
});
