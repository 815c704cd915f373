import assert from 'node:assert/strict';
import { test } from 'node:test';
import { PermissionFlagsBits as P } from 'discord.js';
import type { PostTarget } from '../../src/services/feeds/state/types.js';
import type { FakeMessage } from '../helpers/fake-discord/index.js';
import { type FeedHarness, startFeedHarness } from '../helpers/feeds/harness.js';

// "Also covered by" on a post that is not a plain bot message: a webhook's message is edited
// through that webhook, a forum post's card in its thread.

const MINUTE = 60_000;
const STORY = {
  title: 'Harbor council approves the new ferry terminal budget',
  description:
    'The harbor council voted to fund a larger ferry terminal, doubling capacity for commuters by next summer.',
};

async function storyTwice(
  target: PostTarget,
  channel: 'news' | 'forum',
  card: (h: FeedHarness) => FakeMessage | undefined,
) {
  const h = await startFeedHarness({ discord: { botPermissions: P.ManageMessages | P.ManageWebhooks } });
  try {
    const channelId = h.fake.channels[channel];
    h.site.publish('alpha', { id: 'story', published: new Date(h.clock.now() - 5 * MINUTE), ...STORY });
    h.site.feed('beta');
    for (const name of ['alpha', 'beta'])
      await h.subscribe({ feedUrl: `${h.site.url}/gen/${name}.xml`, channelId, initialized: true, target });
    assert.equal((await h.scheduler.tick()).posted, 1);
    h.clock.advance(10 * MINUTE);
    h.site.publish('beta', { id: 'copy', published: new Date(h.clock.now() - MINUTE), ...STORY });
    const second = await h.scheduler.tick();
    assert.deepEqual([second.posted, second.edited], [0, 1], 'the copy amends the earlier post');
    const field = card(h)?.embeds[0]?.fields?.find((f) => f.name === 'Also covered by');
    assert.match(field?.value ?? '', /beta/);
    assert.deepEqual(h.fake.violations, []);
  } finally {
    await h.close();
  }
}

test("a webhook post's card gains the later source, edited through the webhook", async () => {
  await storyTwice(
    { kind: 'message', webhook: { name: 'Desk' } },
    'news',
    (h) => h.fake.messages(h.fake.channels.news)[0],
  );
});

test("a forum post's card gains the later source, edited in its thread", async () => {
  await storyTwice({ kind: 'forum' }, 'forum', (h) => {
    const [post] = h.fake.threads(h.fake.channels.forum);
    return post && h.fake.messages(post.id)[0];
  });
});
