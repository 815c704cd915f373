import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Article } from '../../../src/services/article.js';
import { languageOf } from '../../../src/services/language/languages.js';
import { alternateIn, versionIn } from '../../../src/services/language/version-in.js';

const english = {
  url: 'https://news.example/a',
  lang: 'en',
  alternates: [
    { lang: 'ko-KR', url: 'https://news.example/ko/a' },
    { lang: 'ja', url: 'https://news.example/ja/a' },
  ],
} as Article;

test('languageOf reads the primary subtag of the languages the bot speaks', () => {
  assert.equal(languageOf('en-US'), 'en');
  assert.equal(languageOf('ko'), 'ko');
  assert.equal(languageOf('ja_JP'), 'ja');
  assert.equal(languageOf('fr'), undefined);
  assert.equal(languageOf(null), undefined);
});

test('the alternate in a language is found by primary subtag, none when the article is in it already', () => {
  assert.equal(alternateIn(english, 'ko'), 'https://news.example/ko/a');
  assert.equal(alternateIn(english, 'en'), undefined);
  assert.equal(alternateIn({ ...english, alternates: [] }, 'ja'), undefined);
});

test('versionIn reads the alternate, and falls back to the original when reading it fails', async () => {
  const korean = { ...english, url: 'https://news.example/ko/a', lang: 'ko' } as Article;
  assert.equal(await versionIn(english, 'ko', async () => korean), korean);
  assert.equal(
    await versionIn(english, 'ko', async () => {
      throw new Error('offline');
    }),
    english,
  );
  assert.equal(await versionIn(english, 'en', async () => korean), english);
});
