import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { SeenItems } from '../../src/services/feeds/state/seen-items.js';
import { Subscriptions } from '../../src/services/feeds/state/subscriptions.js';
import type { Subscription } from '../../src/services/feeds/state/types.js';
import { openStore } from '../../src/services/store.js';
import { startFeedSite } from '../helpers/feeds/feed-site.js';
import { loopbackEnv } from '../helpers/http-server.js';
import { testRedisUrl } from '../helpers/redis.js';
import { runCli } from '../helpers/run-cli.js';

const GUILD = '100000000000000001';
const OTHER_GUILD = '100000000000000002';
const CHANNEL = '100000000000000011';
// This file's own Redis database (test/helpers/redis.ts lists who has which).
const REDIS_URL = testRedisUrl(14);

const dir = mkdtempSync(join(tmpdir(), 'newsdesk-operator-'));
after(() => rmSync(dir, { recursive: true, force: true }));

function subscription(id: string, feedUrl: string): Subscription {
  return {
    id,
    guildId: GUILD,
    channelId: CHANNEL,
    feedUrl,
    title: `Feed ${id}`,
    intervalMinutes: 30,
    mode: 'cards',
    createdAt: 0,
    nextCheckAt: 0,
    failures: 0,
    initialized: true,
  };
}

async function seededSqlite(name: string, subscriptions: Subscription[]): Promise<string> {
  const url = `sqlite://${join(dir, name)}`;
  const store = openStore(url);
  for (const item of subscriptions) await new Subscriptions(store.ns('sub')).save(item);
  await new SeenItems(store.ns('seen')).add('s1', ['item-1', 'item-2'], ['item-1', 'item-2']);
  await store.close();
  return url;
}

test('migrate-store moves subscriptions and seen items to Redis, and running it again changes nothing', async () => {
  const from = await seededSqlite('migrate.sqlite', [
    subscription('s1', 'https://news.example/feed.xml'),
    subscription('s2', 'https://other.example/rss'),
  ]);
  const target = openStore(REDIS_URL);
  try {
    for (const name of ['sub', 'seen'] as const) await target.ns(name).clear();
    const first = await runCli(['migrate-store', '--from', from, '--to', REDIS_URL]);
    assert.equal(first.code, 0, first.stderr);
    assert.match(first.stdout, /^sub +2$/m);
    const second = await runCli(['migrate-store', '--from', from, '--to', REDIS_URL]);
    assert.equal(second.stdout, first.stdout, 'a second run finds and writes the same');
    const moved = await new Subscriptions(target.ns('sub')).all();
    assert.deepEqual(moved.map((item) => item.feedUrl).sort(), [
      'https://news.example/feed.xml',
      'https://other.example/rss',
    ]);
    assert.deepEqual([...(await new SeenItems(target.ns('seen')).get('s1'))].sort(), ['item-1', 'item-2']);
  } finally {
    for (const name of ['sub', 'seen', 'feed', 'outbox', 'guild', 'autosummary', 'log'] as const)
      await target.ns(name).clear();
    await target.close();
  }
});

test('migrate-store refuses a missing or unknown store URL with its usage line', async () => {
  const result = await runCli(['migrate-store', '--from', 'ftp://x', '--to', REDIS_URL]);
  assert.equal(result.code, 2);
  assert.match(result.stderr, /--from and --to take store URLs/);
  assert.match(result.stderr, /Usage: newsdesk migrate-store/);
});

test("feeds export prints a server's subscriptions as OPML; feeds import follows them in another server", async () => {
  const site = await startFeedSite();
  try {
    site.publish('wire', { id: 'a', published: new Date('2026-06-01T10:00:00Z') });
    const url = await seededSqlite('opml.sqlite', [subscription('s1', `${site.url}/gen/wire.xml`)]);
    const env = { STORE_URL: url, ...loopbackEnv(site.server.port) };
    const exported = await runCli(['feeds', 'export', '--guild', GUILD], { env });
    assert.equal(exported.code, 0, exported.stderr);
    assert.match(exported.stdout, /<opml version="2\.0"/);
    assert.ok(exported.stdout.includes(`xmlUrl="${site.url}/gen/wire.xml"`));

    const file = join(dir, 'feeds.opml');
    writeFileSync(file, exported.stdout);
    const imported = await runCli(['feeds', 'import', '--guild', OTHER_GUILD, '--channel', CHANNEL, file], { env });
    assert.equal(imported.code, 0, imported.stderr);
    assert.match(imported.stdout, new RegExp(`^subscribed +${site.url}/gen/wire.xml$`, 'm'));
    const again = await runCli(['feeds', 'import', '--guild', OTHER_GUILD, '--channel', CHANNEL, file], { env });
    assert.match(again.stdout, /^already/m, 'a second import leaves the subscription as it is');

    const store = openStore(url);
    const inOther = await new Subscriptions(store.ns('sub')).inGuild(OTHER_GUILD);
    await store.close();
    assert.deepEqual(
      inOther.map((item) => [item.feedUrl, item.channelId, item.intervalMinutes]),
      [[`${site.url}/gen/wire.xml`, CHANNEL, 30]],
    );
  } finally {
    await site.close();
  }
});

test('feeds import of a file that is not OPML says so and exits 1', async () => {
  const file = join(dir, 'not.opml');
  writeFileSync(file, '<html><body>hello</body></html>');
  const env = { STORE_URL: `sqlite://${join(dir, 'bad.sqlite')}` };
  const result = await runCli(['feeds', 'import', '--guild', GUILD, '--channel', CHANNEL, file], { env });
  assert.equal(result.code, 1);
  assert.match(result.stderr, /not\.opml/);
  assert.doesNotMatch(result.stderr, /at .*\.js/, 'no stack trace');
});

test('dashboard-link says the dashboard is off without DASHBOARD_PORT, and prints a sign-in link with it', async () => {
  const env = { STORE_URL: `sqlite://${join(dir, 'dash.sqlite')}` };
  const off = await runCli(['dashboard-link', '--guild', GUILD, '--user', CHANNEL], { env });
  assert.equal(off.code, 1);
  assert.match(off.stderr, /dashboard is off: set DASHBOARD_PORT/);
  const on = await runCli(['dashboard-link', '--guild', GUILD, '--user', CHANNEL], {
    env: { ...env, DASHBOARD_PORT: '8089', DASHBOARD_URL: 'https://bot.example' },
  });
  assert.equal(on.code, 0, on.stderr);
  assert.match(on.stdout, /^https:\/\/bot\.example\/dashboard\/sign-in\/\S+\n$/);
});
