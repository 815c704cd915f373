import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findArticleLinks, isNonArticleUrl, MAX_LINKS_PER_MESSAGE } from '../../../src/services/autosummary/links.js';

const cases: { name: string; text: string; expected: string[] }[] = [
  {
    name: 'a plain link in a sentence',
    text: 'Have you seen https://news.example/ai/story yet?',
    expected: ['https://news.example/ai/story'],
  },
  {
    name: 'sentence punctuation is not part of the link',
    text: 'Read https://news.example/a. Then https://news.example/b, and https://news.example/c!',
    expected: ['https://news.example/a', 'https://news.example/b', 'https://news.example/c'],
  },
  {
    name: 'a link in <> (preview hidden by the member) is still a link',
    text: 'quiet: <https://news.example/a>',
    expected: ['https://news.example/a'],
  },
  {
    name: 'markdown around the link is dropped',
    text: '**https://news.example/a** ||https://news.example/b|| _https://news.example/c_',
    expected: ['https://news.example/a', 'https://news.example/b', 'https://news.example/c'],
  },
  {
    name: 'a masked link keeps only its target',
    text: 'see [this story](https://news.example/a)',
    expected: ['https://news.example/a'],
  },
  {
    name: 'balanced parentheses stay in the link',
    text: '(https://en.wikipedia.example/wiki/Mercury_(planet))',
    expected: ['https://en.wikipedia.example/wiki/Mercury_(planet)'],
  },
  {
    name: 'tracking parameters and fragments do not make a second link',
    text: 'https://news.example/a?utm_source=x https://news.example/a#comments https://NEWS.example/a',
    expected: ['https://news.example/a'],
  },
  {
    name: 'a query that selects a page is kept',
    text: 'https://news.example/story?id=42',
    expected: ['https://news.example/story?id=42'],
  },
  {
    name: 'links inside code are not shared',
    text: 'run `curl https://api.example/v1` or ```\nhttps://news.example/in-block\n```',
    expected: [],
  },
  {
    name: 'images, video, audio and files are skipped',
    text: 'https://cdn.example/a.png https://cdn.example/b.JPG?x=1 https://cdn.example/c.mp4 https://cdn.example/d.mp3 https://cdn.example/e.pdf https://cdn.example/f.zip',
    expected: [],
  },
  {
    name: 'Discord links are skipped',
    text: 'https://discord.com/channels/1/2/3 https://discord.gg/abc https://cdn.discordapp.com/attachments/1/2/x https://media.discordapp.net/x https://ptb.discord.com/channels/1/2/3',
    expected: [],
  },
  {
    name: 'video and GIF players are skipped',
    text: 'https://www.youtube.com/watch?v=x https://youtu.be/x https://tenor.com/view/x',
    expected: [],
  },
  {
    name: 'non-http schemes and bare domains are not links',
    text: 'ftp://files.example/a mailto:a@b.example news.example/a javascript:alert(1)',
    expected: [],
  },
  { name: 'a host without a domain is not an article', text: 'http://intranet/page', expected: [] },
  {
    name: 'a file-looking page path with a dot in a folder is still an article',
    text: 'https://news.example/v1.2/story',
    expected: ['https://news.example/v1.2/story'],
  },
];

for (const { name, text, expected } of cases) {
  test(`findArticleLinks: ${name}`, () => {
    assert.deepEqual(findArticleLinks(text), expected);
  });
}

test('findArticleLinks: at most three links, the first ones in the message', () => {
  const text = Array.from({ length: 10 }, (_, i) => `https://news.example/story-${i}`).join(' ');
  assert.equal(MAX_LINKS_PER_MESSAGE, 3);
  assert.deepEqual(findArticleLinks(text), [
    'https://news.example/story-0',
    'https://news.example/story-1',
    'https://news.example/story-2',
  ]);
  assert.deepEqual(findArticleLinks(text, 1), ['https://news.example/story-0']);
});

test('findArticleLinks: skipped links do not use up the three places', () => {
  const text =
    'https://cdn.example/1.png https://discord.gg/x https://cdn.example/2.gif https://news.example/a https://news.example/a https://news.example/b';
  assert.deepEqual(findArticleLinks(text), ['https://news.example/a', 'https://news.example/b']);
});

test('isNonArticleUrl: hosts match whole labels, not substrings', () => {
  assert.equal(isNonArticleUrl(new URL('https://notdiscord.com/story')), false);
  assert.equal(isNonArticleUrl(new URL('https://canary.discord.com/channels/1')), true);
  assert.equal(isNonArticleUrl(new URL('https://news.example/photos.html')), false);
});
