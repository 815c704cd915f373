import assert from 'node:assert/strict';
import { test } from 'node:test';
import { isFailure } from '../../../../src/services/errors.js';
import { buildFilter, compileFilterPattern, passesFilter } from '../../../../src/services/feeds/schedule/filters.js';

const ITEM = { title: 'OpenAI signs a cloud deal with AWS', summary: 'The agreement covers Bedrock and custom chips.' };

const CASES: [string, Parameters<typeof passesFilter>[0], boolean][] = [
  ['no filter passes everything', undefined, true],
  ['include matches the title, case-insensitively', { include: ['openai'] }, true],
  ['include matches the summary', { include: ['bedrock'] }, true],
  ['include with no match refuses', { include: ['nvidia', 'intel'] }, false],
  ['exclude wins over include', { include: ['openai'], exclude: ['aws'] }, false],
  ['regex on title and summary', { regex: '\\bcustom chips?\\b' }, true],
  ['regex that does not match refuses', { regex: '^Microsoft' }, false],
  ['a stored pattern that no longer compiles matches nothing', { regex: '(' }, false],
];

for (const [name, filter, expected] of CASES) {
  test(`passesFilter: ${name}`, () => assert.equal(passesFilter(filter, ITEM), expected));
}

const REFUSED: [string, string][] = [
  ['nested quantifier (a+)+', '(a+)+$'],
  ['nested star (\\w*)*', '(\\w*)*x'],
  ['an invalid pattern', '(unclosed'],
  ['a pattern over 200 characters', 'a'.repeat(201)],
];

for (const [name, pattern] of REFUSED) {
  test(`compileFilterPattern refuses ${name}`, () => {
    assert.throws(
      () => compileFilterPattern(pattern),
      (error: unknown) => isFailure(error) && error.kind === 'invalid-filter',
    );
  });
}

test('buildFilter reads comma lists, drops empties, and returns undefined when nothing was asked', () => {
  assert.equal(buildFilter({}), undefined);
  assert.deepEqual(buildFilter({ include: ' ai , chips,, ', exclude: 'sponsored' }), {
    include: ['ai', 'chips'],
    exclude: ['sponsored'],
  });
  assert.deepEqual(buildFilter({ regex: ' ^Breaking ' }), { regex: '^Breaking' });
});
