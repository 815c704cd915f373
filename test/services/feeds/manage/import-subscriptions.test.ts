import assert from 'node:assert/strict';
import { test } from 'node:test';
import Keyv from 'keyv';
import { FailureError } from '../../../../src/services/errors.js';
import type { FetchedFeed } from '../../../../src/services/feeds/fetch/feed-service.js';
import { type ImportTarget, importSubscriptions } from '../../../../src/services/feeds/manage/import-subscriptions.js';
import type { OpmlFeed } from '../../../../src/services/feeds/opml/types.js';
import type { SchedulerRules } from '../../../../src/services/feeds/schedule/rules.js';
import { Subscriptions } from '../../../../src/services/feeds/state/subscriptions.js';
import type { Subscription } from '../../../../src/services/feeds/state/types.js';

const NOW = Date.parse('2026-06-01T12:00:00Z');
const HERE = '100000000000000001';
const THERE = '100000000000000002';
const ROLE = '100000000000000003';
const rules = { defaultIntervalMinutes: 10, minIntervalMinutes: 5 } as SchedulerRules;

/** Every URL is a feed titled after its host, except hosts starting with "down". */
const feeds = {
  async discover(url: string): Promise<FetchedFeed> {
    const host = new URL(url).hostname;
    if (host.startsWith('down')) throw new FailureError('http-status', 'down', { status: 503 });
    return { url, feed: { format: 'rss', title: host, link: null, items: [] } };
  },
};

const outline = (host: string, settings: OpmlFeed['settings'] = {}): OpmlFeed => ({
  title: host,
  xmlUrl: `https://${host}/feed`,
  settings,
});

function setup(overrides: Partial<ImportTarget> = {}) {
  const subscriptions = new Subscriptions(new Keyv<Subscription>());
  const target: ImportTarget = {
    guildId: '1',
    fallbackChannelId: HERE,
    channels: new Set([HERE, THERE]),
    roles: new Set([ROLE]),
    userId: 'u',
    now: NOW,
    stopAt: NOW + 60_000,
    clock: () => NOW,
    ...overrides,
  };
  return { services: { feeds, subscriptions, rules }, subscriptions, target };
}

test('settings come from the file where this server has them: its channel and role, else the fallback and none', async () => {
  const { services, subscriptions, target } = setup();
  const outcomes = await importSubscriptions(
    services,
    [
      outline('a.example', { channelId: THERE, mentionRoleId: ROLE, intervalMinutes: 30, mode: 'digest' }),
      outline('b.example', { channelId: '999999999999999999', mentionRoleId: '888888888888888888', mode: 'bogus' }),
    ],
    target,
  );
  assert.deepEqual(
    outcomes.map((outcome) => outcome.outcome),
    ['subscribed', 'subscribed'],
  );
  const [a, b] = await Promise.all(
    ['a.example', 'b.example'].map(async (host) =>
      (await subscriptions.all()).find((subscription) => subscription.title === host),
    ),
  );
  assert.deepEqual([a?.channelId, a?.mentionRoleId, a?.intervalMinutes, a?.mode], [THERE, ROLE, 30, 'digest']);
  assert.deepEqual([b?.channelId, b?.mentionRoleId, b?.intervalMinutes, b?.mode], [HERE, undefined, 10, 'cards']);
});

test('the channel option wins over the file; a feed already followed there is left alone', async () => {
  const { services, subscriptions, target } = setup({ channelId: THERE });
  await importSubscriptions(services, [outline('a.example', { channelId: HERE, intervalMinutes: 30 })], target);
  const again = await importSubscriptions(services, [outline('a.example', { intervalMinutes: 60 })], target);
  assert.equal(again[0]?.outcome, 'already');
  const [only] = await subscriptions.all();
  assert.deepEqual([only?.channelId, only?.intervalMinutes], [THERE, 30]);
});

test('an outline is refused with a reason: too frequent, a bad pattern, a feed that fails, out of time', async () => {
  // The clock is read once per outline: the fourth starts after the deadline.
  let reads = 0;
  const { services, target } = setup({ stopAt: NOW + 1000, clock: () => (reads++ < 3 ? NOW : NOW + 2000) });
  const outcomes = await importSubscriptions(
    services,
    [
      outline('fast.example', { intervalMinutes: 1 }),
      outline('pattern.example', { regex: '(a+)+$' }),
      outline('down.example'),
      outline('late.example'),
    ],
    target,
  );
  const reasons = outcomes.map((outcome) => (outcome.outcome === 'refused' ? outcome.reason : outcome.outcome));
  assert.match(reasons[0] ?? '', /more often than every 5 minutes/);
  assert.match(reasons[1] ?? '', /filter pattern/);
  assert.match(reasons[2] ?? '', /answered 503/);
  assert.match(reasons[3] ?? '', /ran out of time/);
});
