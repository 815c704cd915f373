import assert from 'node:assert/strict';
import { test } from 'node:test';
import { extractArticle } from '../../../src/services/extract/index.js';

// Found by `npm run fuzz`: content linkedom leaves outside <body> (or outside <html>) made
// Readability walk up past the top of the document and throw, so the page read as empty.

const PAGE_URL = 'https://news.example/story';
const LEAD =
  'The city council approved the new transit budget on Tuesday after a long debate, officials said. ' +
  'The plan adds buses on the busiest routes and extends evening service across the river.';

test('content after </html> is read as part of the body', () => {
  const article = extractArticle(`</html><m><t><div><p>${LEAD}</p></div></t></m>`, PAGE_URL);
  assert.match(article.text, /approved the new transit budget/);
});

test('content beside the body (a typo such as <boey>) is read as part of the body', () => {
  const html = `<html><head><title>Budget passes</title></head><body></body><boey><p>${LEAD}</p></boey></html>`;
  const article = extractArticle(html, PAGE_URL);
  assert.equal(article.title, 'Budget passes');
  assert.match(article.text, /approved the new transit budget/);
});

test('a page with content before its <html> tag keeps its title and body', () => {
  const html = `<meta charset="utf-8"><!DOCTYPE html><html><head><title>Budget passes</title></head><body><p>${LEAD}</p></body></html>`;
  const article = extractArticle(html, PAGE_URL);
  assert.equal(article.title, 'Budget passes');
  assert.match(article.text, /approved the new transit budget/);
});
