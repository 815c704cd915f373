import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  earlierPost,
  groupSameStories,
  sameStory,
  storyOf,
} from '../../../../src/services/feeds/schedule/same-story.js';

const TEXT =
  'Regulators approved the merger of the two largest freight railways after a year-long review of competition concerns';
const story = (subscription: string, link: string | null, title: string, summary = '') =>
  storyOf(subscription, { title, summary, link }, 0);

const CASES: [string, ReturnType<typeof storyOf>, ReturnType<typeof storyOf>, boolean][] = [
  [
    'same URL from two feeds',
    story('s1', 'https://a.example/x?utm_source=rss', 'One'),
    story('s2', 'https://a.example/x', 'Other'),
    true,
  ],
  [
    'syndicated copy: same text, different URLs, two feeds',
    story('s1', 'https://a.example/1', 'Railway merger approved', TEXT),
    story('s2', 'https://b.example/2', 'Railway merger approved', TEXT),
    true,
  ],
  [
    'same text in one feed is two items (templated summaries)',
    story('s1', 'https://a.example/1', 'Railway merger approved', TEXT),
    story('s1', 'https://a.example/2', 'Railway merger approved', TEXT),
    false,
  ],
  [
    'different stories',
    story('s1', 'https://a.example/1', 'Railway merger approved', TEXT),
    story(
      's2',
      'https://b.example/2',
      'Glacier retreat speeds up',
      'Scientists measured the retreat of alpine glaciers over the summer season',
    ),
    false,
  ],
  [
    'short titles alone never match by text',
    story('s1', null, 'Breaking news'),
    story('s2', null, 'Breaking news'),
    false,
  ],
];

for (const [name, a, b, expected] of CASES) {
  test(`sameStory: ${name}`, () => assert.equal(sameStory(a, b), expected));
}

test('groupSameStories keeps input order and chains likeness', () => {
  const entries = [
    story('s1', 'https://a.example/1', 'x'),
    story('s2', 'https://c.example/3', 'y'),
    story('s3', 'https://a.example/1', 'z'),
  ];
  const groups = groupSameStories(entries, (entry) => entry);
  assert.deepEqual(
    groups.map((group) => group.members.map((entry) => entry.subscriptionId)),
    [['s1', 's3'], ['s2']],
  );
  assert.deepEqual(
    groups.map((group) => group.stories),
    groups.map((group) => group.members),
    'each member comes with its story',
  );
});

test('earlierPost finds the newest earlier post of the story, preferring one whose message is known', () => {
  const copy = story('s2', 'https://a.example/1', 'x');
  const withMessage = { ...story('s1', 'https://a.example/1', 'x'), messageId: 'm1' };
  const unrelated = { ...story('s3', 'https://b.example/2', 'y'), messageId: 'm2' };
  const unposted = story('s4', 'https://a.example/1?utm_source=rss', 'x');
  assert.equal(earlierPost([withMessage, unrelated, unposted], [copy])?.messageId, 'm1');
  assert.equal(
    earlierPost([unrelated, unposted], [copy]),
    unposted,
    'a match without a message still counts as posted',
  );
  assert.equal(earlierPost([unrelated], [copy]), undefined);
});
