import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseFeed } from '../../../../src/services/feeds/parse/index.js';

const ids = (items: string): string[] =>
  parseFeed(
    `<rss version="2.0"><channel><title>T</title>${items}</channel></rss>`,
    'https://news.example/feed',
  ).items.map((item) => item.id);

describe('item identity', () => {
  it('uses the guid, else the link, else a hash of title and date', () => {
    const result = ids(`
      <item><guid>g1</guid><link>https://news.example/1</link></item>
      <item><link>https://news.example/2</link></item>
      <item><title>No link</title><pubDate>Tue, 14 Apr 2026 12:00:00 +0000</pubDate></item>`);
    assert.deepEqual(result.slice(0, 2), ['g1', 'https://news.example/2']);
    assert.match(result[2]!, /^sha1:[0-9a-f]{40}$/);
  });

  it('gives the same hash to the same item on the next poll', () => {
    const item = '<item><title>Stable</title><pubDate>Tue, 14 Apr 2026 12:00:00 +0000</pubDate></item>';
    assert.equal(ids(item)[0], ids(`<item><title>Newer</title></item>${item}`)[1]);
  });

  it('does not trust a guid that different items share', () => {
    const result = ids(`
      <item><guid>same</guid><link>https://news.example/1</link><title>One</title></item>
      <item><guid>same</guid><link>https://news.example/2</link><title>Two</title></item>
      <item><guid>unique</guid><link>https://news.example/3</link></item>`);
    assert.deepEqual(result, ['https://news.example/1', 'https://news.example/2', 'unique']);
  });

  it('falls through to a hash when the shared guid items also share a link', () => {
    const result = ids(`
      <item><guid>same</guid><link>https://news.example/x</link><title>One</title></item>
      <item><guid>same</guid><link>https://news.example/x</link><title>Two</title></item>`);
    assert.equal(new Set(result).size, 2);
    for (const id of result) assert.match(id, /^sha1:/);
  });

  it('keeps the guid of one entry listed twice', () => {
    const entry = '<item><guid>twice</guid><link>https://news.example/t</link><title>Twice</title></item>';
    assert.deepEqual(ids(entry + entry), ['twice', 'twice']);
  });

  it('does not hand a link id to an item when another item already has it as its guid', () => {
    const result = ids(`
      <item><guid>https://news.example/a</guid><title>A</title></item>
      <item><link>https://news.example/a</link><title>Other</title></item>`);
    assert.equal(result[0], 'https://news.example/a');
    assert.notEqual(result[1], result[0]);
  });
});
