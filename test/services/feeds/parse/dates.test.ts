import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseFeedDate } from '../../../../src/services/feeds/parse/dates.js';
import { parseFeed } from '../../../../src/services/feeds/parse/index.js';

// [written in the feed, ISO 8601 with the feed's own offset, or null]
const CASES: [string, string | null][] = [
  ['Tue, 15 Apr 2026 09:30:00 +0900', '2026-04-15T09:30:00+09:00'],
  ['Wed, 15 Apr 2026 08:30:00 GMT', '2026-04-15T08:30:00Z'],
  ['Thu,  5 Apr 2012 10:00:00 EST', '2012-04-05T10:00:00-05:00'],
  ['Wed, 19 Feb 2012 22:40:00 -01:01', '2012-02-19T22:40:00-01:01'],
  ['Mon, 13 Feb, 2012 06:28:00 UTC', '2012-02-13T06:28:00Z'],
  ['Thu, 01 Jan 2004 00:00 GMT', '2004-01-01T00:00:00Z'],
  ['Thu, 01 Jan 04 19:48:21 GMT', '2004-01-01T19:48:21Z'],
  ['Mon, 26 January 2004 16:31:00 PT', '2004-01-26T16:31:00-08:00'],
  ['Thu Aug 30 2012 17:26:16 +0200', '2012-08-30T17:26:16+02:00'],
  ['Sun Jan  4 16:29:06 2004', '2004-01-04T16:29:06Z'],
  ['Fri, 2006/09/15 08:19:53 EDT', '2006-09-15T08:19:53-04:00'],
  ['2003-12-31T10:14:55Z', '2003-12-31T10:14:55Z'],
  ['2003-12-31T10:14:55.1234-08:00', '2003-12-31T10:14:55.123-08:00'],
  ['2004-07-08 23:56:58 -00:20', '2004-07-08T23:56:58-00:20'],
  ['2004-07-08 23:56:58', '2004-07-08T23:56:58Z'],
  ['2003-012-31T10:14:55+00:00', '2003-12-31T10:14:55Z'],
  ['2003-12', '2003-12-01T00:00:00Z'],
  ['2003', '2003-01-01T00:00:00Z'],
  ['03-12-31', '2003-12-31T00:00:00Z'],
  ['2003-335', '2003-12-01T00:00:00Z'],
  ['2004-j\u00falius-13T9:15-05:00', '2004-07-13T09:15:00-05:00'],
  ['\u039a\u03c5\u03c1, 11 \u0399\u03bf\u03cd\u03bb 2004 12:00:00 EST', '2004-07-11T12:00:00-05:00'],
  ['2004-05-25 \uc624\ud6c4 11:23:17', '2004-05-25T23:23:17+09:00'],
  ['Mon, 2 Mär 2020 10:00:00 +0100', '2020-03-02T10:00:00+01:00'],
  ['not a date', null],
  ['Sun, 99 Jun 2009 12:00:00 GMT', null],
  ['Sun, 16 zzz 2012 11:47:32 GMT', null],
  ['2003-12-31T25:14:55Z', null],
  ['2003-02-29', null],
  ['', null],
];

describe('parseFeedDate', () => {
  for (const [input, expected] of CASES) {
    it(`${JSON.stringify(input)} → ${expected}`, () => assert.equal(parseFeedDate(input), expected));
  }
});

describe('a bad date in a feed', () => {
  it('leaves that item without a date and the rest of the feed intact', () => {
    const feed = parseFeed(
      `<rss version="2.0"><channel><title>T</title>
        <item><guid>a</guid><pubDate>the day after tomorrow</pubDate></item>
        <item><guid>b</guid><pubDate>Tue, 14 Apr 2026 12:00:00 +0000</pubDate></item></channel></rss>`,
      'https://news.example/feed',
    );
    assert.deepEqual(
      feed.items.map((item) => [item.id, item.published]),
      [
        ['a', null],
        ['b', '2026-04-14T12:00:00Z'],
      ],
    );
  });

  it('falls back to a later date element when the first cannot be read', () => {
    const body = `<feed xmlns="http://www.w3.org/2005/Atom"><entry><published>soon</published><updated>2026-04-16T10:00:00+02:00</updated></entry></feed>`;
    assert.equal(parseFeed(body, 'https://news.example/feed').items[0]!.published, '2026-04-16T10:00:00+02:00');
  });
});
