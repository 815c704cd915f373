import assert from 'node:assert/strict';
import { test } from 'node:test';
import { isArticleLink, isSocialLink } from '../../../src/services/extract/link-filter.js';

test('isArticleLink refuses share, login, index and home links', () => {
  const cases: [string, boolean][] = [
    ['https://insights.example/ai/microsoft-openai-terms-unchanged', true],
    ['https://news.example/2024/05/01/story.html', true],
    ['https://news.example/story-about-things', true],
    ['https://news.example/', false],
    ['https://news.example/ai', false],
    ['https://news.example/tag/openai', false],
    ['https://news.example/topics/cloud/', false],
    ['https://news.example/author/jane-doe', false],
    ['https://news.example/login?next=/a', false],
    ['https://news.example/newsletter', false],
    ['https://x.com/intent/tweet?url=https%3A%2F%2Fnews.example%2Fa', false],
    ['https://www.facebook.com/sharer/sharer.php?u=https://news.example/a', false],
    ['https://www.linkedin.com/sharing/share-offsite/?url=https://news.example/a', false],
    ['https://news.example/share?url=https://news.example/a', false],
  ];
  for (const [url, want] of cases) assert.equal(isArticleLink(url), want, url);
});

test('isSocialLink knows share hosts and their subdomains', () => {
  assert.equal(isSocialLink('https://mobile.twitter.com/someone'), true);
  assert.equal(isSocialLink('https://www.geekwire.com/2026/a/'), false);
});
