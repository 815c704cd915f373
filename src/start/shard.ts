import { main } from './run.js';

/** One gateway shard, started by `npm run start:gateway` (not run by hand). */
main('shard');
