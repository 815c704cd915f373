import assert from 'node:assert/strict';
import { test } from 'node:test';
import { summarizeExtractive } from '../../../src/services/summarize/extractive.js';
import { endsAsStatement } from '../../../src/services/summarize/sentence-shape.js';

const shapes: [text: string, expected: boolean][] = [
  ['The council approved the budget on Monday.', true],
  ['“We will appeal,” she said.”', true],
  ['He called it “a disaster.”', true],
  ['Prices rose (again).', true],
  ['회의가 끝났다.', true],
  ['会議は終わった。', true],
  ['The Best Electric Scooters', false],
  ['Image 1 of / 13', false],
  ['Posted on December 18, 2025 Posted by', false],
  ['Editorial Note:', false],
  ['Here is what you need to know:', false],
  ['Want to win more jobs with less effort?', false],
  ['Avg.', false],
  ['Photo credit.', false],
  ['回答。', false],
];

for (const [text, expected] of shapes) {
  test(`endsAsStatement(${JSON.stringify(text)}) is ${expected}`, () => assert.equal(endsAsStatement(text), expected));
}

test('headings, labels and questions between paragraphs are never bullets', () => {
  const text = [
    'The Best Electric Scooters',
    'Looking for a scooter?',
    'The city council voted on Monday to allow rental scooters on every street.',
    'What the rules say:',
    'Riders must be 18 and may not use the pavement.',
    'Operators will pay a fee for each scooter they put on the street.',
  ].join('\n\n');
  assert.deepEqual(summarizeExtractive({ text, title: 'Council allows scooters' }, 3), [
    'The city council voted on Monday to allow rental scooters on every street.',
    'Riders must be 18 and may not use the pavement.',
    'Operators will pay a fee for each scooter they put on the street.',
  ]);
});

test('a body of labels and headings gives no bullets; an unpunctuated text keeps its lines', () => {
  assert.deepEqual(summarizeExtractive({ text: 'Online Enrollment\n\nAvg.\n\nRetention Rate' }, 3), []);
  assert.deepEqual(summarizeExtractive({ text: 'सब लोग आए\n\nसभा शुरू हुई' }, 3), ['सब लोग आए', 'सभा शुरू हुई']);
});
