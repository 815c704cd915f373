import { main } from './run.js';

/** `npm run start:gateway`: the gateway under ShardingManager, no feed polling. */
main('gateway');
