import assert from 'node:assert/strict';
import { once } from 'node:events';
import { after, before, test } from 'node:test';
import { Events } from 'discord.js';
import { type BotWorld, startBotWorld } from '../helpers/bot.js';

let world: BotWorld;
// Six requests from one member here: the per-member limit is not what is tested.
before(async () => (world = await startBotWorld({ env: { ARTICLE_COOLDOWN_PER_MINUTE: '100' } })));
after(() => world.close());

const logLines = () => world.bot.logs.map((line) => JSON.parse(line) as { msg: string; shard_id?: number });
const logged = (msg: string) => logLines().filter((line) => line.msg === msg).length;

/**
 * A member's /article is in flight when the gateway misbehaves: the bot answers it anyway (answers
 * go over REST, not the gateway), comes back, answers the next member, and logs what happened.
 */
async function throughFault(fault: () => void, back: Events.ShardResume | Events.ShardReady, expectedLog: string) {
  const { fake, link, bot } = world;
  const before = logged(expectedLog);
  const inFlight = fake.slashCommand('article', { url: link('/ai/openai-aws-turn') });
  await inFlight.acknowledged();
  const isBack = once(bot.client, back);
  fault();
  assert.equal((await inFlight.reply()).embeds.length, 1, 'the interaction in flight was answered');
  await isBack;
  // The bot's own listener was registered first, so its line is written by now.
  assert.equal(logged(expectedLog), before + 1, `one "${expectedLog}" log line`);
  const next = fake.slashCommand('article', { url: link('/cloud/bedrock-adds-model-providers') });
  const answer = await next.reply();
  assert.equal(answer.embeds.length, 1, `the next member is answered after the fault: ${answer.content}`);
  assert.deepEqual(fake.violations, []);
}

test('op 7 RECONNECT: the session is resumed and both members are answered', async () => {
  const resumes = world.fake.gateway.resumes;
  await throughFault(() => world.fake.gateway.reconnect(), Events.ShardResume, 'gateway session resumed');
  assert.equal(world.fake.gateway.resumes, resumes + 1);
});

test('the socket closed with 4000: the session is resumed and both members are answered', async () => {
  const identifies = world.fake.gateway.identifies.length;
  await throughFault(() => world.fake.gateway.disconnect(4000), Events.ShardResume, 'gateway session resumed');
  assert.equal(world.fake.gateway.identifies.length, identifies, 'resumed, not identified again');
});

test('op 9 INVALID SESSION (not resumable): a new session is started and both members are answered', async () => {
  const identifies = world.fake.gateway.identifies.length;
  await throughFault(() => world.fake.gateway.invalidateSession(false), Events.ShardReady, 'gateway session started');
  assert.equal(world.fake.gateway.identifies.length, identifies + 1, 'identified again');
  assert.ok(logged('gateway reconnecting') >= 3, 'each fault logged the reconnect');
});
