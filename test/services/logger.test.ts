import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createLogger, redact } from '../../src/services/logger.js';

const cases: [string, string, string][] = [
  [
    'URL userinfo',
    'fetch https://user:hunter2@news.example/a failed',
    'fetch https://[redacted]@news.example/a failed',
  ],
  [
    'a token in a query',
    'GET https://news.example/a?id=1&token=abc123&x=2',
    'GET https://news.example/a?id=1&token=[redacted]&x=2',
  ],
  ['an api_key in a query', 'https://api.example/v1?api_key=sk-live-1', 'https://api.example/v1?api_key=[redacted]'],
  [
    'an interaction token in a webhook path',
    '/api/v10/webhooks/1234567890/aW50ZXJhY3Rpb246MTIzNDU2Nzg5MDpzZWNyZXQ/messages/@original',
    '/api/v10/webhooks/1234567890/[redacted]/messages/@original',
  ],
  [
    'an interaction callback path',
    '/interactions/9876543210/aW50ZXJhY3Rpb246OTg3NjU0MzIxMDpzZWNyZXQ/callback',
    '/interactions/9876543210/[redacted]/callback',
  ],
];

for (const [name, input, expected] of cases) {
  test(`redact hides ${name}`, () => assert.equal(redact(input), expected));
}

test('known secret values are masked wherever they appear, errors included', () => {
  const lines: string[] = [];
  const logger = createLogger({ secrets: ['MTIzNDU2.bot-token.value'], write: (line) => lines.push(line) });
  logger.error('login failed', {
    error: new Error('bad token MTIzNDU2.bot-token.value'),
    detail: 'MTIzNDU2.bot-token.value',
  });
  assert.equal(lines.length, 1);
  assert.ok(!lines[0]!.includes('MTIzNDU2.bot-token.value'));
  assert.match(lines[0]!, /\[redacted\]/);
});

test('the level threshold drops quieter lines', () => {
  const lines: string[] = [];
  const logger = createLogger({ level: 'warn', write: (line) => lines.push(line) });
  logger.info('not shown');
  logger.warn('shown', { feed_url: 'https://news.example/feed' });
  assert.deepEqual(
    lines.map((line) => JSON.parse(line).msg),
    ['shown'],
  );
  assert.equal(JSON.parse(lines[0]!).feed_url, 'https://news.example/feed');
});
