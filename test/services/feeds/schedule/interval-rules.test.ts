import assert from 'node:assert/strict';
import { test } from 'node:test';
import { chooseInterval } from '../../../../src/services/feeds/schedule/interval-rules.js';
import { DIGEST_DEFAULT_INTERVAL_MINUTES } from '../../../../src/services/feeds/schedule/rules.js';

const rules = { defaultIntervalMinutes: 15, minIntervalMinutes: 5 };

test("a member's own interval at or above the minimum is kept as given", () => {
  assert.deepEqual(chooseInterval(rules, 'cards', 5), { ok: true, minutes: 5 });
  assert.deepEqual(chooseInterval(rules, 'digest', 240), { ok: true, minutes: 240 });
});

test("a member's own interval below the minimum is refused, naming the minimum", () => {
  assert.deepEqual(chooseInterval(rules, 'cards', 4), { ok: false, minIntervalMinutes: 5 });
  assert.deepEqual(chooseInterval(rules, 'digest', 1), { ok: false, minIntervalMinutes: 5 });
});

test('without a choice, cards use the configured default and digests an hour', () => {
  assert.deepEqual(chooseInterval(rules, 'cards', null), { ok: true, minutes: 15 });
  assert.deepEqual(chooseInterval(rules, 'digest', null), { ok: true, minutes: DIGEST_DEFAULT_INTERVAL_MINUTES });
});

test("a digest's default is raised to a minimum above an hour instead of being refused", () => {
  assert.deepEqual(chooseInterval({ defaultIntervalMinutes: 120, minIntervalMinutes: 120 }, 'digest', null), {
    ok: true,
    minutes: 120,
  });
});
