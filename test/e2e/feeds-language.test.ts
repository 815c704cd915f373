import assert from 'node:assert/strict';
import { test } from 'node:test';
import { startFeedBotWorld } from '../helpers/feeds/bot-world.js';

test("a server that chose Korean gets a feed item's Korean version, dated in Korean", async () => {
  const s = await startFeedBotWorld();
  const { fake, site } = s;
  const admin = { user: fake.users.admin };
  try {
    const published = new Date(Date.now() - 5 * 60_000);
    const korean = site.publish('desk-ko', { id: 'ko', published, lang: 'ko' });
    site.publish('desk', { id: 'en', published, alternates: { ko: korean.path } });
    await fake.slashCommand('settings language', { language: 'ko' }, admin).reply();
    await fake
      .slashCommand('feed add', { url: `${site.url}/gen/desk.xml`, channel: fake.channels.news }, admin)
      .reply();

    await s.bot.scheduler.tick();
    const card = fake.botPosts(fake.channels.news)[0]?.embeds[0];
    assert.equal(card?.url, `${site.url}${korean.path}`);
    assert.equal(card?.title, korean.title);
    assert.match(
      card?.fields?.find((field) => field.name === 'Published')?.value ?? '',
      /^\d{4}\. \d{1,2}\. \d{1,2}\.$/,
    );
    assert.deepEqual(fake.violations, []);
  } finally {
    await s.close();
  }
});
