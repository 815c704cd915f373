import assert from 'node:assert/strict';
import { test } from 'node:test';
import Keyv from 'keyv';
import { CSRF_FIELD, csrfMatches } from '../../src/dashboard/auth/csrf.js';
import { SIGN_IN_LINK_TTL_MS, SignInLinks } from '../../src/dashboard/auth/links.js';
import { grantsManageGuild } from '../../src/dashboard/auth/manage-guild.js';
import { SESSION_TTL_MS, Sessions } from '../../src/dashboard/auth/sessions.js';

const grant = { guildId: 'g1', userId: 'u1' };

function clock() {
  let now = 1_000_000;
  return { now: () => now, advance: (ms: number) => (now += ms) };
}

test('a sign-in link works once, for whom it was made, and the store holds no token', async () => {
  const keyv = new Keyv();
  const links = new SignInLinks(keyv, clock().now);
  const token = await links.issue(grant);
  assert.ok(token.length >= 43);
  const stored: string[] = [];
  for await (const [key] of keyv.iterator?.(undefined) ?? []) stored.push(String(key));
  assert.ok(
    stored.every((key) => !key.includes(token)),
    'kept under the digest of the token',
  );
  assert.deepEqual(await links.redeem(token), grant);
  assert.equal(await links.redeem(token), undefined, 'burned');
  assert.equal(await links.redeem('not-a-token'), undefined);
});

test('a sign-in link expires after 10 minutes', async () => {
  const time = clock();
  const links = new SignInLinks(new Keyv(), time.now);
  const token = await links.issue(grant);
  time.advance(SIGN_IN_LINK_TTL_MS);
  assert.equal(await links.redeem(token), undefined);
});

test('a session ends when its time is up or the member signs out', async () => {
  const time = clock();
  const sessions = new Sessions(new Keyv(), time.now);
  const { id, session } = await sessions.open(grant);
  assert.deepEqual(await sessions.find(id), session);
  assert.equal(await sessions.find(undefined), undefined);
  time.advance(SESSION_TTL_MS);
  assert.equal(await sessions.find(id), undefined);
  const other = await sessions.open(grant);
  await sessions.close(other.id);
  assert.equal(await sessions.find(other.id), undefined);
});

test('a form matches its session only with the exact CSRF token', async () => {
  const { session } = await new Sessions(new Keyv(), clock().now).open(grant);
  assert.equal(csrfMatches(session, { [CSRF_FIELD]: session.csrfToken }), true);
  assert.equal(csrfMatches(session, { [CSRF_FIELD]: `${session.csrfToken}x` }), false);
  assert.equal(csrfMatches(session, {}), false);
  assert.equal(csrfMatches(session, undefined), false);
});

test('Manage Server comes from ownership, @everyone, a role, or Administrator', () => {
  const role = (id: string, permissions: bigint) => ({ id, permissions: String(permissions) }) as never;
  const guild = (everyone: bigint) => ({
    id: 'g',
    owner_id: 'owner',
    roles: [role('g', everyone), role('mods', 1n << 5n), role('admins', 1n << 3n), role('plain', 1n << 10n)],
  });
  assert.equal(grantsManageGuild(guild(0n), { roles: [] }, 'owner'), true);
  assert.equal(grantsManageGuild(guild(0n), { roles: ['plain'] }, 'u'), false);
  assert.equal(grantsManageGuild(guild(0n), { roles: ['mods'] }, 'u'), true);
  assert.equal(grantsManageGuild(guild(0n), { roles: ['admins'] }, 'u'), true);
  assert.equal(grantsManageGuild(guild(1n << 5n), { roles: [] }, 'u'), true);
});
