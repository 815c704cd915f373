import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { ConfigError, loadConfig, SETTINGS } from '../src/config.js';
import { REPO_ROOT } from './helpers/paths.js';

test('defaults give a working configuration with SQLite and no token', () => {
  const config = loadConfig({});
  assert.equal(config.storeUrl, 'sqlite://data/newsdesk.sqlite');
  assert.equal(config.fetchTimeoutMs, 15_000);
  assert.deepEqual(config.fetchAllowPrivateHosts, []);
  assert.equal(config.enableMessageContent, false);
});

test('every problem is reported at once, one line per variable', () => {
  assert.throws(
    () =>
      loadConfig({
        FETCH_TIMEOUT_MS: 'soon',
        STORE_URL: 'mysql://x',
        FETCH_ALLOW_PORTS: '80,99999',
        SCHEDULER_CRON: 'every minute',
      }),
    (error: unknown) => {
      assert.ok(error instanceof ConfigError);
      assert.match(error.message, /FETCH_TIMEOUT_MS must be a whole number/);
      assert.match(error.message, /STORE_URL must start with sqlite:\/\/, redis:\/\/ or memory:\/\//);
      assert.match(error.message, /FETCH_ALLOW_PORTS must be a whole number from 1 to 65535/);
      assert.match(error.message, /SCHEDULER_CRON must be a cron expression/);
      return true;
    },
  );
});

test('a secret is never echoed in an error', () => {
  const broken = {
    ...SETTINGS.discordToken,
    parse: () => {
      throw new Error('is wrong');
    },
  };
  const original = SETTINGS.discordToken.parse;
  (SETTINGS.discordToken as { parse: unknown }).parse = broken.parse;
  try {
    assert.throws(
      () => loadConfig({ DISCORD_TOKEN: 'super-secret-token-value' }),
      (error: unknown) => !String((error as Error).message).includes('super-secret'),
    );
  } finally {
    (SETTINGS.discordToken as { parse: unknown }).parse = original;
  }
});

test('README and .env.example document every setting', () => {
  const readme = readFileSync(join(REPO_ROOT, 'README.md'), 'utf8');
  const example = readFileSync(join(REPO_ROOT, '.env.example'), 'utf8');
  for (const spec of Object.values(SETTINGS)) {
    assert.ok(readme.includes(`\`${spec.env}\``), `README lacks ${spec.env}`);
    assert.match(example, new RegExp(`^${spec.env}=`, 'm'), `.env.example lacks ${spec.env}`);
  }
});
