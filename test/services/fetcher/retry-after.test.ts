import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseRetryAfter } from '../../../src/services/fetcher/index.js';

const NOW = Date.parse('2025-03-01T12:00:00Z');

const CASES: [string | undefined, number | undefined][] = [
  ['120', 120],
  [' 0 ', 0],
  ['Sat, 01 Mar 2025 12:01:30 GMT', 90],
  ['Sat, 01 Mar 2025 11:00:00 GMT', 0],
  ['soon', undefined],
  ['-5', undefined],
  ['', undefined],
  [undefined, undefined],
];

for (const [value, seconds] of CASES) {
  test(`Retry-After ${JSON.stringify(value)} → ${seconds}`, () => assert.equal(parseRetryAfter(value, NOW), seconds));
}
