import assert from 'node:assert/strict';
import { test } from 'node:test';
import { fitLines } from '../../../src/services/format/fit-lines.js';
import { LIMITS } from '../../../src/services/format/limits.js';

const line = (mark: string, length: number) => `• ${mark.repeat(length - 2)}`;

test('lines that fit are joined as they are', () => {
  assert.equal(fitLines([]), '');
  assert.equal(fitLines(['• a: gone', '• b: timed out']), '• a: gone\n• b: timed out');
  const exactly = [line('a', 999), line('b', 1000)];
  assert.equal(fitLines(exactly), exactly.join('\n'), '2000 characters exactly still fit');
});

test('lines past the content limit are left out whole, with a count, and only a lone overlong first line is cut', () => {
  const cases = [
    {
      name: 'three 900-character lines',
      lines: [line('a', 900), line('b', 900), line('c', 900)],
      kept: [line('a', 900), line('b', 900), '…and 1 more'],
    },
    {
      name: 'the note needs room too',
      lines: [line('a', 1000), line('b', 995), line('c', 10)],
      kept: [line('a', 1000), '…and 2 more'],
    },
  ];
  for (const { name, lines, kept } of cases) {
    const fitted = fitLines(lines);
    assert.ok(fitted.length <= LIMITS.content, name);
    assert.equal(fitted, kept.join('\n'), name);
  }
});

test('a first line longer than the limit is cut with an ellipsis, keeping the count of the rest', () => {
  const alone = fitLines([line('a', 2500)]);
  assert.equal(alone.length, LIMITS.content);
  assert.ok(alone.startsWith('• aaa') && alone.endsWith('…'));

  const withOthers = fitLines([line('a', 2500), line('b', 10)]);
  assert.ok(withOthers.length <= LIMITS.content);
  assert.ok(withOthers.endsWith('…\n…and 1 more'), withOthers.slice(-30));
});
