import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createRestPoster, isPermanentPostError, NONCE_LENGTH, postNonce } from '../../../src/services/feeds/poster.js';
import { startFakeDiscord } from '../../helpers/fake-discord/index.js';

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
    const message = { channelId: fake.channels.news, nonce: postNonce('s', 'i'), embeds: [{ title: 'Hello @everyone' }] };
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
    const refused = await poster.post({ channelId: '1', nonce: 'n', embeds: [{ title: 'x' }] }).catch((error: unknown) => error);
    assert.equal(isPermanentPostError(refused), true);
    fake.failNext({ method: 'POST', path: /messages$/ }, { status: 503 });
    const outage = await poster.post({ channelId: fake.channels.news, nonce: 'm', embeds: [{ title: 'x' }] }).catch((error: unknown) => error);
    assert.equal(isPermanentPostError(outage), false);
  } finally {
    await fake.close();
  }
});

test('the poster reads and edits its own message over REST, without mentions; a deleted message is a permanent 404', async () => {
  const fake = await startFakeDiscord();
  try {
    const poster = createRestPoster({ apiBase: fake.apiBase, token: fake.token, retries: 0 });
    const { id } = await poster.post({ channelId: fake.channels.news, nonce: postNonce('s', 'i'), embeds: [{ title: 'Before', fields: [{ name: 'a', value: 'b' }] }] });
    const read = await poster.fetchMessage!(fake.channels.news, id);
    assert.deepEqual(read.embeds[0]!.fields, [{ name: 'a', value: 'b' }]);
    await poster.edit!(fake.channels.news, id, { embeds: [{ ...read.embeds[0]!, title: 'After' }] });
    const edited = fake.message(id)!;
    assert.equal(edited.embeds[0]!.title, 'After');
    assert.ok(edited.editedAt !== null);
    const patch = fake.requests.find((request) => request.method === 'PATCH')!.body as Record<string, unknown>;
    assert.deepEqual(patch.allowed_mentions, { parse: [] });

    await fetch(`${fake.apiBase}/v10/channels/${fake.channels.news}/messages/${id}`, { method: 'DELETE', headers: { authorization: `Bot ${fake.token}` } });
    const gone = await poster.fetchMessage!(fake.channels.news, id).catch((error: unknown) => error);
    assert.equal(isPermanentPostError(gone), true);
    assert.equal((gone as { code?: number }).code, 10008);
    assert.deepEqual(fake.violations, []);
  } finally {
    await fake.close();
  }
});
