import assert from 'node:assert/strict';
import { test } from 'node:test';
import { failureReply, t } from '../../src/discord/i18n/index.js';
import { FailureError } from '../../src/services/errors.js';

test('t picks the table by primary subtag and fills values; other locales get English', () => {
  assert.equal(t('ko', 'rateLimited', { seconds: 7 }), '요청이 너무 잦습니다. 7초 후에 다시 시도해 주세요.');
  assert.equal(t('en-GB', 'rateLimited', { seconds: 7 }), "You're asking quickly — try again in 7 s.");
  assert.equal(t('pt-BR', 'apology'), t('en-US', 'apology'));
});

test('a failure is translated unless the English names a detail; "not an article" always is', () => {
  const pdf = new FailureError('not-html', 'pdf', { contentType: 'application/pdf' });
  assert.equal(failureReply('ja', pdf), 'このページは記事ではありません。');
  assert.equal(failureReply('en-US', pdf), "That page isn't an article (it's a PDF).");
  const status = new FailureError('http-status', '404', { status: 404 });
  assert.equal(failureReply('ko', status), 'The site answered 404.');
  const redirect = new FailureError('invalid-url', 'bad redirect', { reason: 'redirect' });
  assert.equal(failureReply('ko', redirect), 'That page redirects to an address that is not a web page.');
});
