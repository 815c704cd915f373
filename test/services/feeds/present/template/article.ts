import type { Article } from '../../../../../src/services/article.js';

/** An article with every field a placeholder reads, overridable. */
export function article(overrides: Partial<Article> = {}): Article {
  return {
    url: 'https://news.example/a',
    title: 'Harbor reopens',
    siteName: 'News Example',
    byline: 'Ada Reporter',
    publishedAt: '2026-04-15T09:00:00Z',
    section: 'City',
    lang: 'en',
    image: 'https://news.example/a.jpg',
    readingMinutes: 4,
    text: 'Body.',
    source: { name: 'GeekWire', url: 'https://www.geekwire.com/story' },
    related: [{ title: 'Earlier story', url: 'https://news.example/b' }],
    alternates: [{ lang: 'ko', url: 'https://news.example/ko/a' }],
    summary: ['Ships are back.', 'The port hired staff.', 'Fees stay the same.'],
    similar: [{ title: 'Close story', url: 'https://news.example/c' }],
    requestedUrl: 'https://news.example/a',
    fetchedAt: '2026-04-16T00:00:00Z',
    ...overrides,
  };
}

export const FEED = { title: 'City Wire', url: 'https://wire.example/feed.xml', link: 'https://wire.example/' };
