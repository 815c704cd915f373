import assert from 'node:assert/strict';
import { test } from 'node:test';
import { readingMinutes } from '../../../src/services/extract/index.js';

const words = (count: number): string => Array.from({ length: count }, (_, index) => `word${index}`).join(' ');

test('readingMinutes counts words for English and characters for CJK', () => {
  const cases: { name: string; text: string; lang?: string | null; want: number }[] = [
    { name: 'empty text is still one minute', text: '', want: 1 },
    { name: 'a short note', text: words(50), want: 1 },
    { name: 'exactly 230 words', text: words(230), lang: 'en', want: 1 },
    { name: 'just over a minute rounds up', text: words(231), lang: 'en', want: 2 },
    { name: '1150 words', text: words(1150), want: 5 },
    { name: '1000 Japanese characters', text: 'あ'.repeat(1000), lang: 'ja', want: 2 },
    { name: '1200 Korean characters, no lang given', text: '가'.repeat(1200), want: 3 },
    { name: 'Latin words inside CJK text count as characters', text: 'OpenAI'.repeat(100), lang: 'zh-CN', want: 2 },
  ];
  for (const { name, text, lang, want } of cases) assert.equal(readingMinutes(text, lang), want, name);
});
