import assert from 'node:assert/strict';
import { test } from 'node:test';
import { DEFAULT_TEMPLATE, renderPost } from '../../../../../src/services/feeds/present/template/render-post.js';
import { checkTemplate } from '../../../../../src/services/feeds/present/template/validate.js';
import { articleCard, type CardOptions } from '../../../../../src/services/format/card.js';
import { article, FEED } from './article.js';

const many = (n: number, host: string) =>
  Array.from({ length: n }, (_, i) => ({ title: `${'Story '.repeat(30)}${i}`, url: `https://${host}/${i}` }));

// Existing subscriptions have no template and are posted with the default one: it must be today's card.
const CASES: [string, Parameters<typeof article>[0], CardOptions][] = [
  ['a full article summarised from its page', {}, { summaryFrom: 'article' }],
  [
    'an item summarised from the feed text, nothing extra',
    { source: null, related: [], similar: [], alternates: [], image: null, siteName: null, section: null },
    { summaryFrom: 'feed' },
  ],
  ['no title (the host stands in) and no summary', { title: '', summary: [] }, {}],
  [
    'hostile text',
    { title: '@everyone [x](https://evil.example) # h', summary: ['<@123> **bold**'], siteName: '<@&1>' },
    {},
  ],
  [
    'a summary and links past the 6000 total',
    { summary: ['long sentence '.repeat(400)], related: many(5, 'a.example'), similar: many(5, 'b.example') },
    { alsoCoveredBy: many(5, 'c.example'), relatedLimit: 10 },
  ],
  ['a title past 256', { title: 'T'.repeat(400) }, { alsoCoveredBy: [{ title: 'Other', url: 'https://o.example/' }] }],
];

for (const [name, overrides, options] of CASES) {
  test(`the default template renders exactly articleCard: ${name}`, () => {
    const a = article(overrides);
    assert.deepEqual(renderPost(DEFAULT_TEMPLATE, a, FEED, options), { embeds: [articleCard(a, options)] });
  });
}

test('the default template passes its own check', () => {
  assert.deepEqual(checkTemplate(DEFAULT_TEMPLATE), { ok: true });
});
