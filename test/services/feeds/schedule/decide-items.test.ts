import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { FeedItem } from '../../../../src/services/feeds/parse/index.js';
import { checkRulesFor, decideCheck, newestFirst } from '../../../../src/services/feeds/schedule/decide-items.js';
import type { SchedulerRules } from '../../../../src/services/feeds/schedule/rules.js';

const NOW = Date.parse('2026-05-01T12:00:00Z');
const HOUR = 3_600_000;

function item(id: string, hoursAgo: number | null, title = `Story ${id}`): FeedItem {
  return {
    id,
    title,
    link: `https://example.com/${id}`,
    published: hoursAgo === null ? null : new Date(NOW - hoursAgo * HOUR).toISOString(),
    summary: '',
    author: null,
  };
}

const rules = { now: NOW, firstPostCount: 1, maxItemAgeMs: 72 * HOUR, maxPosts: 5 };
// Feed order deliberately not by date: the decision must not depend on it.
const FEED = [item('b', 2), item('a', 5), item('d', 0.5), item('c', 1)];

const CASES: {
  name: string;
  seen: string[];
  initialized: boolean;
  rules?: Partial<typeof rules>;
  filter?: { include?: string[]; exclude?: string[] };
  items?: FeedItem[];
  post: string[];
  skip: string[];
  waiting: number;
}[] = [
  {
    name: 'GIVEN a first check THEN only the newest item is posted and the rest are marked seen',
    seen: [],
    initialized: false,
    post: ['d'],
    skip: ['c', 'b', 'a'],
    waiting: 0,
  },
  {
    name: 'GIVEN a first check with FEED_FIRST_POST_COUNT=2 THEN the two newest, oldest first',
    seen: [],
    initialized: false,
    rules: { firstPostCount: 2 },
    post: ['c', 'd'],
    skip: ['b', 'a'],
    waiting: 0,
  },
  {
    name: 'GIVEN a first check with FEED_FIRST_POST_COUNT=0 THEN nothing is posted',
    seen: [],
    initialized: false,
    rules: { firstPostCount: 0 },
    post: [],
    skip: ['d', 'c', 'b', 'a'],
    waiting: 0,
  },
  {
    name: 'GIVEN two unseen items THEN both are posted, oldest first',
    seen: ['a', 'b'],
    initialized: true,
    post: ['c', 'd'],
    skip: [],
    waiting: 0,
  },
  {
    name: 'GIVEN more unseen items than the cap THEN the oldest are posted and the rest wait unmarked',
    seen: [],
    initialized: true,
    rules: { maxPosts: 3 },
    post: ['a', 'b', 'c'],
    skip: [],
    waiting: 1,
  },
  {
    name: 'GIVEN an item past the maximum age THEN it is marked seen, not posted',
    seen: ['b', 'c', 'd'],
    initialized: true,
    items: [...FEED, item('old', 80)],
    post: ['a'],
    skip: ['old'],
    waiting: 0,
  },
  {
    name: 'GIVEN an undated item THEN it is not too old',
    seen: ['a', 'b', 'c', 'd'],
    initialized: true,
    items: [...FEED, item('undated', null)],
    post: ['undated'],
    skip: [],
    waiting: 0,
  },
  {
    name: 'GIVEN an exclude filter THEN matching items are marked seen, not posted',
    seen: ['a', 'b'],
    initialized: true,
    filter: { exclude: ['story d'] },
    post: ['c'],
    skip: ['d'],
    waiting: 0,
  },
  {
    name: 'GIVEN everything seen THEN nothing to do',
    seen: ['a', 'b', 'c', 'd'],
    initialized: true,
    post: [],
    skip: [],
    waiting: 0,
  },
];

for (const c of CASES) {
  test(c.name, () => {
    const decision = decideCheck(
      c.items ?? FEED,
      new Set(c.seen),
      { initialized: c.initialized, filter: c.filter },
      { ...rules, ...c.rules },
    );
    assert.deepEqual(
      decision.post.map((i) => i.id),
      c.post,
    );
    assert.deepEqual(
      decision.skipped.map((skipped) => skipped.item.id),
      c.skip,
    );
    assert.equal(decision.waiting, c.waiting);
  });
}

test('newestFirst sorts by date when every item has one, else keeps feed order', () => {
  assert.deepEqual(
    newestFirst(FEED).map((i) => i.id),
    ['d', 'c', 'b', 'a'],
  );
  const mixed = [item('x', 5), item('y', null), item('z', 1)];
  assert.deepEqual(
    newestFirst(mixed).map((i) => i.id),
    ['x', 'y', 'z'],
  );
});

test('checkRulesFor: cards are capped per check; a digest takes every new item in one message', () => {
  const scheduler = { firstPostCount: 1, maxItemAgeMs: 72 * HOUR, maxPostsPerTick: 2 } as SchedulerRules;
  const many = Array.from({ length: 30 }, (_, i) => item(`n${i}`, i / 10));
  const cases = [
    { mode: 'cards' as const, post: 2, waiting: 28 },
    { mode: 'digest' as const, post: 30, waiting: 0 },
  ];
  for (const c of cases) {
    const rules = checkRulesFor({ mode: c.mode }, scheduler, NOW);
    assert.deepEqual(
      { ...rules, maxPosts: undefined },
      { now: NOW, firstPostCount: 1, maxItemAgeMs: 72 * HOUR, maxPosts: undefined },
      c.mode,
    );
    const decision = decideCheck(many, new Set(), { initialized: true }, rules);
    assert.deepEqual([decision.post.length, decision.waiting], [c.post, c.waiting], c.mode);
    const first = decideCheck(many, new Set(), { initialized: false }, rules);
    assert.equal(first.post.length, 1, `${c.mode}: a first check still posts only the newest`);
  }
});

test('each skipped item says why: too old, filtered out, or back catalogue on a first check', () => {
  const feed = [item('old', 100), item('filtered', 1, 'Bakery news'), item('older', 3), item('newest', 0.5)];
  const decision = decideCheck(feed, new Set(), { initialized: false, filter: { exclude: ['bakery'] } }, rules);
  assert.deepEqual(
    decision.skipped.map(({ item: skipped, reason }) => [skipped.id, reason]),
    [
      ['filtered', 'filter'],
      ['old', 'too-old'],
      ['older', 'first-run'],
    ],
  );
});
