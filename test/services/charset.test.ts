import assert from 'node:assert/strict';
import { test } from 'node:test';
import iconv from 'iconv-lite';
import { decodeText } from '../../src/services/charset.js';

const cases: { name: string; bytes: Buffer; contentType?: string; text: string; charset: string }[] = [
  {
    name: 'windows-1251 named only by <meta charset>',
    bytes: iconv.encode('<meta charset="windows-1251"><p>Новости дня</p>', 'windows-1251'),
    text: 'Новости дня',
    charset: 'windows-1251',
  },
  {
    name: 'EUC-KR from the header',
    bytes: iconv.encode('<p>오픈AI의 전환</p>', 'euc-kr'),
    contentType: 'text/html; charset=EUC-KR',
    text: '오픈AI의 전환',
    charset: 'euc-kr',
  },
  {
    name: 'Shift_JIS from the header',
    bytes: iconv.encode('<p>日本語の記事</p>', 'shift_jis'),
    contentType: 'text/html; charset=Shift_JIS',
    text: '日本語の記事',
    charset: 'shift_jis',
  },
  {
    name: 'ISO-8859-1 read as windows-1252 (smart quotes, euro)',
    bytes: Buffer.from([0x93, 0x48, 0x69, 0x94, 0x20, 0x80]),
    contentType: 'text/html; charset=iso-8859-1',
    text: '“Hi” €',
    charset: 'windows-1252',
  },
  {
    name: 'a UTF-8 BOM wins over a wrong header',
    bytes: Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('café')]),
    contentType: 'text/html; charset=windows-1251',
    text: 'café',
    charset: 'utf-8',
  },
  {
    name: 'a wrong UTF-8 header is overruled by the page’s own meta',
    bytes: iconv.encode('<meta charset=windows-1251><p>Новости</p>', 'windows-1251'),
    contentType: 'text/html; charset=utf-8',
    text: 'Новости',
    charset: 'windows-1251',
  },
  {
    name: 'the XML declaration of a feed',
    bytes: iconv.encode('<?xml version="1.0" encoding="windows-1252"?><rss><title>“Q”</title></rss>', 'windows-1252'),
    text: '“Q”',
    charset: 'windows-1252',
  },
  { name: 'undeclared valid UTF-8', bytes: Buffer.from('<p>naïve – ok</p>'), text: 'naïve – ok', charset: 'utf-8' },
  {
    name: 'undeclared invalid UTF-8 falls back to windows-1252',
    bytes: Buffer.from([0x3c, 0x70, 0x3e, 0x93, 0x6f, 0x6b, 0x94]),
    text: '“ok”',
    charset: 'windows-1252',
  },
];

for (const { name, bytes, contentType, text, charset } of cases) {
  test(`decodeText: ${name}`, () => {
    const decoded = decodeText(bytes, contentType);
    assert.ok(decoded.text.includes(text), decoded.text);
    assert.equal(decoded.charset, charset);
  });
}
