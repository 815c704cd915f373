import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isFailure } from '../../../../src/services/errors.js';
import { type FeedItem, parseFeed } from '../../../../src/services/feeds/parse/index.js';

const BASE = 'http://127.0.0.1:8080/blog/feed.xml';

const rss = (items: string, channel = '', attrs = ''): string =>
  `<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:content="http://purl.org/rss/1.0/modules/content/"${attrs}><channel><title>T</title>${channel}${items}</channel></rss>`;
const atom = (entries: string, feed = '', attrs = ''): string =>
  `<feed xmlns="http://www.w3.org/2005/Atom"${attrs}><title>T</title>${feed}${entries}</feed>`;
const first = (body: string | Uint8Array, contentType?: string): FeedItem =>
  parseFeed(body, BASE, contentType).items[0]!;

interface FieldCase {
  name: string;
  body: string;
  field: keyof FeedItem;
  expected: string | null;
}

const CASES: FieldCase[] = [
  // Dublin Core fallbacks
  {
    name: 'dc:title when there is no title',
    body: rss('<item><dc:title>DC title</dc:title></item>'),
    field: 'title',
    expected: 'DC title',
  },
  {
    name: 'dc:creator as the author',
    body: rss('<item><dc:creator>Dee Creator</dc:creator></item>'),
    field: 'author',
    expected: 'Dee Creator',
  },
  {
    name: 'the first of several dc:creator',
    body: rss('<item><dc:creator>First</dc:creator><dc:creator>Second</dc:creator></item>'),
    field: 'author',
    expected: 'First',
  },
  {
    name: 'dc:date as the date',
    body: rss('<item><dc:date>2007-01-11T16:00:00+01:00</dc:date></item>'),
    field: 'published',
    expected: '2007-01-11T16:00:00+01:00',
  },
  {
    name: 'dc:description as the body',
    body: rss('<item><dc:description>DC body</dc:description></item>'),
    field: 'summary',
    expected: 'DC body',
  },
  {
    name: 'dc: prefix used without being declared',
    body: '<rss><channel><item><dc:creator>Loose</dc:creator></item></channel></rss>',
    field: 'author',
    expected: 'Loose',
  },
  // xml:base and relative links
  {
    name: 'a relative RSS link against the feed URL',
    body: rss('<item><link>post/1</link></item>'),
    field: 'link',
    expected: 'http://127.0.0.1:8080/blog/post/1',
  },
  {
    name: 'a root-relative RSS link',
    body: rss('<item><link>/post/1</link></item>'),
    field: 'link',
    expected: 'http://127.0.0.1:8080/post/1',
  },
  {
    name: 'xml:base on the channel',
    body: rss('<item><link>post/1</link></item>', '', ' xml:base="https://other.example/feeds/"'),
    field: 'link',
    expected: 'https://other.example/feeds/post/1',
  },
  {
    name: 'nested xml:base (feed, then entry)',
    body: atom('<entry xml:base="entries/"><link href="e1.html"/></entry>', '', ' xml:base="https://a.example/base/"'),
    field: 'link',
    expected: 'https://a.example/base/entries/e1.html',
  },
  {
    name: 'an empty href is the base itself',
    body: atom('<entry><link href=""/></entry>', '', ' xml:base="https://a.example/"'),
    field: 'link',
    expected: 'https://a.example/',
  },
  {
    name: 'a relative xml:base resolved against the feed URL',
    body: atom('<entry xml:base="/x/"><link href="y"/></entry>'),
    field: 'link',
    expected: 'http://127.0.0.1:8080/x/y',
  },
  {
    name: 'a javascript: link is dropped',
    body: rss('<item><link>javascript:alert(1)</link></item>'),
    field: 'link',
    expected: null,
  },
  {
    name: 'the alternate link wins over self and enclosure',
    body: atom(
      '<entry><link rel="self" href="/s"/><link rel="enclosure" href="/e.mp3"/><link rel="alternate" href="/page"/></entry>',
    ),
    field: 'link',
    expected: 'http://127.0.0.1:8080/page',
  },
  // author inheritance
  {
    name: 'an Atom entry inherits the feed author',
    body: atom('<entry><title>x</title></entry>', '<author><name>Feed Author</name></author>'),
    field: 'author',
    expected: 'Feed Author',
  },
  {
    name: "an Atom entry inherits its source's author first",
    body: atom(
      '<entry><source><author><name>Source Author</name></author></source></entry>',
      '<author><name>Feed Author</name></author>',
    ),
    field: 'author',
    expected: 'Source Author',
  },
  {
    name: 'an Atom entry keeps its own author',
    body: atom('<entry><author><name>Own</name></author></entry>', '<author><name>Feed Author</name></author>'),
    field: 'author',
    expected: 'Own',
  },
  {
    name: 'an RSS author e-mail with the name in parentheses',
    body: rss('<item><author>desk@news.example (Desk Name)</author></item>'),
    field: 'author',
    expected: 'Desk Name',
  },
  {
    name: 'an RSS author name with the e-mail in angle brackets',
    body: rss('<item><author>Desk Name &lt;desk@news.example&gt;</author></item>'),
    field: 'author',
    expected: 'Desk Name',
  },
  {
    name: 'an RSS author that is only an e-mail has no name',
    body: rss('<item><author>desk@news.example</author></item>'),
    field: 'author',
    expected: null,
  },
  // guid as link
  {
    name: 'a guid with no isPermaLink is the link',
    body: rss('<item><guid>https://news.example/g</guid></item>'),
    field: 'link',
    expected: 'https://news.example/g',
  },
  {
    name: 'isPermaLink="false" is never the link',
    body: rss('<item><guid isPermaLink="false">https://news.example/g</guid></item>'),
    field: 'link',
    expected: null,
  },
  {
    name: 'a link element wins over the guid',
    body: rss('<item><guid>https://news.example/g</guid><link>https://news.example/l</link></item>'),
    field: 'link',
    expected: 'https://news.example/l',
  },
  {
    name: 'a guid that is not a URL is not a link',
    body: rss('<item><guid>abc123</guid></item>'),
    field: 'link',
    expected: null,
  },
  {
    name: 'a guid stays the id even when not a permalink',
    body: rss('<item><guid isPermaLink="false">abc123</guid></item>'),
    field: 'id',
    expected: 'abc123',
  },
  // HTML made plain
  {
    name: 'escaped HTML in a description',
    body: rss('<item><description>&lt;p&gt;Hello &lt;b&gt;world&lt;/b&gt; &amp;amp; co&lt;/p&gt;</description></item>'),
    field: 'summary',
    expected: 'Hello world & co',
  },
  {
    name: 'HTML in CDATA',
    body: rss('<item><description><![CDATA[<p>One</p><p>Two &amp; three</p>]]></description></item>'),
    field: 'summary',
    expected: 'One\nTwo & three',
  },
  {
    name: 'scripts and styles dropped',
    body: rss('<item><description><![CDATA[<script>alert(1)</script><style>p{}</style>Safe]]></description></item>'),
    field: 'summary',
    expected: 'Safe',
  },
  {
    name: 'content:encoded preferred over the description',
    body: rss(
      '<item><description>Teaser</description><content:encoded><![CDATA[<p>Full text</p>]]></content:encoded></item>',
    ),
    field: 'summary',
    expected: 'Full text',
  },
  {
    name: 'unescaped HTML elements in a description',
    body: rss('<item><description><p>Inline <b>markup</b></p></description></item>'),
    field: 'summary',
    expected: 'Inline markup',
  },
  {
    name: 'an RSS title that only looks like markup stays as written',
    body: rss('<item><title>I &lt;3 feeds, A&lt;B</title></item>'),
    field: 'title',
    expected: 'I <3 feeds, A<B',
  },
  {
    name: 'an RSS title with real markup made plain',
    body: rss('<item><title>&lt;b&gt;Bold&lt;/b&gt; news</title></item>'),
    field: 'title',
    expected: 'Bold news',
  },
  {
    name: 'an Atom text title keeps angle brackets',
    body: atom('<entry><title type="text">History of the &lt;blink&gt; tag</title></entry>'),
    field: 'title',
    expected: 'History of the <blink> tag',
  },
  {
    name: 'an Atom xhtml title is its text',
    body: atom(
      '<entry><title type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml">This &amp;amp; <b>that</b></div></title></entry>',
    ),
    field: 'title',
    expected: 'This &amp; that',
  },
  {
    name: 'undeclared HTML entities decoded',
    body: rss('<item><title>Caf&eacute; &mdash; na&iuml;ve&nbsp;fare</title></item>'),
    field: 'title',
    expected: 'Café — naïve fare',
  },
  {
    name: 'a bare ampersand survives',
    body: rss('<item><title>Fish & Chips &amp; more</title></item>'),
    field: 'title',
    expected: 'Fish & Chips & more',
  },
];

