import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { startFakeDiscord } from '../helpers/fake-discord/index.js';
import { loopbackEnv, startFixtureSite } from '../helpers/http-server.js';
import { REPO_ROOT } from '../helpers/paths.js';

test('the bot as `npm start` runs it: logs in with the default SQLite store, answers /article, stops cleanly on SIGTERM', {
  timeout: 60_000,
}, async () => {
  const fake = await startFakeDiscord();
  const site = await startFixtureSite();
  const cwd = mkdtempSync(join(tmpdir(), 'newsdesk-process-'));
  const env = {
    PATH: process.env.PATH ?? '',
    DISCORD_TOKEN: fake.token,
    DISCORD_API_URL: fake.apiBase,
    ...loopbackEnv(site.port),
  };
  const child = spawn(process.execPath, [join(REPO_ROOT, 'dist', 'src', 'index.js')], { cwd, env });
  let stderr = '';
  const ready = new Promise<void>((resolve, reject) => {
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk;
      if (stderr.includes('"msg":"ready"')) resolve();
    });
    child.once('exit', (code) => reject(new Error(`the bot exited (${code}) before it was ready:\n${stderr}`)));
  });
  const exited = once(child, 'exit');
  try {
    await ready;
    const reply = await fake.slashCommand('article', { url: `${site.url}/ai/openai-aws-turn` }).reply(10_000);
    assert.equal(reply.embeds[0]?.title, 'OpenAI’s AWS turn shows how fast the Microsoft alliance is bending');
    assert.ok(existsSync(join(cwd, 'data', 'newsdesk.sqlite')), 'state lives in ./data/newsdesk.sqlite by default');
    child.kill('SIGTERM');
    const [code] = await exited;
    assert.equal(code, 0, stderr);
    assert.ok(!stderr.includes(fake.token), 'the token never reaches the logs');
    assert.deepEqual(fake.violations, []);
  } finally {
    if (child.exitCode === null) child.kill('SIGKILL');
    await fake.close();
    await site.close();
    rmSync(cwd, { recursive: true, force: true });
  }
});
