import assert from 'node:assert/strict';
import { test } from 'node:test';
import { MAX_AUTHOR_CHARS, personName } from '../../../../src/services/feeds/parse/people.js';

// Found by `npm run fuzz` (external-entity + huge-text): a 190 KB author line without spaces
// made the address patterns backtrack for seconds. Author lines are read up to a bound.

test('a huge author line without spaces gives a bounded name', () => {
  const name = personName('x'.repeat(200_000));
  assert.ok(name !== null && name.length <= MAX_AUTHOR_CHARS);
});

test('a huge author line of address fragments gives a bounded name or none', () => {
  const name = personName('a@b'.repeat(70_000));
  assert.ok(name === null || name.length <= MAX_AUTHOR_CHARS);
});

test('ordinary author lines read as before', () => {
  assert.equal(personName('editor@example.com (Example Editor)'), 'Example Editor');
  assert.equal(personName('Example Editor <editor@example.com>'), 'Example Editor');
  assert.equal(personName('editor@example.com'), null);
});
