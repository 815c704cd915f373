import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  isArticleBlock,
  isBylineLine,
  isDateline,
  withoutOrphanHeadings,
} from '../../../src/services/extract/boilerplate.js';

test('isDateline spots lines that only say when', () => {
  const cases: [string, boolean][] = [
    ['Updated 5:27 am CST, Wednesday, November 20, 2019', true],
    ['Published November 20th, 2019 - 07:50 GMT', true],
    ['November 18, 2019 | 4:10pm', true],
    ['Nov. 20, 2019 5:52 AM EST', true],
    ['Published 1 day ago', true],
    ['segunda-feira, 22 de janeiro de 2018 às 0:13', true],
    ['2020 Audi e-tron Sportback revealed', false],
    ['The vote is on November 20, 2019, after the hearings end.', false],
    ['Range and Charging', false],
  ];
  for (const [text, want] of cases) assert.equal(isDateline(text), want, text);
});

test('isArticleBlock drops link lists and copyright lines, keeps prose with links', () => {
  const block = (text: string, linkChars = 0) => ({ text, linkChars, headingLevel: 0 });
  assert.equal(isArticleBlock(block('Related: Water plumes on Europa', 23)), false);
  assert.equal(isArticleBlock(block('© 2026 Insights. All rights reserved.')), false);
  assert.equal(
    isArticleBlock(
      block(
        'Analysts said the deal, first reported by GeekWire, changes the balance of power in enterprise cloud sales.',
        8,
      ),
    ),
    true,
  );
  const citing = 'word '.repeat(40).trim();
  assert.equal(
    isArticleBlock(block(citing, Math.round(citing.length * 0.6))),
    true,
    'a long paragraph that cites a lot is still prose',
  );
});

test('withoutOrphanHeadings drops headings that introduce nothing', () => {
  const blocks = (...spec: [string, number][]) =>
    spec.map(([text, headingLevel]) => ({ text, linkChars: 0, headingLevel }));
  const kept = (...spec: [string, number][]) => withoutOrphanHeadings(blocks(...spec)).map((block) => block.text);
  assert.deepEqual(kept(['Intro', 0], ['Recipe', 2], ['Ingredients', 3], ['1 pear', 0]), [
    'Intro',
    'Recipe',
    'Ingredients',
    '1 pear',
  ]);
  assert.deepEqual(kept(['Intro', 0], ["Don't miss", 3], ['Next part', 3], ['Text', 0]), [
    'Intro',
    'Next part',
    'Text',
  ]);
  assert.deepEqual(kept(['Intro', 0], ['Join the conversation', 3]), ['Intro']);
});

test('isBylineLine: who-and-when lines, not sentences that open with "By"', () => {
  assert.equal(isBylineLine('Posted on December 18, 2025 by Admin'), true);
  assert.equal(isBylineLine('By Jane Doe | Updated 10:42 EST'), true);
  assert.equal(isBylineLine('By Jane Doe, 3 hours ago'), true);
  assert.equal(isBylineLine('By the end of 2024 prices had risen sharply.'), false);
  assert.equal(isBylineLine('By Jane Doe'), false);
});
