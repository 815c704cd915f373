import assert from 'node:assert/strict';
import { test } from 'node:test';
import { DiscordAPIError, REST } from '@discordjs/rest';
import { type APIMessage, type APIWebhook, PermissionFlagsBits as P, Routes } from 'discord.js';
import { type FakeDiscord, type FakeDiscordOptions, startFakeDiscord } from './fake-discord/index.js';

/** A fake and a bare REST client on it (raw calls: the rules the bot itself never breaks). */
async function withFake(options: FakeDiscordOptions, run: (fake: FakeDiscord, rest: REST) => Promise<void>) {
  const fake = await startFakeDiscord(options);
  try {
    await run(fake, new REST({ api: fake.apiBase, retries: 0 }).setToken(fake.token));
  } finally {
    await fake.close();
  }
}

const refusedWith = (code: number) => (error: unknown) => error instanceof DiscordAPIError && error.code === code;
const WEBHOOKS = { botPermissions: P.ManageMessages | P.ManageWebhooks };
const card = { embeds: [{ title: 'Hello' }] };

test('webhooks: Manage Webhooks needed; execute needs thread_name in a forum and refuses it elsewhere; deleted is Unknown Webhook', async () => {
  await withFake({}, async (fake, rest) => {
    await assert.rejects(
      rest.post(Routes.channelWebhooks(fake.channels.news), { body: { name: 'x' } }),
      refusedWith(50013),
    );
  });
  await withFake(WEBHOOKS, async (fake, rest) => {
    await assert.rejects(
      rest.post(Routes.channelWebhooks(fake.channels.news), { body: { name: 'My Discord' } }),
      refusedWith(50035),
    );
    const hook = (await rest.post(Routes.channelWebhooks(fake.channels.news), {
      body: { name: 'feeds' },
    })) as APIWebhook;
    const execute = (body: object) =>
      rest.post(Routes.webhook(hook.id, hook.token!), {
        body,
        query: new URLSearchParams({ wait: 'true' }),
        auth: false,
      });
    const sent = (await execute({ ...card, username: 'Wire', avatar_url: 'https://x.example/a.png' })) as APIMessage;
    assert.equal(sent.author.username, 'Wire');
    assert.equal(sent.webhook_id, hook.id);
    await assert.rejects(execute({ ...card, thread_name: 'no' }), refusedWith(220003));
    const forumHook = (await rest.post(Routes.channelWebhooks(fake.channels.forum), {
      body: { name: 'feeds' },
    })) as APIWebhook;
    await assert.rejects(
      rest.post(Routes.webhook(forumHook.id, forumHook.token!), { body: card, auth: false }),
      refusedWith(220001),
    );
    fake.deleteWebhook(hook.id);
    await assert.rejects(execute(card), refusedWith(10015));
    assert.equal(
      fake.violations.filter((line) => line.includes('10015')).length,
      0,
      'a deleted webhook is a benign 404',
    );
  });
});

test('forums take posts, not messages; a post carries known tags, at most 5', async () => {
  await withFake({}, async (fake, rest) => {
    await assert.rejects(rest.post(Routes.channelMessages(fake.channels.forum), { body: card }), refusedWith(50008));
    const forum = (await rest.get(Routes.channel(fake.channels.forum))) as { available_tags: { id: string }[] };
    const ids = forum.available_tags.map((tag) => tag.id);
    await assert.rejects(
      rest.post(Routes.threads(fake.channels.forum), { body: { name: 'Six', message: card, applied_tags: ids } }),
      refusedWith(50035),
    );
    const post = (await rest.post(Routes.threads(fake.channels.forum), {
      body: { name: 'Two', message: card, applied_tags: ids.slice(0, 2) },
    })) as { id: string; message: APIMessage; applied_tags: string[] };
    assert.equal(post.message.id, post.id);
    assert.deepEqual(post.applied_tags, ids.slice(0, 2));
    const active = (await rest.get(Routes.guildActiveThreads(fake.guildId))) as { threads: { id: string }[] };
    assert.deepEqual(
      active.threads.map((thread) => thread.id),
      [post.id],
    );
  });
});

test('a thread opens once per message; crossposts only in announcement channels, once', async () => {
  await withFake({}, async (fake, rest) => {
    const message = (await rest.post(Routes.channelMessages(fake.channels.news), { body: card })) as APIMessage;
    await rest.post(Routes.threads(fake.channels.news, message.id), { body: { name: 'Talk' } });
    await assert.rejects(
      rest.post(Routes.threads(fake.channels.news, message.id), { body: { name: 'Again' } }),
      refusedWith(160004),
    );
    await assert.rejects(rest.post(Routes.channelMessageCrosspost(fake.channels.news, message.id)), refusedWith(50024));
    const news = (await rest.post(Routes.channelMessages(fake.channels.announcements), { body: card })) as APIMessage;
    const published = (await rest.post(
      Routes.channelMessageCrosspost(fake.channels.announcements, news.id),
    )) as APIMessage;
    assert.equal(published.flags! & 1, 1, 'CROSSPOSTED');
    await assert.rejects(
      rest.post(Routes.channelMessageCrosspost(fake.channels.announcements, news.id)),
      refusedWith(40033),
    );
  });
});
