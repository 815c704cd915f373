import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseDocument } from '../../../src/services/extract/dom.js';
import { articleNode } from '../../../src/services/extract/json-ld.js';
import { gatherFacts } from '../../../src/services/extract/page-facts.js';
import { readSiteName } from '../../../src/services/extract/site-name.js';

function siteName(head: string, url = 'https://www.detroitnews.com/story/1'): string | null {
  const facts = gatherFacts(parseDocument(`<html><head>${head}</head><body></body></html>`), url);
  return readSiteName(facts, articleNode(facts.jsonLd));
}

test('og:site_name names the site', () => {
  assert.equal(siteName('<meta property="og:site_name" content="The Detroit News">'), 'The Detroit News');
});

test('a slug or a placeholder is not a name: the publisher or the title segment is', () => {
  const title = '<title>Council allows scooters | The Detroit News</title>';
  assert.equal(siteName(`<meta property="og:site_name" content="detroitnews">${title}`), 'The Detroit News');
  assert.equal(siteName(`<meta property="og:site_name" content="Hosted">${title}`), 'The Detroit News');
  const publisher =
    '<script type="application/ld+json">{"@type":"NewsArticle","publisher":{"@type":"Organization","name":"Detroit News"}}</script>';
  assert.equal(siteName(`<meta property="og:site_name" content="detroitnews">${publisher}`), 'Detroit News');
  assert.equal(siteName('<meta property="og:site_name" content="detroitnews">'), null);
});

test('an address in og:site_name is shown as its host', () => {
  assert.equal(siteName('<meta property="og:site_name" content="https://www.example.org/">'), 'example.org');
});
