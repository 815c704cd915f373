import assert from 'node:assert/strict';
import { test } from 'node:test';
import { DIGEST_MAX_ITEMS, digestEmbed, firstSentence } from '../../../../src/services/feeds/present/digest.js';

const source = { title: 'Wire *Daily*', url: 'https://wire.example/feed.xml', link: 'https://wire.example/' };
const item = (n: number) => ({
  id: String(n),
  title: `Story ${n} [exclusive]`,
  link: `https://wire.example/${n}`,
  published: null,
  summary: `First sentence of story ${n} is here. Second one follows.`,
  author: null,
});

test('a digest lists the newest items with their first sentence, escaped, and counts the rest', () => {
  const items = Array.from({ length: DIGEST_MAX_ITEMS + 3 }, (_, i) => item(i));
  const embed = digestEmbed(source, items, 60);
  assert.match(embed.title!, /Wire \\\*Daily\\\* — 13 new/);
  assert.equal(embed.description!.split('\n• ').length, DIGEST_MAX_ITEMS);
  assert.ok(
    embed.description!.includes('[Story 0 [exclusive\\]](https://wire.example/0)'),
    'the label cannot close the link early',
  );
  assert.match(embed.description!, /First sentence of story 0 is here\./);
  assert.doesNotMatch(embed.description!, /Second one follows/);
  assert.match(embed.description!, /…and 3 more$/);
  assert.ok(embed.description!.length <= 4096);
  assert.match(embed.footer!.text, /feed's own text/);
});

const SENTENCES: [string, string][] = [
  ['One. Two.', 'One. Two.'],
  ['The first sentence is long enough. The second.', 'The first sentence is long enough.'],
  ['No end mark at all in this text', 'No end mark at all in this text'],
];

for (const [text, expected] of SENTENCES)
  test(`firstSentence(${JSON.stringify(text)})`, () => assert.equal(firstSentence(text), expected));
