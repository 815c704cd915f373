import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { PermissionFlagsBits as P } from 'discord.js';
import { Subscriptions } from '../../src/services/feeds/state/subscriptions.js';
import type { PostTarget } from '../../src/services/feeds/state/types.js';
import { openStore } from '../../src/services/store.js';
import {
  createFakeClock,
  type FakeDiscord,
  type RecordedRequest,
  startFakeDiscord,
} from '../helpers/fake-discord/index.js';
import { NONCE_WINDOW_MS } from '../helpers/fake-discord/messages.js';
import type { CrashPoint, CrashRunnerArgs } from '../helpers/feeds/crash-runner.js';
import { startFeedSite } from '../helpers/feeds/feed-site.js';
import {
  assertRedisReachable,
  deleteQueueKeys,
  QUEUE_KINDS,
  type QueueKind,
  TEST_QUEUE_REDIS,
  uniqueQueuePrefix,
} from '../helpers/redis-queue.js';
import { runEntry } from '../helpers/run-cli.js';

const NOW = Date.parse('2026-06-01T12:00:00Z');

/** One run of the real scheduler in its own process (it SIGKILLs itself at `crashAt`). */
const runScheduler = (args: CrashRunnerArgs) => runEntry('test/helpers/feeds/crash-runner.js', [JSON.stringify(args)]);

/** The item link a successful posting request carried: a channel message, a webhook execute or a forum post. */
function postedLink(request: RecordedRequest, channelId: string): string | undefined {
  if (request.method !== 'POST' || (request.status !== 200 && request.status !== 201)) return undefined;
  const body = request.body as { embeds?: { url?: string }[]; message?: { embeds?: { url?: string }[] } };
  if (request.path === `/channels/${channelId}/messages` || /^\/webhooks\/\d+\/[^/]+$/.test(request.path))
    return String(body.embeds?.[0]?.url);
  if (request.path === `/channels/${channelId}/threads`) return String(body.message?.embeds?.[0]?.url);
  return undefined;
}

/** Per posted item link: the POSTs that reached Discord, and the distinct messages they made. */
function deliveries(fake: FakeDiscord, channelId: string): Map<string, { posts: number; messages: Set<string> }> {
  const out = new Map<string, { posts: number; messages: Set<string> }>();
  for (const request of fake.requests) {
    const link = postedLink(request, channelId);
    if (link === undefined) continue;
    const entry = out.get(link) ?? { posts: 0, messages: new Set<string>() };
    entry.posts += 1;
    entry.messages.add((request.response as { id: string }).id);
    out.set(link, entry);
  }
  return out;
}

/** Kill the scheduler at `crashAt`, keep it down for `downForMs` (on both clocks), run it again; every item must show once. */
async function crashAndRestart(
  queue: QueueKind,
  crashAt: CrashPoint,
  downForMs = 0,
  where: { target?: PostTarget; forum?: boolean } = {},
) {
  const prefix = uniqueQueuePrefix();
  if (queue === 'bullmq') await assertRedisReachable();
  const dir = mkdtempSync(join(tmpdir(), 'newsdesk-crash-'));
  const site = await startFeedSite();
  const clock = createFakeClock(NOW);
  const fake = await startFakeDiscord({ clock, botPermissions: P.ManageMessages | P.ManageWebhooks });
  const channelId = where.forum ? fake.channels.forum : fake.channels.news;
  try {
    for (const [index, id] of ['a', 'b', 'c'].entries())
      site.publish('wire', { id, published: new Date(NOW - (10 - index) * 60_000) });
    const storeUrl = `sqlite://${join(dir, 'state.sqlite')}`;
    const store = openStore(storeUrl);
    // Already past its first check, so all three items are new and due.
    await new Subscriptions(store.ns('sub')).save({
      id: 'sub1',
      guildId: fake.guildId,
      channelId,
      feedUrl: `${site.url}/gen/wire.xml`,
      ...(where.target ? { target: where.target } : {}),
      title: 'Wire',
      intervalMinutes: 10,
      mode: 'cards',
      createdAt: NOW,
      nextCheckAt: NOW,
      failures: 0,
      initialized: true,
    });
    await store.close();
    const args: CrashRunnerArgs = {
      apiBase: fake.apiBase,
      token: fake.token,
      storeUrl,
      sitePort: site.server.port,
      now: NOW,
      ...(queue === 'bullmq' ? { queue: { url: TEST_QUEUE_REDIS, prefix } } : {}),
    };

    const crashed = await runScheduler({ ...args, crashAt });
    assert.equal(crashed.signal, 'SIGKILL', `the first run died at ${crashAt}: ${crashed.stderr}`);
    const beforeRestart = deliveries(fake, channelId);
    const sentBeforeCrash = crashAt === 'before-record' ? 0 : 1;
    assert.equal(beforeRestart.size, sentBeforeCrash, `${sentBeforeCrash} post(s) reached Discord before the crash`);

    // The child reads its time from `now`; the fake's clock decides when Discord forgets a nonce.
    clock.advance(downForMs);
    const restarted = await runScheduler({ ...args, now: NOW + downForMs });
    assert.equal(restarted.code, 0, restarted.stderr);
    const after = deliveries(fake, channelId);
    const links = ['a', 'b', 'c'].map((id) => `${site.url}/news/wire/${id}`);
    assert.deepEqual([...after.keys()].sort(), links, 'every item was posted: none lost');
    for (const link of links) assert.equal(after.get(link)!.messages.size, 1, `${link} appears once in the channel`);
    assert.deepEqual(fake.violations, []);
    const channelReads = fake.requests.filter(
      (request) => request.method === 'GET' && request.path === `/channels/${fake.channels.news}/messages`,
    );
    return {
      crashedLink: [...beforeRestart.keys()][0] ?? '',
      after,
      channelReads,
      report: JSON.parse(restarted.stdout) as { replay: { posted: number; cleared: number } },
    };
  } finally {
    await fake.close();
    await site.close();
    if (queue === 'bullmq') await deleteQueueKeys(prefix);
    rmSync(dir, { recursive: true, force: true });
  }
}

