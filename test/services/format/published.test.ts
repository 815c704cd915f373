import assert from 'node:assert/strict';
import { test } from 'node:test';
import { publishedText } from '../../../src/services/format/published.js';

test('the published date is a medium date in the server language, on the UTC day', () => {
  const cases: [string, string][] = [
    ['en', 'Apr 15, 2026'],
    ['ko', '2026. 4. 15.'],
    ['ja', '2026/04/15'],
  ];
  for (const [locale, expected] of cases) assert.equal(publishedText('2026-04-15T08:30:00Z', locale), expected);
  assert.equal(publishedText('2026-04-15T23:30:00-05:00', 'en'), 'Apr 16, 2026', 'the UTC day');
});

test('without a locale the date is a Discord timestamp; no date or a bad one gives none', () => {
  assert.equal(publishedText('2026-04-15T08:30:00Z'), '<t:1776241800:D>');
  assert.equal(publishedText(null, 'ko'), null);
  assert.equal(publishedText('not a date', 'ko'), null);
});
