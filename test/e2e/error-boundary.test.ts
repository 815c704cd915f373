import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { SlashCommandBuilder } from 'discord.js';
import { type BotWorld, startBotWorld } from '../helpers/bot.js';

let world: BotWorld;
before(async () => (world = await startBotWorld()));
after(() => world.close());

test('a command that throws gives the member a short private apology and logs context, not secrets', async () => {
  const { fake, bot } = world;
  // A command with a bug, wired in the way the loader wires every command file.
  bot.context.commands.set('broken', {
    data: new SlashCommandBuilder().setName('broken').setDescription('always fails'),
    async execute() {
      throw new Error(`boom while calling https://user:pw@api.example/x?token=abc`);
    },
  });
  const interaction = fake.slashCommand('broken', {}, { user: fake.users.member });
  const reply = await interaction.reply();
  assert.equal(reply.ephemeral, true);
  assert.match(reply.content, /^Sorry, something went wrong on our side/);
  assert.doesNotMatch(reply.content, /boom|Error|at /, 'no error text or stack trace reaches the member');

  const entry = bot.logs.map((line) => JSON.parse(line)).find((log) => log.msg === 'command failed');
  assert.ok(entry, 'the failure is logged');
  assert.equal(entry.command, 'broken');
  assert.equal(entry.user_id, fake.users.member.id);
  const logs = bot.logs.join('\n');
  for (const secret of [fake.token, interaction.token, 'user:pw@', 'token=abc'])
    assert.ok(!logs.includes(secret), `${secret} reached the logs`);
  assert.deepEqual(fake.violations, []);
});

test('a button from a command that no longer exists gets a polite answer', async () => {
  const { fake } = world;
  const posted = fake.userMessage({ content: 'old message' });
  // The fake only lets users click components that are on the message.
  posted.components = [{ type: 1, components: [{ type: 2, style: 1, label: 'Old', custom_id: 'retired:do' }] }];
  const reply = await fake.buttonClick(posted, 'retired:do').reply();
  assert.equal(reply.ephemeral, true);
  assert.match(reply.content, /don't know that command/);
});
