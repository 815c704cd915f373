import assert from 'node:assert/strict';
import { test } from 'node:test';
import { runEntry } from './helpers/run-cli.js';

test('npm start without DISCORD_TOKEN exits with one line saying what to set and where', async () => {
  const result = await runEntry('src/index.js');
  assert.equal(result.code, 1);
  const lines = result.stderr.trim().split('\n');
  assert.equal(lines.length, 1, result.stderr);
  assert.match(lines[0]!, /DISCORD_TOKEN is not set.*\.env/);
});

test('a bad setting stops the bot with a line naming it, and no stack trace', async () => {
  const result = await runEntry('src/index.js', [], { env: { DISCORD_TOKEN: 'x', FETCH_TIMEOUT_MS: 'fast' } });
  assert.equal(result.code, 1);
  assert.match(result.stderr, /FETCH_TIMEOUT_MS must be a whole number/);
  assert.doesNotMatch(result.stderr, /\n\s+at /);
});

test('deploy-commands without credentials says which to set', async () => {
  const result = await runEntry('scripts/deploy-commands.js');
  assert.equal(result.code, 1);
  assert.match(result.stderr, /Set DISCORD_TOKEN and DISCORD_CLIENT_ID/);
});
