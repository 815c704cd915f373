import { main } from './start/run.js';

/** `npm start`: the whole bot in one process (the gateway and the feed scheduler). */
main('all');
