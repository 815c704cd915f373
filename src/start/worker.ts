import { main } from './run.js';

/** `npm run start:worker`: the feed scheduler alone, over REST. */
main('worker');
