import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  acceptableAvatar,
  buildTarget,
  feedIcon,
  webhookNameFrom,
  webhookNameProblem,
} from '../../../../src/services/feeds/manage/post-target.js';

const PUBLIC_ONLY = { allowPorts: [], allowPrivateHosts: [] };

test('buildTarget: defaults, forum posts, and an edit changing only what it names', () => {
  const defaults = { name: 'Wire', avatarUrl: 'https://wire.example/favicon.ico' };
  assert.equal(buildTarget({ channel: 'text' }, defaults), undefined, 'a plain message as the bot');
  assert.deepEqual(buildTarget({ channel: 'forum' }, defaults), { kind: 'forum' });
  assert.deepEqual(buildTarget({ channel: 'text', asWebhook: true }, defaults), {
    kind: 'message',
    webhook: { name: 'Wire', avatarUrl: 'https://wire.example/favicon.ico' },
  });
  const current = buildTarget({ channel: 'text', asWebhook: true, name: 'Desk', thread: true }, defaults);
  assert.deepEqual(buildTarget({ channel: 'text', avatarUrl: 'https://x.example/a.png' }, defaults, current), {
    kind: 'message',
    webhook: { name: 'Desk', avatarUrl: 'https://x.example/a.png' },
    thread: true,
  });
  assert.deepEqual(buildTarget({ channel: 'text', asWebhook: false }, defaults, current), {
    kind: 'message',
    thread: true,
  });
  assert.deepEqual(buildTarget({ channel: 'announcement', publish: true }, defaults), {
    kind: 'message',
    publish: true,
  });
  assert.equal(
    buildTarget({ channel: 'text', publish: true }, defaults),
    undefined,
    'publish needs an announcement channel',
  );
});

test('webhook names: the feed title made acceptable to Discord, a member’s name checked', () => {
  assert.equal(webhookNameFrom('Discord Engineering Blog'), 'Engineering Blog');
  assert.equal(webhookNameFrom('discord'), 'News feed');
  assert.equal([...webhookNameFrom('x'.repeat(120))].length, 80);
  assert.equal(webhookNameProblem('Wire desk'), null);
  assert.match(webhookNameProblem('My Discord news') ?? '', /without "Discord"/);
  assert.match(
    webhookNameProblem('My Discord news') ?? '',
    /without "Discord"/,
    'the check has no regex state left over',
  );
  assert.match(webhookNameProblem('   ') ?? '', /1 to 80/);
});

test('avatars: public http(s) addresses only; the feed image first, else the site favicon', () => {
  assert.equal(acceptableAvatar('https://wire.example/logo.png', PUBLIC_ONLY), 'https://wire.example/logo.png');
  for (const bad of [
    'http://127.0.0.1/a.png',
    'http://[::1]/a.png',
    'http://10.0.0.8/a.png',
    'ftp://wire.example/a',
    'https://u:p@wire.example/a',
    'not a url',
  ])
    assert.equal(acceptableAvatar(bad, PUBLIC_ONLY), undefined, bad);
  const feed = { title: 'Wire', link: 'https://wire.example/news/', items: [], format: 'rss' as const };
  assert.equal(
    feedIcon({ url: 'https://wire.example/rss', feed: { ...feed, image: 'https://cdn.example/i.png' } }, PUBLIC_ONLY),
    'https://cdn.example/i.png',
  );
  assert.equal(
    feedIcon({ url: 'https://wire.example/rss', feed: { ...feed, image: 'http://192.168.1.1/i.png' } }, PUBLIC_ONLY),
    'https://wire.example/favicon.ico',
  );
  assert.equal(feedIcon({ url: 'http://127.0.0.1:8080/rss', feed: { ...feed, link: null } }, PUBLIC_ONLY), undefined);
});
