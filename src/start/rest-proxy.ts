import { main } from './run.js';

/** `npm run start:rest-proxy`: one REST rate-limit queue for every process. */
main('rest-proxy');
