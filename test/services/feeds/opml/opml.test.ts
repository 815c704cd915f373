import assert from 'node:assert/strict';
import { test } from 'node:test';
import { isFailure } from '../../../../src/services/errors.js';
import { isDiscordFileUrl } from '../../../../src/services/feeds/manage/opml-attachment.js';
import { MAX_OPML_FEEDS, readOpml } from '../../../../src/services/feeds/opml/read-opml.js';
import type { OpmlFeed } from '../../../../src/services/feeds/opml/types.js';
import { writeOpml } from '../../../../src/services/feeds/opml/write-opml.js';

const NOW = Date.parse('2026-06-01T12:00:00Z');

const feeds: OpmlFeed[] = [
  {
    title: 'Tom & Jerry\'s "news" <daily>',
    xmlUrl: 'https://news.example/feed.xml?a=1&b=2',
    htmlUrl: 'https://news.example/',
    settings: {
      intervalMinutes: 30,
      mode: 'digest',
      include: ['harbor', 'ferry & port'],
      exclude: ['ads'],
      regex: '^(?:a|b)<c>$',
      channelId: '100000000000000001',
      mentionRoleId: '100000000000000002',
    },
  },
  { title: 'Plain\nline\tbreak', xmlUrl: 'https://plain.example/rss', settings: {} },
];

test('what the writer writes, the reader reads back: titles, URLs and every setting, markup characters included', () => {
  const opml = writeOpml('Feeds of <Server> & co', feeds, NOW);
  assert.match(opml, /^<\?xml version="1.0" encoding="UTF-8"\?>\n<opml version="2.0" xmlns:newsdesk="/);
  assert.match(opml, /<dateCreated>Mon, 01 Jun 2026 12:00:00 GMT<\/dateCreated>/, 'RFC 822, as OPML 2.0 asks');
  assert.match(opml, /<title>Feeds of &lt;Server&gt; &amp; co<\/title>/);
  assert.deepEqual(readOpml(opml), { feeds, more: 0 });
});

test('other readers: nested categories are flattened, attribute case is ignored, outlines without xmlUrl are folders', () => {
  const opml = `<?xml version="1.0"?>
<opml version="1.0"><head><title>Feedly</title></head><body>
  <outline text="Tech" title="Tech">
    <outline type="rss" text="A" xmlurl="https://a.example/rss"/>
    <outline text="Deeper"><outline type="rss" text="B" XMLURL="https://b.example/atom" htmlUrl="https://b.example"/></outline>
  </outline>
  <outline type="rss" title="C titled" text="C" xmlUrl=" https://c.example/feed "/>
</body></opml>`;
  assert.deepEqual(readOpml(opml).feeds, [
    { title: 'A', xmlUrl: 'https://a.example/rss', settings: {} },
    { title: 'B', xmlUrl: 'https://b.example/atom', htmlUrl: 'https://b.example', settings: {} },
    { title: 'C titled', xmlUrl: 'https://c.example/feed', settings: {} },
  ]);
});

test(`at most ${MAX_OPML_FEEDS} outlines are read; the rest are counted`, () => {
  const many = Array.from(
    { length: MAX_OPML_FEEDS + 3 },
    (_, i) => `<outline text="f${i}" xmlUrl="https://f${i}.example/"/>`,
  );
  const { feeds: read, more } = readOpml(`<opml version="2.0"><body>${many.join('')}</body></opml>`);
  assert.equal(read.length, MAX_OPML_FEEDS);
  assert.equal(more, 3);
});

const notOpml: [string, string][] = [
  ['an RSS feed', '<rss version="2.0"><channel><title>x</title></channel></rss>'],
  ['plain text', 'hello, feeds'],
  ['OPML without a body', '<opml version="2.0"><head/></opml>'],
];
for (const [name, text] of notOpml) {
  test(`GIVEN ${name} THEN not-opml`, () => {
    assert.throws(
      () => readOpml(text),
      (error: unknown) => isFailure(error) && error.kind === 'not-opml',
    );
  });
}

test('the feed parser XML rules hold: an external entity is never fetched or read, an entity bomb ends quickly', () => {
  const external = `<?xml version="1.0"?><!DOCTYPE opml [<!ENTITY x SYSTEM "file:///etc/passwd">]><opml><body><outline text="&x;" xmlUrl="https://a.example/"/></body></opml>`;
  const started = performance.now();
  try {
    const read = readOpml(external);
    assert.doesNotMatch(read.feeds[0]?.title ?? '', /root:/);
  } catch (error) {
    assert.ok(isFailure(error));
  }
  const bomb = `<?xml version="1.0"?><!DOCTYPE opml [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;"><!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;"><!ENTITY e "&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;"><!ENTITY f "&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;"><!ENTITY g "&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;">]><opml><body><outline text="&g;" xmlUrl="https://a.example/"/></body></opml>`;
  try {
    readOpml(bomb);
  } catch (error) {
    assert.ok(isFailure(error));
  }
  assert.ok(performance.now() - started < 1000);
});

const API = 'https://discord.com/api';
const fileUrls: [string, string, boolean][] = [
  ['https://cdn.discordapp.com/ephemeral-attachments/1/2/feeds.opml?ex=1&is=2&hm=3', API, true],
  ['https://media.discordapp.net/attachments/1/2/feeds.opml', API, true],
  ['http://cdn.discordapp.com/attachments/1/2/feeds.opml', API, false],
  ['https://cdn.discordapp.com.evil.example/feeds.opml', API, false],
  ['https://user:pass@cdn.discordapp.com/feeds.opml', API, false],
  ['http://169.254.169.254/latest/meta-data', API, false],
  ['http://127.0.0.1:4000/cdn/ephemeral-attachments/1/2/feeds.opml', 'http://127.0.0.1:4000/api', true],
  ['http://127.0.0.1:4001/cdn/feeds.opml', 'http://127.0.0.1:4000/api', false],
  ['not a url', API, false],
];
for (const [url, api, allowed] of fileUrls) {
  test(`isDiscordFileUrl(${url}) with DISCORD_API_URL ${api} → ${allowed}`, () => {
    assert.equal(isDiscordFileUrl(url, api), allowed);
  });
}
