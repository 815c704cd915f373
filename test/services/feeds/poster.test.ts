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
