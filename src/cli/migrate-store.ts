import { RECENT_LINK_TTL_MS } from '../services/autosummary/recent.js';
import { copyDurable, openStore } from '../services/store.js';
import { defineCommand } from './command.js';
import { CliUsageError } from './io.js';

const STORE_SCHEMES = /^(sqlite|redis|rediss):\/\//;

/**
 * `newsdesk migrate-store`: move the bot's state to another store (SQLite to Redis when the bot
 * grows past one process). Run it with the bot stopped; it is safe to run again.
 */
export const migrateStoreCommand = defineCommand({
  summary: 'copy subscriptions, seen items, settings and the outbox to another store (safe to re-run)',
  usage: ['newsdesk migrate-store --from sqlite://data/newsdesk.sqlite --to redis://127.0.0.1:6379'],
  options: { from: { type: 'string' }, to: { type: 'string' } },
  async run({ values }, _services, io) {
    const { from, to } = values;
    if (!from || !to || !STORE_SCHEMES.test(from) || !STORE_SCHEMES.test(to))
      throw new CliUsageError('--from and --to take store URLs (sqlite://path, redis://host:port)');
    if (from === to) throw new CliUsageError('--from and --to are the same store');
    const source = openStore(from);
    const target = openStore(to);
    try {
      // Shared-link memory restarts its 24 h window: how much of it was left is not known.
      const counts = await copyDurable(source, target, { autosummary: RECENT_LINK_TTL_MS });
      for (const [name, count] of Object.entries(counts)) io.stdout(`${name.padEnd(12)} ${count}\n`);
      io.stdout('done: start the bot with STORE_URL set to the new store\n');
      return 0;
    } finally {
      await source.close();
      await target.close();
    }
  },
});
