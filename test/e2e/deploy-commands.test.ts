import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { loadCommands } from '../../src/discord/loader.js';
import { silentLogger } from '../../src/services/logger.js';
import { type FakeDiscord, startFakeDiscord } from '../helpers/fake-discord/index.js';
import { runEntry } from '../helpers/run-cli.js';

let fake: FakeDiscord;
before(async () => (fake = await startFakeDiscord()));
after(() => fake.close());

const deploy = (env: Record<string, string>) => runEntry('scripts/deploy-commands.js', [], { env });
const namesOf = (commands: unknown[] | undefined) =>
  (commands as { name: string }[] | undefined)?.map((command) => command.name).sort() ?? [];

test('deploy-commands registers every command file, globally or in one server', async () => {
  const expected = [...(await loadCommands(silentLogger)).keys()].sort();
  assert.ok(expected.includes('article') && expected.includes('feed'), expected.join(','));
  const env = { DISCORD_TOKEN: fake.token, DISCORD_CLIENT_ID: fake.applicationId, DISCORD_API_URL: fake.apiBase };

  const global = await deploy(env);
  assert.equal(global.code, 0, global.stderr);
  assert.match(global.stdout, new RegExp(`Registered ${expected.length} commands globally`));
  assert.deepEqual(namesOf(fake.commands.global), expected);

  const guild = await deploy({ ...env, DISCORD_GUILD_ID: fake.guildId });
  assert.equal(guild.code, 0, guild.stderr);
  assert.match(guild.stdout, new RegExp(`Registered ${expected.length} commands in server ${fake.guildId}`));
  assert.deepEqual(namesOf(fake.commands.guild[fake.guildId]), expected);
  assert.deepEqual(fake.violations, [], 'every definition passed Discord’s validation');
  assert.ok(!global.stdout.includes(fake.token) && !global.stderr.includes(fake.token));
});

test('every command carries Korean and Japanese localizations', async () => {
  for (const command of (await loadCommands(silentLogger)).values()) {
    const json = command.data.toJSON() as {
      name: string;
      description?: string;
      description_localizations?: Record<string, string> | null;
      name_localizations?: Record<string, string> | null;
    };
    // Context-menu commands have no description, so their name is what a member reads.
    const localized = json.description ? json.description_localizations : json.name_localizations;
    assert.ok(localized?.ko && localized.ja, `${json.name} has ko and ja localizations`);
  }
});
