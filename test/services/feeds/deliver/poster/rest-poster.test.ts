import assert from 'node:assert/strict';
import { test } from 'node:test';
import { NONCE_LENGTH, postNonce } from '../../../../../src/services/feeds/deliver/nonce.js';
import {
  createRestPoster,
  isPermanentPostError,
} from '../../../../../src/services/feeds/deliver/poster/rest-poster.js';
import { createFakeClock, startFakeDiscord } from '../../../../helpers/fake-discord/index.js';

test('nonces are deterministic, at most 25 characters, and differ per subscription and item', () => {
  const a = postNonce('sub1', 'item-1');
  assert.equal(a, postNonce('sub1', 'item-1'));
  assert.ok(a.length <= 25 && a.length === NONCE_LENGTH);
  assert.notEqual(a, postNonce('sub1', 'item-2'));
  assert.notEqual(a, postNonce('sub2', 'item-1'));
  assert.notEqual(postNonce('ab', 'c'), postNonce('a', 'bc'), 'parts are separated');
});

test('a post goes over REST with the nonce, enforce_nonce and no mentions; the same nonce again makes no second message', async () => {
  const fake = await startFakeDiscord();
  try {
    const poster = createRestPoster({ apiBase: fake.apiBase, token: fake.token });
    const message = {
      channelId: fake.channels.news,
      nonce: postNonce('s', 'i'),
      embeds: [{ title: 'Hello @everyone' }],
    };
    const first = await poster.post(message);
    const second = await poster.post(message);
    assert.equal(first.id, second.id);
    assert.equal(fake.messages(fake.channels.news).length, 1);
    const body = fake.requests.find((request) => request.method === 'POST')!.body as Record<string, unknown>;
    assert.equal(body.enforce_nonce, true);
    assert.deepEqual(body.allowed_mentions, { parse: [] });
    assert.equal(fake.messages(fake.channels.news)[0]!.pinged, false);
  } finally {
    await fake.close();
  }
});

test('Discord refusing a post for good (unknown channel) is permanent; 5xx is not', async () => {
  const fake = await startFakeDiscord();
  try {
    const poster = createRestPoster({ apiBase: fake.apiBase, token: fake.token, retries: 0 });
    const refused = await poster
      .post({ channelId: '1', nonce: 'n', embeds: [{ title: 'x' }] })
      .catch((error: unknown) => error);
    assert.equal(isPermanentPostError(refused), true);
    fake.failNext({ method: 'POST', path: /messages$/ }, { status: 503 });
    const outage = await poster
      .post({ channelId: fake.channels.news, nonce: 'm', embeds: [{ title: 'x' }] })
      .catch((error: unknown) => error);
    assert.equal(isPermanentPostError(outage), false);
  } finally {
    await fake.close();
  }
});

test('the poster reads and edits its own message over REST, without mentions; a deleted message is a permanent 404', async () => {
  const fake = await startFakeDiscord();
  try {
    const poster = createRestPoster({ apiBase: fake.apiBase, token: fake.token, retries: 0 });
    const { id } = await poster.post({
      channelId: fake.channels.news,
      nonce: postNonce('s', 'i'),
      embeds: [{ title: 'Before', fields: [{ name: 'a', value: 'b' }] }],
    });
    const read = await poster.fetchMessage!(fake.channels.news, id);
    assert.deepEqual(read.embeds[0]!.fields, [{ name: 'a', value: 'b' }]);
    await poster.edit!(fake.channels.news, id, { embeds: [{ ...read.embeds[0]!, title: 'After' }] });
    const edited = fake.message(id)!;
    assert.equal(edited.embeds[0]!.title, 'After');
    assert.ok(edited.editedAt !== null);
    const patch = fake.requests.find((request) => request.method === 'PATCH')!.body as Record<string, unknown>;
    assert.deepEqual(patch.allowed_mentions, { parse: [] });

    await fetch(`${fake.apiBase}/v10/channels/${fake.channels.news}/messages/${id}`, {
      method: 'DELETE',
      headers: { authorization: `Bot ${fake.token}` },
    });
    const gone = await poster.fetchMessage!(fake.channels.news, id).catch((error: unknown) => error);
    assert.equal(isPermanentPostError(gone), true);
    assert.equal((gone as { code?: number }).code, 10008);
    assert.deepEqual(fake.violations, []);
  } finally {
    await fake.close();
  }
});

