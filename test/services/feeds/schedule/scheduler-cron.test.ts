import { EventEmitter, once } from 'node:events';
import { test } from 'node:test';
import { loadConfig } from '../../../../src/config.js';
import { createServices } from '../../../../src/create-services.js';
import { createLogger } from '../../../../src/services/logger.js';
import { instantPoster } from '../../../helpers/feeds/instant-poster.js';

test('a seconds-level SCHEDULER_CRON expression makes the scheduler tick by itself', { timeout: 5000 }, async () => {
  const ticks = new EventEmitter();
  const logger = createLogger({
    level: 'info',
    write: (line) => (JSON.parse(line).msg === 'scheduler tick' ? ticks.emit('tick') : undefined),
  });
  const config = loadConfig({ SCHEDULER_CRON: '* * * * * *', STORE_URL: 'memory://' });
  const { scheduler, store } = createServices(config, logger, { scheduler: { poster: instantPoster() } });
  try {
    const ticked = once(ticks, 'tick');
    scheduler.start();
    // Fails by timing out when no tick comes.
    await ticked;
  } finally {
    await scheduler.stop();
    await store.close();
  }
});
