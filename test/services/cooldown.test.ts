import assert from 'node:assert/strict';
import { test } from 'node:test';
import { Cooldown } from '../../src/services/cooldown.js';

test('allows `limit` uses per window per key, then says how long to wait', () => {
  let now = 0;
  const cooldown = new Cooldown(2, 60_000, () => now);
  assert.deepEqual(cooldown.take('alice'), { ok: true });
  now = 10_000;
  assert.deepEqual(cooldown.take('alice'), { ok: true });
  assert.deepEqual(cooldown.take('alice'), { ok: false, retryAfterMs: 50_000 });
  assert.deepEqual(cooldown.take('bob'), { ok: true }, 'another member is not affected');
  now = 60_001;
  assert.deepEqual(cooldown.take('alice'), { ok: true }, 'the oldest use has left the window');
});

test('members who stopped asking are forgotten, so the limiter does not grow for ever', () => {
  let now = 0;
  const cooldown = new Cooldown(1, 60_000, () => now);
  for (let i = 0; i < 100; i++) cooldown.take(`member-${i}`);
  now = 120_000;
  cooldown.take('someone-new');
  assert.equal((cooldown as unknown as { uses: Map<string, number[]> }).uses.size, 1);
});