describe('parseFeed: fields', () => {
  for (const testCase of CASES) {
    it(testCase.name, () => assert.equal(first(testCase.body)[testCase.field], testCase.expected));
  }
});

describe('parseFeed: encodings', () => {
  it('reads windows-1252 smart quotes (bytes 0x93, 0x94) from the declaration', () => {
    const bytes = Buffer.concat([
      Buffer.from(
        '<?xml version="1.0" encoding="windows-1252"?><rss version="2.0"><channel><title>T</title><item><title>',
      ),
      Buffer.from([0x93, 0x48, 0x69, 0x94, 0x20, 0x80]),
      Buffer.from('</title></item></channel></rss>'),
    ]);
    assert.equal(first(bytes).title, '“Hi” €');
  });

  it('lets the Content-Type charset win over the declaration', () => {
    const bytes = Buffer.concat([
      Buffer.from('<?xml version="1.0" encoding="utf-8"?><rss><channel><item><title>'),
      Buffer.from([0xe9]),
      Buffer.from('</title></item></channel></rss>'),
    ]);
    assert.equal(first(bytes, 'application/rss+xml; charset=iso-8859-1').title, 'é');
  });

  it('reads UTF-8 with a byte order mark', () => {
    assert.equal(
      first(Buffer.from('\ufeff<rss><channel><item><title>日本語</title></item></channel></rss>', 'utf8')).title,
      '日本語',
    );
  });
});

