import assert from 'node:assert/strict';
import { test } from 'node:test';
import { DIGEST_MAX_ITEMS } from '../../src/services/feeds/present/digest.js';
import { startFeedHarness } from '../helpers/feeds/harness.js';

const MINUTE = 60_000;

test('30 new items in digest mode make one digest that lists the newest 10 and counts the rest; nothing follows', async () => {
  const h = await startFeedHarness();
  try {
    for (let i = 1; i <= 30; i++)
      h.site.publish('busy', { id: `i${i}`, published: new Date(h.clock.now() - (31 - i) * MINUTE) });
    const subscription = await h.subscribe({
      feedUrl: `${h.site.url}/gen/busy.xml`,
      mode: 'digest',
      intervalMinutes: 60,
      initialized: true,
    });
    await h.scheduler.tick();
    const posted = () =>
      h.fake.messages(h.fake.channels.news).filter((message) => message.author.id === h.fake.botUserId);
    assert.equal(posted().length, 1);
    const embed = posted()[0]!.embeds[0] as { title?: string; description?: string };
    assert.match(embed.title ?? '', /30 new/);
    assert.match(embed.description ?? '', /…and 20 more$/);
    assert.equal(
      (embed.description ?? '').split('\n').filter((line) => line.startsWith('• ')).length,
      DIGEST_MAX_ITEMS,
    );
    assert.match(embed.description ?? '', /\(i30\)/, 'the newest are listed');

    h.clock.advance(MINUTE);
    await h.scheduler.tick();
    h.clock.advance(2 * 60 * MINUTE);
    await h.scheduler.tick();
    assert.equal(posted().length, 1, 'every item of the digest is settled: no second digest');
    assert.equal((await h.services.subscriptions.get(subscription.id))!.backlog, false);
  } finally {
    await h.close();
  }
});
