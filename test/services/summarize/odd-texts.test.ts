import assert from 'node:assert/strict';
import { test } from 'node:test';
import { summarizeExtractive } from '../../../src/services/summarize/index.js';
import { splitSentences } from '../../../src/services/summarize/sentences.js';

// Found by `npm run fuzz`: ICU's sentence iterator slowed down sharply on long lines of combining
// marks, Arabic or lone surrogates, so long lines are segmented in windows. These check that the
// windows change nothing a reader would see.

test('a line far longer than a segmenting window splits into the same sentences', () => {
  const sentences = Array.from({ length: 3000 }, (_, index) => `Sentence number ${index} is here.`);
  assert.deepEqual(splitSentences(sentences.join(' ')), sentences);
});

test('a 100k-character line of combining marks splits at every full stop', () => {
  const unit = 'Z\u0301\u0302\u0303a\u0306. ';
  const text = unit.repeat(10_000);
  const split = splitSentences(text);
  assert.equal(split.length, 10_000);
  assert.ok(split.every((sentence) => sentence === unit.trim()));
});

test('one sentence longer than a window stays one sentence (a window end is no sentence end)', () => {
  const text = `${'and then '.repeat(5000)}.`;
  assert.deepEqual(splitSentences(text), [text]);
});

test('odd texts summarize to at most the sentences asked for, each a substring of the text', () => {
  const texts = [
    'هذا خبر مهم جدا عن المدينة. זו ידיעה חשובה. '.repeat(3000),
    'A \ud800 b\u0000 c\u200b\u202e d. '.repeat(5000),
    '😀👍🏽🇺🇸 '.repeat(20_000),
    '東京都は新しい予算を承認した'.repeat(8000),
  ];
  for (const text of texts) {
    const summary = summarizeExtractive({ text }, 3);
    assert.ok(summary.length <= 3);
    for (const sentence of summary) assert.ok(text.includes(sentence));
  }
});
