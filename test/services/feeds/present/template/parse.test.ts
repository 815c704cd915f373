import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseTemplate } from '../../../../../src/services/feeds/present/template/parse.js';

test('a template splits into literal text and word-in-braces placeholders', () => {
  assert.deepEqual(parseTemplate('**{title}** · {feed}\n{link}'), [
    { text: '**' },
    { placeholder: 'title' },
    { text: '** · ' },
    { placeholder: 'feed' },
    { text: '\n' },
    { placeholder: 'link' },
  ]);
});

test('braces that hold no word stay literal; unknown and mis-cased words are still placeholders (the check refuses them)', () => {
  assert.deepEqual(parseTemplate('{ } {1,2} {"a":1}'), [{ text: '{ } {1,2} {"a":1}' }]);
  assert.deepEqual(parseTemplate('{titel}{Title}'), [{ placeholder: 'titel' }, { placeholder: 'Title' }]);
  assert.deepEqual(parseTemplate(''), []);
});
