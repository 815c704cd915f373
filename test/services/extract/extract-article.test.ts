import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { isFailure } from '../../../src/services/errors.js';
import { extractArticle } from '../../../src/services/extract/index.js';
import { FIXTURE_SITE_DIR } from '../../helpers/paths.js';

const SEED_URL = 'https://insights.example/ai/openai-aws-turn';
const GEEKWIRE_URL = 'https://www.geekwire.com/2026/openai-sees-staggering-demand-for-amazon-offering/';

function fixture(path: string): string {
  return readFileSync(join(FIXTURE_SITE_DIR, path), 'utf8');
}

test('the seed page yields its metadata, source, related links and alternates', () => {
  const article = extractArticle(fixture('ai/openai-aws-turn.html'), SEED_URL);
  assert.equal(article.title, 'OpenAI’s AWS turn shows how fast the Microsoft alliance is bending');
  assert.equal(article.url, SEED_URL);
  assert.equal(article.siteName, 'Insights');
  assert.equal(article.source?.url, GEEKWIRE_URL);
  assert.equal(article.source?.name, 'GeekWire');
  assert.equal(article.publishedAt?.slice(0, 10), '2026-04-15');
  assert.equal(article.section, 'AI');
  assert.equal(article.lang, 'en');
  assert.equal(article.readingMinutes, 2);
  assert.equal(article.image, 'https://insights.example/images/openai-aws-turn.jpg');
  assert.ok(
    article.related.some(
      (link) =>
        link.url === 'https://insights.example/ai/microsoft-openai-terms-unchanged' &&
        /Azure exclusivity/.test(link.title),
    ),
    JSON.stringify(article.related),
  );
  assert.deepEqual(
    article.alternates.map((alternate) => alternate.lang),
    ['ko', 'ja'],
  );
});

test('the seed page body keeps the paragraphs and none of the chrome', () => {
  const { text } = extractArticle(fixture('ai/openai-aws-turn.html'), SEED_URL);
  const paragraphs = text.split('\n\n');
  assert.equal(paragraphs.length, 4, text);
  assert.match(paragraphs[0]!, /^GeekWire’s April 13 report suggests/);
  assert.match(paragraphs[3]!, /long before it formally breaks\.$/);
  for (const chrome of [
    'Share:',
    'LinkedIn',
    'Copy link',
    'daily AI briefing',
    'Comments (0)',
    'Leave a Comment',
    '© 2026',
    'Related Articles',
    'Azure exclusivity intact',
    'Trending',
    'Skip to content',
    'Read in other languages',
    'View original',
    '11 views',
  ]) {
    assert.ok(!text.includes(chrome), `body contains "${chrome}"`);
  }
});

test('the Korean and Japanese pages extract with their own titles and languages', () => {
  const cases = [
    {
      path: 'ko/ai/openai-aws-turn.html',
      lang: 'ko',
      title: 'OpenAI의 AWS 행보, 마이크로소프트 동맹이 얼마나 빠르게 휘고 있는지 보여준다',
      others: ['en', 'ja'],
    },
    {
      path: 'ja/ai/openai-aws-turn.html',
      lang: 'ja',
      title: 'OpenAIのAWS転換が示す、マイクロソフトとの同盟の急速な変化',
      others: ['en', 'ko'],
    },
  ];
  for (const { path, lang, title, others } of cases) {
    const article = extractArticle(fixture(path), `https://insights.example/${lang}/ai/openai-aws-turn`);
    assert.equal(article.title, title);
    assert.equal(article.lang, lang);
    assert.equal(article.url, `https://insights.example/${lang}/ai/openai-aws-turn`);
    assert.equal(article.source?.url, GEEKWIRE_URL);
    assert.deepEqual(
      article.alternates.map((alternate) => alternate.lang),
      others,
    );
    assert.equal(article.text.split('\n\n').length, 3);
    assert.ok(article.readingMinutes >= 1);
  }
});

test('the related article links back to the seed page', () => {
  const article = extractArticle(
    fixture('ai/microsoft-openai-terms-unchanged.html'),
    'https://insights.example/ai/microsoft-openai-terms-unchanged',
  );
  assert.deepEqual(
    article.related.map((link) => link.url),
    [SEED_URL],
  );
  assert.equal(article.source?.url, 'https://blogs.microsoft.example/2026/02/27/microsoft-and-openai-joint-statement/');
});

test('a page with no article body fails as empty-article', () => {
  const pages = [
    '',
    '<html><body><nav><a href="/">Home</a></nav></body></html>',
    '<html><body><div class="share">Share</div></body></html>',
  ];
  for (const html of pages) {
    assert.throws(
      () => extractArticle(html, 'https://news.example/empty'),
      (error) => isFailure(error) && error.kind === 'empty-article',
      JSON.stringify(html),
    );
  }
});

test("the URL is the page's canonical only when it is absolute http(s)", () => {
  const body = `<body><article><h1>Headline</h1>${'<p>A paragraph of the story that goes on long enough to count as article text, with commas, and more words.</p>'.repeat(6)}</article></body>`;
  const page = (head: string) => `<html><head><title>Headline | News</title>${head}</head>${body}</html>`;
  const fetched = 'https://news.example/a?ref=home';
  assert.equal(extractArticle(page('<link rel="canonical" href="/a">'), fetched).url, 'https://news.example/a');
  assert.equal(
    extractArticle(page('<meta property="og:url" content="https://news.example/a">'), fetched).url,
    'https://news.example/a',
  );
  assert.equal(extractArticle(page('<link rel="canonical" href="javascript:void(0)">'), fetched).url, fetched);
  assert.equal(extractArticle(page(''), fetched).title, 'Headline');
});

test('a page that leaves out <html>, <head> and <body> still reads', () => {
  const paragraph =
    '<p>A paragraph of the story that goes on long enough to count as article text, with commas, and more words.</p>';
  const withTitle = extractArticle(
    `<!DOCTYPE html><meta charset="utf-8"><title>Headline | Site</title><meta property="og:site_name" content="Site">${paragraph.repeat(6)}`,
    'https://news.example/a',
  );
  assert.equal(withTitle.title, 'Headline');
  assert.equal(withTitle.siteName, 'Site');
  assert.equal(withTitle.text.split('\n\n').length, 6);
  const untitled = extractArticle(paragraph.repeat(6), 'https://news.example/a');
  assert.match(untitled.title, /^A paragraph of the story that goes on .*…$/);
});
