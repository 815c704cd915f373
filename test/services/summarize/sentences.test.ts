import assert from 'node:assert/strict';
import { test } from 'node:test';
import { splitSentences } from '../../../src/services/summarize/sentences.js';

const cases: [name: string, text: string, lang: string | null, expected: string[]][] = [
  [
    'titles do not end a sentence',
    'Mr. Smith met Dr. Jones. They talked.',
    'en',
    ['Mr. Smith met Dr. Jones.', 'They talked.'],
  ],
  [
    'Mrs., Prof. and Gen. are titles',
    'Mrs. Lee and Prof. Kim met Gen. Park. It rained.',
    'en',
    ['Mrs. Lee and Prof. Kim met Gen. Park.', 'It rained.'],
  ],
  [
    'U.S. before a name continues',
    'The U.S. Army said so. Troops left.',
    'en',
    ['The U.S. Army said so.', 'Troops left.'],
  ],
  [
    'U.S. at the end of a sentence ends it',
    'He moved to the U.S. The move was hard.',
    'en',
    ['He moved to the U.S.', 'The move was hard.'],
  ],
  [
    'U.S. before a lower-case word continues',
    'She moved to the U.S. from Ukraine in 1991. She was 8.',
    'en',
    ['She moved to the U.S. from Ukraine in 1991.', 'She was 8.'],
  ],
  [
    'month abbreviation before a day',
    'It opened on Jan. 5 in Paris. Crowds came.',
    'en',
    ['It opened on Jan. 5 in Paris.', 'Crowds came.'],
  ],
  ['initials in a name', 'J. K. Rowling wrote it. Fans cheered.', 'en', ['J. K. Rowling wrote it.', 'Fans cheered.']],
  ['decimals', 'Growth was 3.5 percent. Prices rose 0.2%.', 'en', ['Growth was 3.5 percent.', 'Prices rose 0.2%.']],
  ['a quote that ends a sentence', 'He said, "We won." Then he left.', 'en', ['He said, "We won."', 'Then he left.']],
  [
    'curly quotes',
    'She wrote: “It is over.” The board agreed.',
    'en',
    ['She wrote: “It is over.”', 'The board agreed.'],
  ],
  ['ellipsis before a capital', 'He paused... Then he spoke.', 'en', ['He paused...', 'Then he spoke.']],
  [
    'ellipsis before lower case continues',
    'He paused... and then he spoke.',
    'en',
    ['He paused... and then he spoke.'],
  ],
  ['question and exclamation', 'Who won? We did! Great.', 'en', ['Who won?', 'We did!', 'Great.']],
  [
    'No. before a number',
    'He lives at No. 10 Downing Street. It is old.',
    'en',
    ['He lives at No. 10 Downing Street.', 'It is old.'],
  ],
  [
    'company suffix before a name',
    'Apple Inc. Chief Tim Cook spoke. He smiled.',
    'en',
    ['Apple Inc. Chief Tim Cook spoke.', 'He smiled.'],
  ],
  [
    'company suffix at the end',
    'He works at Apple Inc. The firm grew.',
    'en',
    ['He works at Apple Inc.', 'The firm grew.'],
  ],
  [
    'full stop glued to the next sentence',
    'It rained at home.Half of the town flooded.',
    'en',
    ['It rained at home.', 'Half of the town flooded.'],
  ],
  [
    'paragraphs never share a sentence',
    'First part of a line\n\nSecond paragraph. Another one.',
    'en',
    ['First part of a line', 'Second paragraph.', 'Another one.'],
  ],
  ['a line break ends a heading', 'A heading\nThe body starts here.', 'en', ['A heading', 'The body starts here.']],
  [
    'Chinese without spaces',
    '今天天气很好。我们去公园！你来吗？',
    'zh',
    ['今天天气很好。', '我们去公园！', '你来吗？'],
  ],
  ['Japanese without spaces', '東京は晴れです。明日は雨でしょう！', 'ja', ['東京は晴れです。', '明日は雨でしょう！']],
  ['Japanese with spaces', '会議は終わった。 次は来週だ。', 'ja', ['会議は終わった。', '次は来週だ。']],
  [
    'Japanese quoted speech stays one sentence',
    '「重要だ。」と彼は述べた。次の話題です。',
    'ja',
    ['「重要だ。」と彼は述べた。', '次の話題です。'],
  ],
  ['Korean 다. endings', '회의가 끝났다. 다음 회의는 다음 주다.', 'ko', ['회의가 끝났다.', '다음 회의는 다음 주다.']],
  [
    'Korean 다. without a space',
    '회의가 끝났다.다음 회의는 다음 주다.',
    'ko',
    ['회의가 끝났다.', '다음 회의는 다음 주다.'],
  ],
  ['unknown language tag falls back', 'One. Two.', 'not a language!', ['One.', 'Two.']],
  ['empty text', '  \n\n ', 'en', []],
];

for (const [name, text, lang, expected] of cases) {
  test(`splitSentences: ${name}`, () => assert.deepEqual(splitSentences(text, lang), expected));
}

test('splitSentences returns trimmed exact substrings in order', () => {
  const text = '  Mr. Lee arrived.  He sat down.\n\n「会議だ。」と言った。 회의가 끝났다.  ';
  const sentences = splitSentences(text);
  let from = 0;
  for (const sentence of sentences) {
    assert.equal(sentence, sentence.trim());
    const at = text.indexOf(sentence, from);
    assert.ok(at >= from, `${sentence} is not found in order`);
    from = at + sentence.length;
  }
  assert.equal(sentences.length, 4);
});
