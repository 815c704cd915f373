import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isFailure } from '../../../../src/services/errors.js';
import { looksLikeFeed, type ParsedFeed, parseFeed } from '../../../../src/services/feeds/parse/index.js';

const BASE = 'https://news.example/feeds/main.xml';

interface FormatCase {
  name: string;
  body: string;
  format: ParsedFeed['format'];
  title: string;
  link: string | null;
  first: {
    id: string;
    title: string;
    link: string | null;
    published: string | null;
    summary: string;
    author: string | null;
  };
}

const CASES: FormatCase[] = [
  {
    name: 'RSS with no version attribute',
    body: `<rss><channel><title>Plain</title><link>https://news.example/</link>
      <item><title>One</title><link>https://news.example/1</link><guid>g-1</guid><pubDate>Tue, 15 Apr 2026 09:30:00 +0900</pubDate>
      <description>First body</description><author>desk@news.example (News Desk)</author></item></channel></rss>`,
    format: 'rss',
    title: 'Plain',
    link: 'https://news.example/',
    first: {
      id: 'g-1',
      title: 'One',
      link: 'https://news.example/1',
      published: '2026-04-15T09:30:00+09:00',
      summary: 'First body',
      author: 'News Desk',
    },
  },
  {
    name: 'RSS 0.91 with its Netscape DTD (never fetched)',
    body: `<?xml version="1.0"?><!DOCTYPE rss PUBLIC "-//Netscape Communications//DTD RSS 0.91//EN" "http://my.netscape.com/publish/formats/rss-0.91.dtd">
      <rss version="0.91"><channel><title>Old &amp; Gold</title><link>https://news.example/</link>
      <item><title>Caf&eacute; news</title><link>https://news.example/cafe</link><description>Fresh</description></item></channel></rss>`,
    format: 'rss',
    title: 'Old & Gold',
    link: 'https://news.example/',
    first: {
      id: 'https://news.example/cafe',
      title: 'Café news',
      link: 'https://news.example/cafe',
      published: null,
      summary: 'Fresh',
      author: null,
    },
  },
  {
    name: 'RSS 1.0 (RDF) with items beside the channel and Dublin Core',
    body: `<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">
      <channel rdf:about="https://news.example/"><title>RDF feed</title><link>https://news.example/</link></channel>
      <item rdf:about="https://news.example/r1"><title>R1</title><link>https://news.example/r1</link>
      <dc:date>2007-01-11T16:00:00Z</dc:date><dc:creator>Ann Author</dc:creator><description>About R1</description></item></rdf:RDF>`,
    format: 'rdf',
    title: 'RDF feed',
    link: 'https://news.example/',
    first: {
      id: 'https://news.example/r1',
      title: 'R1',
      link: 'https://news.example/r1',
      published: '2007-01-11T16:00:00Z',
      summary: 'About R1',
      author: 'Ann Author',
    },
  },
  {
    name: 'RSS 0.90',
    body: `<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://my.netscape.com/rdf/simple/0.9/">
      <channel><title>Ninety</title><link>https://news.example/</link></channel>
      <item><title>N1</title><link>https://news.example/n1</link></item></rdf:RDF>`,
    format: 'rdf',
    title: 'Ninety',
    link: 'https://news.example/',
    first: {
      id: 'https://news.example/n1',
      title: 'N1',
      link: 'https://news.example/n1',
      published: null,
      summary: '',
      author: null,
    },
  },
  {
    name: 'Atom 1.0',
    body: `<feed xmlns="http://www.w3.org/2005/Atom"><title type="html">Atom &amp;lt;3</title>
      <link rel="self" href="/feeds/main.xml"/><link href="https://news.example/"/>
      <entry><id>tag:news.example,2026:1</id><title>A1</title><link rel="alternate" href="/a1"/>
      <updated>2026-04-16T10:00:00-05:00</updated><published>2026-04-15T10:00:00-05:00</published>
      <author><name>Ann</name><email>ann@news.example</email></author>
      <summary>Short</summary><content type="html">&lt;p&gt;Full &lt;b&gt;story&lt;/b&gt;&lt;/p&gt;</content></entry></feed>`,
    format: 'atom',
    title: 'Atom <3',
    link: 'https://news.example/',
    first: {
      id: 'tag:news.example,2026:1',
      title: 'A1',
      link: 'https://news.example/a1',
      published: '2026-04-15T10:00:00-05:00',
      summary: 'Full story',
      author: 'Ann',
    },
  },
  {
    name: 'Atom 0.3 (issued, escaped mode)',
    body: `<feed version="0.3" xmlns="http://purl.org/atom/ns#"><title>Zero three</title>
      <link rel="alternate" type="text/html" href="https://news.example/"/>
      <entry><id>urn:03:1</id><title type="text/html" mode="escaped">&lt;b&gt;Bold&lt;/b&gt; move</title>
      <link rel="alternate" type="text/html" href="https://news.example/03"/><issued>2004-01-01T19:48:21Z</issued>
      <author><name>Old Timer</name></author><content type="text/plain">Body</content></entry></feed>`,
    format: 'atom',
    title: 'Zero three',
    link: 'https://news.example/',
    first: {
      id: 'urn:03:1',
      title: 'Bold move',
      link: 'https://news.example/03',
      published: '2004-01-01T19:48:21Z',
      summary: 'Body',
      author: 'Old Timer',
    },
  },
  {
    name: 'JSON Feed 1.0 with the short version and feed author',
    body: JSON.stringify({
      version: '1.0',
      title: 'Jay',
      home_page_url: '/',
      author: { name: 'Feed Person' },
      items: [{ id: 7, url: '/j7', content_text: 'Plain words', date_published: '2016-02-09T14:22:00-07:00' }],
    }),
    format: 'json',
    title: 'Jay',
    link: 'https://news.example/',
    first: {
      id: '7',
      title: '',
      link: 'https://news.example/j7',
      published: '2016-02-09T14:22:00-07:00',
      summary: 'Plain words',
      author: 'Feed Person',
    },
  },
  {
    name: 'JSON Feed 1.1 with item authors over feed authors',
    body: JSON.stringify({
      version: 'https://jsonfeed.org/version/1.1',
      title: 'Jay 1.1',
      authors: [{ name: 'Feed Person' }],
      items: [
        {
          id: 'j1',
          url: 'https://news.example/j1',
          title: 'J1',
          content_html: '<p>Hi <em>there</em></p>',
          authors: [{ name: 'Item Person' }],
        },
      ],
    }),
    format: 'json',
    title: 'Jay 1.1',
    link: null,
    first: {
      id: 'j1',
      title: 'J1',
      link: 'https://news.example/j1',
      published: null,
      summary: 'Hi there',
      author: 'Item Person',
    },
  },
];