test("reading the channel finds the bot's own plain posts, without their nonce, from a given time on or the newest ones", async () => {
  const clock = createFakeClock(Date.parse('2026-06-01T12:00:00Z'));
  const fake = await startFakeDiscord({ clock });
  try {
    const poster = createRestPoster({ apiBase: fake.apiBase, token: fake.token, retries: 0 });
    const news = fake.channels.news;
    const card = { url: 'https://news.example/a', title: 'A' };
    const old = await poster.post({
      channelId: news,
      nonce: postNonce('s', 'old'),
      embeds: [{ ...card, title: 'Old' }],
    });
    clock.advance(10 * 60_000);
    const since = clock.now();
    const mine = await poster.post({ channelId: news, nonce: postNonce('s', 'a'), embeds: [card] });
    fake.userMessage({ channelId: news, content: 'a member shares it', embeds: [card] });
    fake.userMessage({ channelId: news, content: 'a webhook', embeds: [card], webhookId: '200000000000000001' });
    // A reply by the bot (as the shared-links feature makes) is not a scheduled post.
    await fetch(`${fake.apiBase}/v10/channels/${news}/messages`, {
      method: 'POST',
      headers: { authorization: `Bot ${fake.token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ embeds: [card], message_reference: { message_id: mine.id } }),
    });
    for (let i = 0; i < 3; i += 1)
      await poster.post({
        channelId: news,
        nonce: postNonce('s', `later-${i}`),
        embeds: [{ ...card, title: `Later ${i}` }],
      });

    const fromSince = await poster.recentMessages(news, 4, since);
    assert.deepEqual(
      fromSince.map((message) => message.id),
      [mine.id],
      'the first four messages from then on hold one own plain post',
    );
    assert.deepEqual(fromSince[0]!.embeds[0], card);
    const newest = await poster.recentMessages(news, 2);
    assert.deepEqual(
      newest.map((message) => message.embeds[0]!.title),
      ['Later 2', 'Later 1'],
      'newest first',
    );
    assert.equal(
      (await poster.recentMessages(news, 50)).some((message) => message.id === old.id),
      true,
    );

    const raw = (await (
      await fetch(`${fake.apiBase}/v10/channels/${news}/messages?limit=100`, {
        headers: { authorization: `Bot ${fake.token}` },
      })
    ).json()) as Record<string, unknown>[];
    assert.equal(
      raw.some((message) => 'nonce' in message),
      false,
      'Discord does not return nonces when reading',
    );
    assert.equal(
      fake.requests.filter((request) => request.path === '/users/@me').length,
      1,
      'the bot asks who it is once',
    );
    assert.deepEqual(fake.violations, []);
  } finally {
    await fake.close();
  }
});

test('a channel the bot cannot see is a permanent refusal; without Read Message History it reads as empty', async () => {
  const { PermissionFlagsBits: P } = await import('discord.js');
  const blind = await startFakeDiscord({ everyonePermissions: P.SendMessages, botPermissions: 0n });
  const noHistory = await startFakeDiscord({
    everyonePermissions: P.ViewChannel | P.SendMessages | P.EmbedLinks,
    botPermissions: 0n,
  });
  try {
    const refused = await createRestPoster({ apiBase: blind.apiBase, token: blind.token, retries: 0 })
      .recentMessages(blind.channels.news, 50)
      .catch((error: unknown) => error);
    assert.equal(isPermanentPostError(refused), true);
    const poster = createRestPoster({ apiBase: noHistory.apiBase, token: noHistory.token, retries: 0 });
    await poster.post({ channelId: noHistory.channels.news, nonce: 'n', embeds: [{ title: 'x' }] });
    assert.deepEqual(await poster.recentMessages(noHistory.channels.news, 50), []);
  } finally {
    await blind.close();
    await noHistory.close();
  }
});
