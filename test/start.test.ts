import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { REPO_ROOT } from './helpers/paths.js';

// Run from an empty folder so a developer's own .env is not read.
function runEntry(entry: string, env: Record<string, string>) {
  const cwd = mkdtempSync(join(tmpdir(), 'newsdesk-start-'));
  try {
    const { PATH, HOME } = process.env;
    return spawnSync(process.execPath, [join(REPO_ROOT, 'dist', entry)], { cwd, env: { PATH: PATH ?? '', HOME: HOME ?? '', ...env }, encoding: 'utf8', timeout: 20_000 });
  } finally {
    rmSync(cwd, { recursive: true, force: true });
  }
}

test('npm start without DISCORD_TOKEN exits with one line saying what to set and where', () => {
  const result = runEntry('src/index.js', {});
  assert.equal(result.status, 1);
  const lines = result.stderr.trim().split('\n');
  assert.equal(lines.length, 1, result.stderr);
  assert.match(lines[0]!, /DISCORD_TOKEN is not set.*\.env/);
});

test('a bad setting stops the bot with a line naming it, and no stack trace', () => {
  const result = runEntry('src/index.js', { DISCORD_TOKEN: 'x', FETCH_TIMEOUT_MS: 'fast' });
  assert.equal(result.status, 1);
  assert.match(result.stderr, /FETCH_TIMEOUT_MS must be a whole number/);
  assert.doesNotMatch(result.stderr, /\n\s+at /);
});

test('deploy-commands without credentials says which to set', () => {
  const result = runEntry('scripts/deploy-commands.js', {});
  assert.equal(result.status, 1);
  assert.match(result.stderr, /Set DISCORD_TOKEN and DISCORD_CLIENT_ID/);
});
