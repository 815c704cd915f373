import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import iconv from 'iconv-lite';
import { startServer, type TestServer } from '../../helpers/http-server.js';
import { loopbackFetcher } from '../../helpers/loopback-fetcher.js';

interface Page {
  contentType: string;
  bytes: Buffer;
  expected: string;
  charset: string;
}

const PAGES: Record<string, Page> = {
  'windows-1251 declared only in <meta charset>': {
    contentType: 'text/html',
    bytes: iconv.encode(
      '<html><head><meta charset="windows-1251"><title>Новости дня</title></head></html>',
      'windows-1251',
    ),
    expected: 'Новости дня',
    charset: 'windows-1251',
  },
  'EUC-KR from the header': {
    contentType: 'text/html; charset=EUC-KR',
    bytes: iconv.encode('<html><title>오늘의 뉴스</title></html>', 'euc-kr'),
    expected: '오늘의 뉴스',
    charset: 'euc-kr',
  },
  'Shift_JIS from the header': {
    contentType: 'text/html; charset=Shift_JIS',
    bytes: iconv.encode('<html><title>今日のニュース</title></html>', 'shift_jis'),
    expected: '今日のニュース',
    charset: 'shift_jis',
  },
  'windows-1252 smart quotes labelled iso-8859-1': {
    contentType: 'text/html; charset=iso-8859-1',
    bytes: iconv.encode('<p>“Quoted” — it’s €5</p>', 'windows-1252'),
    expected: '“Quoted” — it’s €5',
    charset: 'windows-1252',
  },
  'a wrong charset: labelled UTF-8 but windows-1252 bytes': {
    contentType: 'text/html; charset=utf-8',
    bytes: iconv.encode('<p>café “menu”</p>', 'windows-1252'),
    expected: 'café “menu”',
    charset: 'windows-1252',
  },
  'a UTF-8 BOM beats a wrong header': {
    contentType: 'text/html; charset=windows-1251',
    bytes: Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('<p>naïve</p>')]),
    expected: 'naïve',
    charset: 'utf-8',
  },
};

const paths = Object.keys(PAGES);
let server: TestServer;
before(async () => {
  server = await startServer((req, res) => {
    const page = PAGES[paths[Number(req.url?.slice(1))]!]!;
    res.writeHead(200, { 'content-type': page.contentType });
    res.end(page.bytes);
  });
});
after(() => server.close());

paths.forEach((name, index) => {
  test(`decodes ${name}`, async () => {
    const fetcher = loopbackFetcher(server.port);
    const response = await fetcher.fetch({ url: `${server.url}/${index}`, kind: 'html' });
    assert.ok(response.text.includes(PAGES[name]!.expected), response.text);
    assert.equal(response.charset, PAGES[name]!.charset);
  });
});
