import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { APIEmbed } from 'discord.js';
import {
  isSamePost,
  NONCE_TRUST_MS,
  nonceMayHaveExpired,
} from '../../../../../src/services/feeds/deliver/poster/earlier-post.js';

const card: APIEmbed = {
  url: 'https://news.example/a/1',
  title: 'Harbor council budget',
  description: 'The council agreed.',
  footer: { text: 'Summary from the full article' },
};
const digest: APIEmbed = {
  url: 'https://news.example/',
  title: 'News — 2 new',
  description: '• [One](https://news.example/1)\n• [Two](https://news.example/2)',
};

test('a fetched message is the same post when its text and first embed (link, title, description) match', () => {
  const cases: [string, { content?: string; embeds: APIEmbed[] }, { content: string; embeds: APIEmbed[] }, boolean][] =
    [
      ['the card as posted', { embeds: [card] }, { content: '', embeds: [card] }, true],
      [
        'the card after an "Also covered by" amendment',
        { embeds: [card] },
        {
          content: '',
          embeds: [{ ...card, fields: [{ name: 'Also covered by', value: '[Other](https://other.example/1)' }] }],
        },
        true,
      ],
      [
        'the card as Discord returns it (type added, URL percent-encoded, text trimmed)',
        { embeds: [{ ...card, url: 'https://news.example/é' }] },
        {
          content: '',
          embeds: [
            {
              ...card,
              type: 'rich' as APIEmbed['type'],
              url: 'https://news.example/%C3%A9',
              title: ` ${card.title}\n`,
            },
          ],
        },
        true,
      ],
      [
        'another article',
        { embeds: [card] },
        { content: '', embeds: [{ ...card, url: 'https://news.example/a/2' }] },
        false,
      ],
      [
        'the same link under another title',
        { embeds: [card] },
        { content: '', embeds: [{ ...card, title: 'Other' }] },
        false,
      ],
      [
        'a digest listing other items (same title and link)',
        { embeds: [digest] },
        { content: '', embeds: [{ ...digest, description: '• [Three](https://news.example/3)' }] },
        false,
      ],
      ['the digest as posted', { embeds: [digest] }, { content: '', embeds: [digest] }, true],
      [
        'the pause notice as posted',
        { content: '⏸️ Stopped checking **Wire**', embeds: [] },
        { content: '⏸️ Stopped checking **Wire**', embeds: [] },
        true,
      ],
      [
        'another notice',
        { content: '⏸️ Stopped checking **Wire**', embeds: [] },
        { content: '⏸️ Stopped checking **Other**', embeds: [] },
        false,
      ],
      [
        'a card where a notice was expected',
        { content: '⏸️ Stopped checking **Wire**', embeds: [] },
        { content: '', embeds: [card] },
        false,
      ],
      ['text alone where a card was expected', { embeds: [card] }, { content: card.url!, embeds: [] }, false],
    ];
  for (const [name, entry, message, expected] of cases)
    assert.equal(isSamePost(entry, { id: '1', ...message }), expected, name);
});

test('only an entry first sent at least NONCE_TRUST_MS ago may have outlived its nonce', () => {
  const now = 1_000_000_000;
  const cases: [string, number | undefined, boolean][] = [
    ['never sent', undefined, false],
    ['sent just now', now, false],
    ['sent a moment inside the margin', now - NONCE_TRUST_MS + 1, false],
    ['sent exactly the margin ago', now - NONCE_TRUST_MS, true],
    ['sent an hour ago', now - 3_600_000, true],
  ];
  for (const [name, firstAttemptAt, expected] of cases)
    assert.equal(nonceMayHaveExpired({ firstAttemptAt }, now), expected, name);
});
