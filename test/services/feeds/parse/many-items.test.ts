import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseFeed } from '../../../../src/services/feeds/parse/index.js';

// Found by `npm run fuzz` (many-items): ids were grouped by copying each group as it grew, so a
// feed of tens of thousands of items sharing one link took seconds.

const ITEMS = 30_000;

test('a feed of 30,000 copies of one item parses every copy, and they share one id (one post)', () => {
  const item = '<item><title>T</title><link>https://e.example/a</link></item>';
  const feed = parseFeed(
    `<rss version="2.0"><channel><title>F</title>${item.repeat(ITEMS)}</channel></rss>`,
    'https://e.example/feed',
  );
  assert.equal(feed.items.length, ITEMS);
  assert.equal(new Set(feed.items.map((entry) => entry.id)).size, 1);
});

test('30,000 different items sharing one link each keep an id of their own', () => {
  const items = Array.from(
    { length: ITEMS },
    (_, index) => `<item><title>T${index}</title><link>https://e.example/a</link></item>`,
  );
  const feed = parseFeed(
    `<rss version="2.0"><channel><title>F</title>${items.join('')}</channel></rss>`,
    'https://e.example/feed',
  );
  assert.equal(new Set(feed.items.map((entry) => entry.id)).size, ITEMS);
});
