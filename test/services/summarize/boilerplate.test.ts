import assert from 'node:assert/strict';
import { test } from 'node:test';
import { isFurniture, leadInLength } from '../../../src/services/summarize/boilerplate.js';

const furniture: [sentence: string, expected: boolean][] = [
  ['By Jane Smith and John Doe', true],
  ['By . Daily Mail Reporter .', true],
  ['PUBLISHED: 10:02 EST, 3 May 2015 | UPDATED: 11:40 EST, 3 May 2015', true],
  ['Scroll down for video', true],
  ['Click here to read the full report.', true],
  ['Smoke rises over the harbour (Getty Images)', true],
  ['© 2015 Example Media. All rights reserved.', true],
  ['Media playback is not supported on this device', true],
  ['BREAKING NEWS FROM THE CAPITAL', true],
  ['By the end of the year prices had risen sharply.', false],
  ['The company told Reuters it would appeal the ruling next year.', false],
  ['NASA said the launch went well.', false],
  ['AWS는 NVDA와 AMD 칩을 함께 쓴다.', false],
  ['회의가 끝났다.', false],
];

for (const [sentence, expected] of furniture) {
  test(`isFurniture(${JSON.stringify(sentence)}) is ${expected}`, () => assert.equal(isFurniture(sentence), expected));
}

const leadIns: [sentence: string, rest: string][] = [
  ['WASHINGTON (CNN) -- The Senate passed the bill on Friday night.', 'The Senate passed the bill on Friday night.'],
  ['LONDON, England (Reuters) — Shares fell sharply in early trading.', 'Shares fell sharply in early trading.'],
  ['PARIS — French police arrested three men on Sunday.', 'French police arrested three men on Sunday.'],
  ["(CNN)ESPN's reporter apologized on Friday for the video.", "ESPN's reporter apologized on Friday for the video."],
  [
    'Share this withEmailFacebookTwitterCopy this linkThe minister resigned on Monday evening.',
    'The minister resigned on Monday evening.',
  ],
  [
    'Media playback is not supported on this deviceThe champion started from the back.',
    'The champion started from the back.',
  ],
  // Nothing is cut when what would remain is not a sentence of its own.
  ['PARIS — then nothing.', 'PARIS — then nothing.'],
  ['US (United States) officials met on Monday in Geneva.', 'US (United States) officials met on Monday in Geneva.'],
  ['I (and others) went home early.', 'I (and others) went home early.'],
];

for (const [sentence, rest] of leadIns) {
  test(`leadInLength trims ${JSON.stringify(sentence.slice(0, 30))}`, () =>
    assert.equal(sentence.slice(leadInLength(sentence)), rest));
}

const disclosures: [sentence: string, expected: boolean][] = [
  ['This article contains affiliate links that may earn us a commission at no extra cost to you.', true],
  ['Products are chosen independently by our editors.', true],
  ['If you buy something through our links, we may earn commission.', true],
  ['Buying through links on our site supports our work.', true],
  ['We independently test everything we recommend.', true],
  ['Check out our database of 13,500 companies.', true],
  ['Get started with our courses today.', true],
  ['The broker earns a commission on every trade, the regulator said.', false],
  ['Check the tyre pressure before every ride.', false],
  ['Read our Disclosure for more.', true],
  ['We are a reader-supported website and do not accept payment.', true],
  ['Read the instructions before the first ride.', false],
  ['The panel was chosen by lottery.', false],
];

for (const [sentence, expected] of disclosures) {
  test(`disclosure or call to action: isFurniture(${JSON.stringify(sentence)}) is ${expected}`, () =>
    assert.equal(isFurniture(sentence), expected));
}
