import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { APIEmbed } from 'discord.js';
import type { Article, Link } from '../../../../src/services/article.js';
import {
  COVERED_BY_FIELD,
  COVERED_BY_LIMIT,
  coveredByLinks,
  withCoveredBy,
} from '../../../../src/services/feeds/present/covered-by.js';
import { articleCard, embedLength } from '../../../../src/services/format/card.js';

function card(alsoCoveredBy: Link[] = [], overrides: Partial<Article> = {}): APIEmbed {
  const article: Article = {
    url: 'https://lead.example/story',
    title: 'Railway merger approved',
    siteName: 'Lead News',
    byline: null,
    publishedAt: '2026-04-15T10:00:00Z',
    section: null,
    lang: 'en',
    image: null,
    readingMinutes: 3,
    text: 'x',
    source: null,
    related: [],
    alternates: [],
    summary: ['Regulators approved the merger.'],
    similar: [],
    requestedUrl: 'https://lead.example/story',
    fetchedAt: '2026-04-15T10:00:00Z',
    ...overrides,
  };
  return articleCard(article, { summaryFrom: 'article', alsoCoveredBy });
}

const link = (n: number, query = ''): Link => ({ title: `Feed ${n}`, url: `https://copy${n}.example/story${query}` });
const coveredBy = (embed: APIEmbed | null) =>
  embed?.fields?.find((field) => field.name === COVERED_BY_FIELD)?.value.split('\n') ?? [];

test('withCoveredBy adds the field to a card without one, rendered like a fresh card', () => {
  const amended = withCoveredBy(card(), [link(1)]);
  assert.deepEqual(coveredBy(amended), coveredBy(card([link(1)])));
  assert.match(coveredBy(amended)[0]!, /\[Feed 1\]\(https:\/\/copy1\.example\/story\) · copy1\.example/);
  const { fields: _before, ...rest } = card();
  const { fields: _after, ...amendedRest } = amended!;
  assert.deepEqual(amendedRest, rest, 'nothing else on the card changes');
});

const UNION_CASES: [string, Link[], Link[], string[]][] = [
  ['extends an existing field after its lines', [link(1)], [link(2)], ['copy1', 'copy2']],
  ['a URL already listed is not listed again (replay is harmless)', [link(1)], [link(1)], ['copy1']],
  [
    'URLs compare canonically: tracking parameters do not make a new source',
    [link(1)],
    [link(1, '?utm_source=rss')],
    ['copy1'],
  ],
  ['the same URL twice in one amendment is listed once', [], [link(1), link(1)], ['copy1']],
  [
    `at most ${COVERED_BY_LIMIT} sources`,
    [link(1), link(2), link(3)],
    [link(4), link(5), link(6), link(7)],
    ['copy1', 'copy2', 'copy3', 'copy4', 'copy5'],
  ],
];

for (const [name, existing, added, hosts] of UNION_CASES) {
  test(`withCoveredBy: ${name}`, () => {
    const before = card(existing);
    const amended = withCoveredBy(before, added) ?? before;
    assert.deepEqual(
      coveredBy(amended).map((line) => /· (copy\d)\.example$/.exec(line)?.[1]),
      hosts,
    );
    assert.equal(withCoveredBy(amended, added), null, 'applying it again changes nothing');
  });
}

test('withCoveredBy keeps the 25-field and 6000-character limits', () => {
  const full: APIEmbed = { ...card(), fields: Array.from({ length: 25 }, (_, i) => ({ name: `f${i}`, value: 'v' })) };
  assert.equal(withCoveredBy(full, [link(1)]), null, 'no room for a 26th field');

  const long = (n: number) => ({
    title: `${'Long feed name '.repeat(9)}${n}`,
    url: `https://copy${n}.example/${'a'.repeat(120)}`,
  });
  const big = card([], { summary: ['word '.repeat(1000).trim()] });
  // Leave room for about one and a half of these ~300-character lines.
  const filler = Math.floor((6000 - embedLength(big) - 450) / 2) - 'Filler'.length;
  big.fields = [...(big.fields ?? []), ...[1, 2].map(() => ({ name: 'Filler', value: 'f'.repeat(filler) }))];
  const amended = withCoveredBy(big, [long(1), long(2), long(3), long(4)]);
  assert.ok(amended, 'what fits is added');
  assert.ok(embedLength(amended) <= 6000);
  assert.equal(coveredBy(amended).length, 1, 'lines that do not fit are left out whole');
  assert.match(coveredBy(amended)[0]!, /\) · copy1\.example$/);
});

test('coveredByLinks: one link per URL, labelled by feed (host when untitled), never the lead subscription', () => {
  const copy = (id: string, url: string | null, title: string) => ({
    subscription: { id },
    item: { link: url },
    source: { title },
  });
  const links = coveredByLinks('lead', [
    copy('lead', 'https://a.example/1', 'Lead'),
    copy('s2', 'https://b.example/2', 'Bee'),
    copy('s3', 'https://b.example/2?utm_medium=x', 'Bee again'),
    copy('s4', null, 'No link'),
    copy('s5', 'https://www.c.example/3', ''),
  ]);
  assert.deepEqual(links, [
    { title: 'Bee', url: 'https://b.example/2' },
    { title: 'c.example', url: 'https://www.c.example/3' },
  ]);
});
