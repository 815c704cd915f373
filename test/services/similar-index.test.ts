import assert from 'node:assert/strict';
import { test } from 'node:test';
import { SimilarIndex, tokenize } from '../../src/services/similar-index.js';

test('nearest ranks the article on the same topic first and leaves out unrelated ones', () => {
  const index = new SimilarIndex();
  index.add({
    url: 'https://n.example/openai-aws',
    title: 'OpenAI turns to AWS',
    text: 'OpenAI signed a cloud deal with Amazon Web Services while Microsoft Azure keeps the OpenAI APIs.',
  });
  index.add({
    url: 'https://n.example/bedrock',
    title: 'Bedrock adds model providers',
    text: 'Amazon Bedrock now offers OpenAI models next to Anthropic, a cloud win for AWS.',
  });
  index.add({
    url: 'https://n.example/hbm',
    title: 'HBM memory supply tightens',
    text: 'High bandwidth memory makers sold out wafer capacity for the year.',
  });
  const near = index.nearest({ url: 'https://n.example/openai-aws', title: 'OpenAI turns to AWS', text: '' }, 5);
  assert.deepEqual(
    near.map((link) => link.url),
    ['https://n.example/bedrock'],
  );
});

test('an excluded URL (the page’s own related link) is not repeated', () => {
  const index = new SimilarIndex();
  index.add({ url: 'https://n.example/a', title: 'Cloud deal', text: 'cloud deal amazon' });
  index.add({ url: 'https://n.example/b', title: 'Cloud deal again', text: 'cloud deal amazon' });
  assert.deepEqual(
    index.nearest({ url: 'https://n.example/a', title: 'Cloud deal', text: '' }, 5, ['https://n.example/b']),
    [],
  );
});

test('CJK text is tokenized into bigrams', () => {
  assert.deepEqual(tokenize('東京都庁'), ['東京', '京都', '都庁']);
  assert.ok(tokenize('마이크로소프트 동맹').includes('마이'));
});

test('the index keeps at most maxDocs articles, dropping the oldest first', () => {
  const index = new SimilarIndex(2);
  index.add({ url: 'https://n.example/1', title: 'Cloud deal one', text: 'cloud deal amazon' });
  index.add({ url: 'https://n.example/2', title: 'Cloud deal two', text: 'cloud deal amazon' });
  index.add({ url: 'https://n.example/3', title: 'Cloud deal three', text: 'cloud deal amazon' });
  assert.equal(index.size, 2);
  const near = index
    .nearest({ url: 'https://n.example/x', title: 'Cloud deal', text: 'cloud deal amazon' }, 5)
    .map((link) => link.url);
  assert.deepEqual(near.sort(), ['https://n.example/2', 'https://n.example/3']);
});