describe('parseFeed: formats', () => {
  for (const testCase of CASES) {
    it(testCase.name, () => {
      const feed = parseFeed(testCase.body, BASE);
      assert.equal(feed.format, testCase.format);
      assert.equal(feed.title, testCase.title);
      assert.equal(feed.link, testCase.link);
      assert.deepEqual(feed.items[0], testCase.first);
    });
  }

  it('keeps items in feed order', () => {
    const body = `<rss version="2.0"><channel><title>t</title>${['c', 'a', 'b'].map((id) => `<item><guid>${id}</guid><title>${id}</title></item>`).join('')}</channel></rss>`;
    assert.deepEqual(
      parseFeed(body, BASE).items.map((item) => item.id),
      ['c', 'a', 'b'],
    );
  });

  const notFeeds: [string, string][] = [
    ['an HTML page', '<!doctype html><html><head><title>Hi</title></head><body>Hello</body></html>'],
    ['JSON that is not a JSON Feed', '{"name": "package", "version": "2.0.0"}'],
    ['plain text', 'hello there'],
    ['XML of another kind', '<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg"></svg>'],
  ];
  for (const [name, body] of notFeeds) {
    it(`rejects ${name} as feed-parse`, () => {
      assert.throws(
        () => parseFeed(body, BASE),
        (error) => isFailure(error) && error.kind === 'feed-parse',
      );
    });
  }
});

describe('looksLikeFeed', () => {
  const cases: [string, string, boolean][] = [
    [
      'RSS after a declaration, comment and DOCTYPE',
      '<?xml version="1.0"?><!-- hi --><!DOCTYPE rss [<!ENTITY a "b">]>\n<rss version="2.0"></rss>',
      true,
    ],
    ['Atom', '<feed xmlns="http://www.w3.org/2005/Atom"></feed>', true],
    ['RDF', '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"></rdf:RDF>', true],
    ['JSON Feed', '{"version":"https://jsonfeed.org/version/1","items":[]}', true],
    ['JSON Feed with a short version', '{"version":"1.1","items":[]}', true],
    ['HTML', '<!DOCTYPE html><html><body><a href="/feed.xml">RSS</a></body></html>', false],
    ['other JSON', '{"version":"3.2.1"}', false],
  ];
  for (const [name, body, expected] of cases) {
    it(`${name} → ${expected}`, () => assert.equal(looksLikeFeed(body), expected));
  }

  it('reads bytes with their declared charset', () => {
    assert.equal(
      looksLikeFeed(Buffer.from('\ufeff<rss version="2.0"><channel/></rss>', 'utf8'), 'application/rss+xml'),
      true,
    );
  });
});
