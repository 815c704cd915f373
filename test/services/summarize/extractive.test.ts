import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { parseHTML } from 'linkedom';
import { summarizeExtractive } from '../../../src/services/summarize/extractive.js';
import { FIXTURE_SITE_DIR } from '../../helpers/paths.js';

const ARTICLE = [
  'The city council voted on Tuesday to build a new bridge across the river, ending a decade of debate.',
  'The bridge will cost 40 million dollars and carry cars, bikes and a tram line.',
  'Construction is due to start next spring and take three years.',
  'Some residents on the east bank opposed the plan because of traffic.',
  'The mayor said the bridge would cut commuting times across the city by a third.',
  'A local bakery celebrated the decision by selling bridge-shaped cakes.',
  'The council will publish the final design in the autumn.',
].join(' ');

/** Where each sentence starts in `text`, asserting it is an exact substring found in order. */
function offsetsIn(text: string, sentences: string[]): number[] {
  const offsets: number[] = [];
  let from = 0;
  for (const sentence of sentences) {
    const at = text.indexOf(sentence, from);
    assert.ok(at >= 0, `not an in-order substring: ${sentence}`);
    offsets.push(at);
    from = at + sentence.length;
  }
  return offsets;
}

test('returns the number of sentences asked for, as exact substrings in article order', () => {
  for (const count of [1, 2, 3, 5]) {
    const summary = summarizeExtractive({ text: ARTICLE }, count);
    assert.equal(summary.length, count);
    offsetsIn(ARTICLE, summary);
    for (const sentence of summary) assert.equal(sentence, sentence.trim());
  }
});

test('the opening sentence of a news article leads the summary', () => {
  assert.equal(summarizeExtractive({ text: ARTICLE }, 3)[0], ARTICLE.slice(0, ARTICLE.indexOf('debate.') + 7));
});

test('is deterministic', () => {
  assert.deepEqual(summarizeExtractive({ text: ARTICLE }, 3), summarizeExtractive({ text: ARTICLE }, 3));
});

test('a very short text returns what it has', () => {
  assert.deepEqual(summarizeExtractive({ text: 'Only one sentence here. And a second one.' }, 3), [
    'Only one sentence here.',
    'And a second one.',
  ]);
  assert.deepEqual(summarizeExtractive({ text: '' }, 3), []);
  assert.deepEqual(summarizeExtractive({ text: ARTICLE }, 0), []);
});

test('near-duplicate sentences (a caption repeating the lead) appear once', () => {
  const text =
    'People who have never divorced can expect a retirement income 13 per cent higher than a divorced colleague.\n\n' +
    'People who have never been divorced can expect a retirement income 13 per cent higher than a colleague who divorced.\n\n' +
    'The survey of 2,000 retirees was carried out for an insurer in March.\n\n' +
    'One in five divorcees who retire this year will still have debts.\n\n' +
    'Researchers said the gap has grown since the last survey in 2010.';
  const summary = summarizeExtractive({ text }, 3);
  assert.equal(summary.length, 3);
  assert.equal(summary.filter((sentence) => sentence.startsWith('People who have never')).length, 1);
});

test('page furniture is dropped and a dateline is trimmed from the front', () => {
  const text = [
    'By Jane Smith',
    'PUBLISHED: 10:02 EST, 3 May 2015 | UPDATED: 11:40 EST, 3 May 2015',
    'WASHINGTON (CNN) -- The Senate passed the budget bill late on Friday after a week of talks.',
    'Scroll down for video',
    'The bill funds the government until the end of September.',
    'Click here to read the full text of the bill.',
    'Leaders of both parties said they expected the House to pass it next week.',
  ].join('\n\n');
  const summary = summarizeExtractive({ text }, 3);
  assert.deepEqual(summary, [
    'The Senate passed the budget bill late on Friday after a week of talks.',
    'The bill funds the government until the end of September.',
    'Leaders of both parties said they expected the House to pass it next week.',
  ]);
});

