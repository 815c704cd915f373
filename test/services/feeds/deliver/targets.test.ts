import assert from 'node:assert/strict';
import { test } from 'node:test';
import { sentWithNonce } from '../../../../src/services/feeds/deliver/poster/earlier-post.js';
import { matchingTags } from '../../../../src/services/feeds/deliver/poster/forum-posts.js';
import { targetFields } from '../../../../src/services/feeds/deliver/target-fields.js';
import { threadTitle } from '../../../../src/services/feeds/deliver/thread-title.js';

test('forum tags: matched by name, case-insensitive, in the forum order, at most 5', () => {
  const tags = ['Politics', 'Science', 'Sports', 'Tech', 'World', 'Health'].map((name, i) => ({ id: String(i), name }));
  assert.deepEqual(matchingTags(tags, ['tech', ' SCIENCE ', 'cooking']), ['1', '3']);
  assert.deepEqual(
    matchingTags(
      tags,
      tags.map((tag) => tag.name.toUpperCase()),
    ),
    ['0', '1', '2', '3', '4'],
  );
  assert.deepEqual(matchingTags(tags, undefined), []);
});

test('thread titles: the article title on one line, cut to 100 characters without splitting an emoji', () => {
  assert.equal(threadTitle('  A\nheadline  '), 'A headline');
  assert.equal(threadTitle(''), 'New article');
  const cut = threadTitle('🙂'.repeat(150));
  assert.equal([...cut].length, 100);
  assert.ok(cut.endsWith('…'));
});

test('only plain bot messages carry a nonce; webhook and forum posts rely on the look-up', () => {
  assert.equal(sentWithNonce(undefined), true);
  assert.equal(sentWithNonce({ kind: 'message', thread: true }), true);
  assert.equal(sentWithNonce({ kind: 'message', webhook: { name: 'W' } }), false);
  assert.equal(sentWithNonce({ kind: 'forum' }), false);
});

test('an entry copies the target with the title and categories; a plain subscription adds nothing', () => {
  assert.deepEqual(targetFields({}, { title: 'T', categories: ['a'] }), {});
  assert.deepEqual(targetFields({ target: { kind: 'forum' } }, { title: 'T', categories: ['a'] }), {
    target: { kind: 'forum' },
    title: 'T',
    categories: ['a'],
  });
});
