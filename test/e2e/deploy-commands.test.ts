import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startFakeDiscord, type FakeDiscord } from '../helpers/fake-discord/index.js';
import { REPO_ROOT } from '../helpers/paths.js';

let fake: FakeDiscord;
before(async () => (fake = await startFakeDiscord()));
after(() => fake.close());

function deploy(env: Record<string, string>): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const cwd = mkdtempSync(join(tmpdir(), 'newsdesk-deploy-'));
  const child = spawn(process.execPath, [join(REPO_ROOT, 'dist', 'scripts', 'deploy-commands.js')], { cwd, env: { PATH: process.env.PATH ?? '', ...env } });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk));
  return new Promise((resolve) =>
    child.on('close', (code) => {
      rmSync(cwd, { recursive: true, force: true });
      resolve({ code, stdout, stderr });
    }),
  );
}

test('deploy-commands registers every command file, globally or in one server', async () => {
  const env = { DISCORD_TOKEN: fake.token, DISCORD_CLIENT_ID: fake.applicationId, DISCORD_API_URL: fake.apiBase };
  const global = await deploy(env);
  assert.equal(global.code, 0, global.stderr);
  assert.match(global.stdout, /Registered \d+ commands globally/);
  const names = (fake.commands.global as { name: string }[]).map((command) => command.name);
  assert.ok(names.includes('article'), names.join(','));

  const guild = await deploy({ ...env, DISCORD_GUILD_ID: fake.guildId });
  assert.equal(guild.code, 0, guild.stderr);
  assert.match(guild.stdout, new RegExp(`in server ${fake.guildId}`));
  assert.deepEqual((fake.commands.guild[fake.guildId] as { name: string }[]).map((command) => command.name).sort(), [...names].sort());
  assert.deepEqual(fake.violations, [], 'every definition passed Discord’s validation');
  assert.ok(!global.stdout.includes(fake.token) && !global.stderr.includes(fake.token));
});
