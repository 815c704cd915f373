import assert from 'node:assert/strict';
import { test } from 'node:test';
import { FailureError } from '../../../../src/services/errors.js';
import {
  MAX_BACKOFF_MS,
  nextCheckAfterFailure,
  nextCheckAfterSuccess,
  retryAtFrom,
} from '../../../../src/services/feeds/schedule/backoff.js';

const NOW = 1_000_000_000_000;
const MIN = 60_000;

const FAILURE_CASES: [number, number, number][] = [
  [10, 1, 10 * MIN],
  [10, 2, 20 * MIN],
  [10, 4, 80 * MIN],
  [10, 9, MAX_BACKOFF_MS],
  [2, 1, 2 * MIN],
];

for (const [interval, failures, delay] of FAILURE_CASES) {
  test(`GIVEN every ${interval} min and ${failures} failures THEN wait ${delay / MIN} min`, () => {
    assert.equal(nextCheckAfterFailure(NOW, interval, failures), NOW + delay);
  });
}

test('a Retry-After later than the backoff wins, on success and on failure', () => {
  assert.equal(nextCheckAfterSuccess(NOW, 10, NOW + 60 * MIN), NOW + 60 * MIN);
  assert.equal(nextCheckAfterFailure(NOW, 10, 1, NOW + 90 * MIN), NOW + 90 * MIN);
  assert.equal(nextCheckAfterSuccess(NOW, 10), NOW + 10 * MIN);
});

test('retryAtFrom reads Retry-After seconds from a 429/503 failure and caps it at a day', () => {
  assert.equal(
    retryAtFrom(new FailureError('http-status', 'x', { status: 429, retryAfterSeconds: 120 }), NOW),
    NOW + 120_000,
  );
  assert.equal(
    retryAtFrom(new FailureError('http-status', 'x', { status: 503, retryAfterSeconds: 10 ** 9 }), NOW),
    NOW + 24 * 60 * MIN,
  );
  assert.equal(retryAtFrom(new FailureError('http-status', 'x', { status: 500 }), NOW), undefined);
  assert.equal(retryAtFrom(new Error('bug'), NOW), undefined);
});
