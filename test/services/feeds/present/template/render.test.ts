import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseTemplate } from '../../../../../src/services/feeds/present/template/parse.js';
import { PLACEHOLDERS } from '../../../../../src/services/feeds/present/template/placeholders.js';
import { renderPart } from '../../../../../src/services/feeds/present/template/render.js';
import { placeholderValues } from '../../../../../src/services/feeds/present/template/values.js';
import { article, FEED } from './article.js';

const render = (template: string, limit = 2000, plain = false, a = article()) =>
  renderPart(parseTemplate(template), placeholderValues(a, FEED, { plain }), limit);

test('every placeholder renders its part of the article and the feed', () => {
  const published = Date.parse('2026-04-15T09:00:00Z') / 1000;
  const cases: [string, string][] = [
    ['{title}', 'Harbor reopens'],
    ['{summary}', '• Ships are back.\n• The port hired staff.\n• Fees stay the same.'],
    ['{link}', 'https://news.example/a'],
    ['{source}', 'GeekWire'],
    ['{source_link}', 'https://www.geekwire.com/story'],
    ['{author}', 'Ada Reporter'],
    ['{published}', `<t:${published}:D>`],
    ['{section}', 'City'],
    ['{feed}', 'City Wire'],
    ['{image}', 'https://news.example/a.jpg'],
    ['{related}', '• [Earlier story](https://news.example/b) · news.example'],
    ['{reading_time}', '4 min read'],
  ];
  assert.equal(cases.length, Object.keys(PLACEHOLDERS).length, 'a case for every placeholder');
  for (const [template, expected] of cases) assert.equal(render(template), expected, template);
});

test('the embed title and footer get a plain date (they show <t:…> as typed)', () => {
  assert.equal(render('{published}', 256, true), '2026-04-15');
});

test('missing facts render as nothing; the source falls back to the site name and the feed link', () => {
  const bare = article({ byline: null, section: null, image: null, publishedAt: null, source: null, related: [] });
  assert.equal(render('[{author}|{section}|{image}|{published}|{related}]', 2000, false, bare), '[||||]');
  assert.equal(render('{source} {source_link}', 2000, false, bare), 'News Example https://wire.example/');
});

test('the literal text is kept whole; {summary} takes the room that is left and is cut there', () => {
  const long = article({ summary: ['word '.repeat(500).trim()] });
  const out = render('Intro: {title}\n{summary}\n— end', 300, false, long);
  assert.equal(out.length <= 300, true);
  assert.match(out, /^Intro: Harbor reopens\n• word word/);
  assert.match(out, /…\n— end$/);
});

test('values are filled in once: a feed title that reads like a placeholder stays text', () => {
  const tricky = article({ title: 'Use {summary} here', summary: ['S.'] });
  assert.equal(render('{title}', 256, false, tricky), 'Use {summary} here');
});

test('a placeholder retired after a template was saved shows as typed', () => {
  assert.equal(render('{gone} {title}'), '{gone} Harbor reopens');
});