test('a sentence that restates the title is preferred over a side detail', () => {
  const summary = summarizeExtractive(
    { text: ARTICLE, title: 'Mayor says new bridge will cut commuting times by a third' },
    3,
  );
  assert.ok(
    summary.includes('The mayor said the bridge would cut commuting times across the city by a third.'),
    summary.join(' | '),
  );
  assert.ok(!summary.includes('A local bakery celebrated the decision by selling bridge-shaped cakes.'));
});

/** The article paragraphs of a fixture page, joined the way the extractor hands text over. */
function fixtureText(path: string): { text: string; title: string; lang: string } {
  const { document } = parseHTML(readFileSync(join(FIXTURE_SITE_DIR, path), 'utf8'));
  const paragraphs = [...document.querySelectorAll('article p')]
    .map((p) => p.textContent?.trim() ?? '')
    .filter(Boolean);
  return {
    text: paragraphs.join('\n\n'),
    title: document.querySelector('h1')?.textContent ?? '',
    lang: document.documentElement.getAttribute('lang') ?? '',
  };
}

const FIXTURES: [lang: string, ending: RegExp][] = [
  ['ko', /다\.$/],
  ['ja', /[。！？]$/],
];

for (const [lang, ending] of FIXTURES) {
  test(`the ${lang} fixture page summarizes into whole sentences`, () => {
    const page = fixtureText(`${lang}/ai/openai-aws-turn.html`);
    assert.equal(page.lang, lang);
    const summary = summarizeExtractive(page, 3);
    assert.equal(summary.length, 3);
    const offsets = offsetsIn(page.text, summary);
    summary.forEach((sentence, i) => {
      assert.match(sentence, ending, `does not end like a sentence: ${sentence}`);
      // Starts where a sentence starts: at a paragraph start or right after a sentence end.
      const before = page.text.slice(0, offsets[i]).trimEnd();
      assert.ok(
        before === '' || /[.!?。！？]["”’」』]?$/.test(before) || page.text.slice(0, offsets[i]).endsWith('\n\n'),
        `starts mid-sentence: ${sentence}`,
      );
    });
  });
}

test('a 0.3 MB text of short sentences is summarized from a bounded prefix of it', () => {
  const text = Array.from({ length: 20_000 }, (_, i) => `Cat number ${i} ran far away.`).join(' ');
  assert.ok(text.length > 300_000);
  const bounds = { maxInputChars: 50_000, maxSentences: 500 };
  const summary = summarizeExtractive({ text, title: 'Cats' }, 3, bounds);
  assert.equal(summary.length, 3);
  const prefix = text.slice(0, bounds.maxInputChars);
  for (const sentence of summary) assert.ok(prefix.includes(sentence), `${sentence} is not from the prefix`);
  // Only the first maxSentences sentences are scored, so nothing later is chosen.
  const lastScored = `Cat number ${bounds.maxSentences - 1} ran far away.`;
  for (const sentence of summary) assert.ok(text.indexOf(sentence) <= text.indexOf(lastScored), sentence);
});

test('a 0.6 MB line of emoji and one 1 MB sentence come back as a prefix cut at the bound', () => {
  const bounds = { maxInputChars: 10_000, maxSentences: 100 };
  const [emoji] = summarizeExtractive({ text: '😀'.repeat(300_000) }, 3, bounds);
  assert.ok(emoji !== undefined && emoji.length <= bounds.maxInputChars && emoji.length > 0);
  assert.ok(/^(?:😀)+$/u.test(emoji), 'no surrogate pair is cut in two');
  const words = 'word '.repeat(200_000);
  const [sentence] = summarizeExtractive({ text: words }, 3, bounds);
  assert.ok(sentence !== undefined && sentence.length <= bounds.maxInputChars && words.startsWith(sentence));
});

test('an empty or blank text has no summary', () => {
  assert.deepEqual(summarizeExtractive({ text: '' }, 3), []);
  assert.deepEqual(summarizeExtractive({ text: ' \n\n \t' }, 3), []);
});
