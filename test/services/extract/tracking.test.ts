import assert from 'node:assert/strict';
import { test } from 'node:test';
import { isAffiliateLink, withoutTracking } from '../../../src/services/extract/tracking.js';

test('withoutTracking drops campaign and click ids, keeps what names the page', () => {
  assert.equal(withoutTracking('https://a.example/s?utm_source=x&utm_campaign=y'), 'https://a.example/s');
  assert.equal(withoutTracking('https://a.example/s?id=7&fbclid=abc#part'), 'https://a.example/s?id=7#part');
  assert.equal(withoutTracking('https://a.example/s?page=2&from=rss'), 'https://a.example/s?page=2');
  assert.equal(withoutTracking('not a url'), 'not a url');
});

test('isAffiliateLink knows redirect hosts and affiliate ids on shop links', () => {
  assert.equal(isAffiliateLink('https://amzn.to/3xYz'), true);
  assert.equal(isAffiliateLink('https://www.amazon.com/dp/B000123?tag=site-20'), true);
  assert.equal(isAffiliateLink('https://click.linksynergy.com/deeplink?id=1'), true);
  assert.equal(isAffiliateLink('https://news.example/2025/09/04/story'), false);
});