describe('parseFeed: DTD entities', () => {
  it('expands internal entities, including ones that use others', () => {
    const body = `<!DOCTYPE rss [<!ENTITY host "example.com"><!ENTITY id "tag:&host;,2006:">]>
      <rss version="2.0"><channel><item><guid isPermaLink="false">&id;post</guid><title>At &host;</title></item></channel></rss>`;
    assert.deepEqual([first(body).id, first(body).title], ['tag:example.com,2006:post', 'At example.com']);
  });

  it('never fetches an external entity', () => {
    const body = `<!DOCTYPE rss [<!ENTITY secret SYSTEM "file:///etc/passwd">]><rss><channel><item><title>x&secret;y</title></item></channel></rss>`;
    assert.equal(first(body).title, 'x&secret;y');
  });

  it('rejects a billion-laughs entity bomb', () => {
    const levels = Array.from({ length: 9 }, (_, i) => `<!ENTITY lol${i + 1} "${`&lol${i};`.repeat(10)}">`).join('');
    const body = `<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY lol0 "lol">${levels}]><rss><channel><title>&lol9;</title></channel></rss>`;
    assert.throws(
      () => parseFeed(body, BASE),
      (error) => isFailure(error) && error.kind === 'feed-parse',
    );
  });

  it('rejects one big entity repeated until it would fill memory (quadratic blow-up)', () => {
    const body = `<!DOCTYPE rss [<!ENTITY big "${'x'.repeat(50_000)}">]><rss><channel><title>${'&big;'.repeat(100)}</title></channel></rss>`;
    assert.throws(
      () => parseFeed(body, BASE),
      (error) => isFailure(error) && error.kind === 'feed-parse',
    );
  });

  it('leaves a defined but unused bomb alone', () => {
    const body = `<!DOCTYPE rss [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]><rss><channel><title>fine</title></channel></rss>`;
    assert.equal(parseFeed(body, BASE).title, 'fine');
  });
});

describe('parseFeed: malformed input', () => {
  it('reads a feed whose last closing tag was cut off', () => {
    assert.equal(
      first('<rss version="2.0"><channel><item><link>http://link/get?a=1&amp;b=2</link></item></channel></rss').link,
      'http://link/get?a=1&b=2',
    );
  });

  it('keeps case-insensitive element names, as feed readers do', () => {
    assert.equal(parseFeed('<rss><channel><TiTlE>Shouty</TiTlE></channel></rss>', BASE).title, 'Shouty');
  });
});
