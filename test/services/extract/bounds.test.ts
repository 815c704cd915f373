import assert from 'node:assert/strict';
import { test } from 'node:test';
import { boundedHtml } from '../../../src/services/extract/bounded-html.js';
import { DEFAULT_EXTRACT_BOUNDS, extractArticle } from '../../../src/services/extract/index.js';

const PAGE_URL = 'https://news.example/story';
const LEAD =
  'The city council approved the new transit budget on Tuesday after a long debate, officials said. ' +
  'The plan adds buses on the busiest routes and extends evening service across the river.';

test('a page nested far past the depth bound still yields its title and the text of its lead', () => {
  const depth = 3000;
  const html = `<html><head><title>Council passes transit budget</title></head><body><article><p>${LEAD}</p>${'<div>'.repeat(depth)}<p>Deep inside the nesting the story goes on.</p>${'</div>'.repeat(depth)}</article></body></html>`;
  const article = extractArticle(html, PAGE_URL);
  assert.equal(article.title, 'Council passes transit budget');
  assert.match(article.text, /approved the new transit budget/);
  // Tags past the bound are dropped but their text is kept.
  assert.match(article.text, /Deep inside the nesting the story goes on\./);
});

test('a page of 50,000 unclosed <p><b><i> still yields an article card from its bounded prefix', () => {
  const html = `<html><head><title>Tag soup</title></head><body><p>${LEAD}</p>${'<p><b><i>word '.repeat(50_000)}</body></html>`;
  const article = extractArticle(html, PAGE_URL);
  assert.equal(article.title, 'Tag soup');
  assert.match(article.text, /approved the new transit budget/);
  assert.match(article.text, /word word word/);
  // What is parsed holds no more open tags than the depth bound allows; the words stay as text.
  const tags = boundedHtml(html).match(/<[pbi]>/g)?.length ?? 0;
  assert.ok(tags <= DEFAULT_EXTRACT_BOUNDS.maxDepth, `${tags} tags kept`);
});

test('markup within the bounds is left exactly as it is', () => {
  const html = `<html><head><title>T</title></head><body><ul><li>one<li>two</ul><p>a<p>b<svg><path/><path/></svg></body></html>`;
  assert.equal(boundedHtml(html), html);
});

test('tags nested past maxDepth are dropped, their text kept, and their close tags with them', () => {
  const html = '<div><div><div><b>deep</b> text</div></div></div><p>after</p>';
  assert.equal(
    boundedHtml(html, { ...DEFAULT_EXTRACT_BOUNDS, maxDepth: 2 }),
    '<div><div>deep text</div></div><p>after</p>',
  );
});

test('implied closes keep siblings at their depth: unclosed <p> and <li> do not nest', () => {
  const html = `<body>${'<p>para '.repeat(500)}<ul>${'<li>item '.repeat(500)}</ul></body>`;
  assert.equal(boundedHtml(html, { ...DEFAULT_EXTRACT_BOUNDS, maxDepth: 4 }), html);
});

test('the page is cut before the node past maxNodes: elements, text runs, comments and each entity count', () => {
  const html = '<p>one</p><p>two</p><p>three</p>';
  assert.equal(boundedHtml(html, { ...DEFAULT_EXTRACT_BOUNDS, maxNodes: 4 }), '<p>one</p><p>two</p>');
  const entities = `<p>${'&amp;'.repeat(10)}</p>`;
  assert.equal(boundedHtml(entities, { ...DEFAULT_EXTRACT_BOUNDS, maxNodes: 4 }), '<p>&amp;&amp;&amp;');
  const strays = `<div>${'</p>'.repeat(10)}</div>`;
  assert.equal(boundedHtml(strays, { ...DEFAULT_EXTRACT_BOUNDS, maxNodes: 4 }), '<div></p></p></p>');
  const comments = '<!--a--><!--b--><!--c-->';
  assert.equal(boundedHtml(comments, { ...DEFAULT_EXTRACT_BOUNDS, maxNodes: 2 }), '<!--a--><!--b-->');
});

test('the page is cut before the element past maxNesting (each element counts its depth)', () => {
  const chain = '<div><div><div>text</div></div></div>';
  // One chain nests 1 + 2 + 3 = 6; the second chain's innermost div would make it 12.
  assert.equal(boundedHtml(chain.repeat(3), { ...DEFAULT_EXTRACT_BOUNDS, maxNesting: 11 }), `${chain}<div><div>`);
});

test('attributes past maxAttributes are dropped, quoted, unquoted or bare, and the tag kept', () => {
  const bounds = { ...DEFAULT_EXTRACT_BOUNDS, maxAttributes: 2 };
  assert.equal(boundedHtml('<div a="1" b=2 c d=\'4\'>x</div>', bounds), '<div a="1" b=2  >x</div>');
  // A tag dropped for depth takes its extra attributes with it.
  const deep = { ...bounds, maxDepth: 1 };
  assert.equal(boundedHtml('<p><b a b c d>x</b></p>', deep), '<p>x</p>');
});

test('an attribute value is cut to maxAttributeChars, its quotes kept', () => {
  const bounds = { ...DEFAULT_EXTRACT_BOUNDS, maxAttributeChars: 3 };
  assert.equal(boundedHtml('<div class="abcdef" id=ghijk>x</div>', bounds), '<div class="abc" id=ghi>x</div>');
});

test('a page whose wrapper has a 1 MB class attribute still yields its article', () => {
  // Found by `npm run fuzz`: linkedom spreads class tokens into one call, and 500,000 overflowed the stack.
  const html = `<html><head><title>Classy</title></head><body><div class="${'x '.repeat(500_000)}"><p>${LEAD}</p></div></body></html>`;
  const article = extractArticle(html, PAGE_URL);
  assert.equal(article.title, 'Classy');
  assert.match(article.text, /approved the new transit budget/);
});

test('a tag inside script text is not counted: the tokenizer reads script as the parser does', () => {
  const html = `<script>${'<div>'.repeat(100)}</script><p>text</p>`;
  assert.equal(boundedHtml(html, { ...DEFAULT_EXTRACT_BOUNDS, maxDepth: 3 }), html);
});
