import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { discoverFeedLinks } from '../../../../src/services/feeds/fetch/discover.js';

const PAGE = 'https://news.example/section/story.html';
const page = (head: string, body = ''): string =>
  `<!doctype html><html><head>${head}</head><body>${body}</body></html>`;

const CASES: [string, string, string[]][] = [
  [
    'RSS, Atom and JSON Feed links in page order, made absolute',
    page(
      '<link rel="alternate" type="application/atom+xml" href="/atom.xml"><link rel="alternate" type="application/rss+xml" href="feed.rss">' +
        '<link rel="alternate" type="application/feed+json" href="https://cdn.example/feed.json">',
    ),
    ['https://news.example/atom.xml', 'https://news.example/section/feed.rss', 'https://cdn.example/feed.json'],
  ],
  [
    'hreflang alternates, stylesheets and oEmbed are not feeds',
    page(
      '<link rel="alternate" hreflang="ko" href="/ko/story"><link rel="stylesheet" type="text/css" href="/s.css">' +
        '<link rel="alternate" type="application/json+oembed" href="/oembed?u=1"><link rel="alternate" type="application/json" href="/wp-json/wp/v2/posts/1">' +
        '<link rel="alternate" type="application/rss+xml" href="/feed">',
    ),
    ['https://news.example/feed'],
  ],
  [
    'a charset parameter on the type',
    page('<link rel="alternate" type="application/rss+xml; charset=utf-8" href="/rss">'),
    ['https://news.example/rss'],
  ],
  [
    'rel with several tokens, upper case',
    page('<link rel="Alternate Home" type="APPLICATION/ATOM+XML" href="/a">'),
    ['https://news.example/a'],
  ],
  [
    'the same feed twice is listed once',
    page(
      '<link rel="alternate" type="application/rss+xml" href="/f"><link rel="alternate" type="application/rss+xml" href="https://news.example/f">',
    ),
    ['https://news.example/f'],
  ],
  [
    '<base href> is honoured',
    page('<base href="https://static.example/dir/"><link rel="alternate" type="application/rss+xml" href="rss.xml">'),
    ['https://static.example/dir/rss.xml'],
  ],
  [
    'a javascript: href is ignored',
    page('<link rel="alternate" type="application/rss+xml" href="javascript:alert(1)">'),
    [],
  ],
  [
    'no link tags: feed-looking anchors, in order',
    page(
      '',
      '<a href="/about">About</a><a href="/feed/">Feed</a><a href="/news.rss">RSS</a><a href="/sitemap.html">Map</a><a href="/index.xml">XML</a>',
    ),
    ['https://news.example/feed/', 'https://news.example/news.rss', 'https://news.example/index.xml'],
  ],
  [
    'link tags win over anchors',
    page('<link rel="alternate" type="application/rss+xml" href="/declared">', '<a href="/other.rss">RSS</a>'),
    ['https://news.example/declared'],
  ],
  ['a page with no feeds', page('<title>Plain</title>', '<a href="/about">About</a>'), []],
];

describe('discoverFeedLinks', () => {
  for (const [name, html, expected] of CASES) {
    it(name, () => assert.deepEqual(discoverFeedLinks(html, PAGE), expected));
  }
});