// The same crashes on both queues; on BullMQ the killed run also held the feed's job.
for (const queue of QUEUE_KINDS) {
  describe(`${queue} queue`, () => {
    test('killed after Discord confirmed a post but before it was marked seen: the restart re-sends it with the same nonce, and Discord shows it once', async () => {
      const { crashedLink, after, report } = await crashAndRestart(queue, 'after-post');
      assert.equal(crashedLink.endsWith('/a'), true, 'the oldest item goes first');
      assert.equal(after.get(crashedLink)!.posts, 2, 'replayed from the outbox');
      assert.equal(report.replay.posted, 3, 'the crashed post again, and the two recorded behind it');
    });

    test('killed after Discord confirmed a post and kept down past the nonce window: the restart finds the post in the channel and does not post it again', async () => {
      const { crashedLink, after, channelReads, report } = await crashAndRestart(queue, 'after-post', 10 * 60_000);
      assert.ok(10 * 60_000 > NONCE_WINDOW_MS, 'the fake has forgotten the nonce by then');
      assert.equal(after.get(crashedLink)!.posts, 1, 'no second POST for the crashed post');
      assert.equal(channelReads.length, 1, 'only the entry sent before the crash was looked for');
      assert.equal(
        report.replay.posted,
        3,
        'the crashed post confirmed from the channel, and the two recorded behind it posted',
      );
    });

    test('killed after the feed was checked but before its items reached the outbox: at its next check the feed is read again (its new validators were not kept) and each item posted once', async () => {
      // The check already moved the subscription's next check on: the items come one interval later, not never.
      const { after, report } = await crashAndRestart(queue, 'before-record', 10 * 60_000);
      assert.equal(after.size, 3);
      for (const { posts } of after.values()) assert.equal(posts, 1, 'one POST per item: nothing was half-sent');
      assert.equal(report.replay.posted, 0, 'the outbox was empty: the items came from the feed again');
    });

    test('killed after marking seen but before clearing the outbox: the restart only clears it, with no second POST', async () => {
      const { crashedLink, after, report } = await crashAndRestart(queue, 'after-mark');
      assert.equal(after.get(crashedLink)!.posts, 1);
      assert.equal(report.replay.cleared, 1);
    });

    test("a webhook post (no nonce) killed after Discord confirmed it: the restart finds it among the webhook's messages and does not post it again", async () => {
      const target: PostTarget = { kind: 'message', webhook: { name: 'Wire desk' } };
      const { crashedLink, after, report } = await crashAndRestart(queue, 'after-post', 0, { target });
      assert.equal(after.get(crashedLink)!.posts, 1, 'one execute for the crashed post');
      for (const { posts } of after.values()) assert.equal(posts, 1, 'exactly one post per item');
      assert.equal(
        report.replay.posted,
        3,
        'the crashed post confirmed from the channel, and the two behind it posted',
      );
    });

    test('a forum post killed after Discord created it: the restart finds the thread among the active ones and creates no second one', async () => {
      const { crashedLink, after, report } = await crashAndRestart(queue, 'after-post', 0, {
        target: { kind: 'forum' },
        forum: true,
      });
      assert.equal(after.get(crashedLink)!.posts, 1, 'one thread for the crashed post');
      for (const { posts } of after.values()) assert.equal(posts, 1, 'exactly one forum post per item');
      assert.equal(report.replay.posted, 3);
    });

    test('a forum post through the webhook killed after Discord created it: still one post per item', async () => {
      const { after } = await crashAndRestart(queue, 'after-post', 0, {
        target: { kind: 'forum', webhook: { name: 'Wire desk' } },
        forum: true,
      });
      for (const { posts } of after.values()) assert.equal(posts, 1, 'exactly one forum post per item');
    });
  });
}
