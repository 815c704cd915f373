import { type REST, RESTEvents } from '@discordjs/rest';
import type { Metrics, RestClientName } from './metrics.js';

/** Count a REST client's 429 answers and rate-limit waits (the events @discordjs/rest emits for them). */
export function watchRest(rest: REST, client: RestClientName, metrics: Pick<Metrics, 'restRateLimit'>): void {
  rest.on(RESTEvents.RateLimited, () => metrics.restRateLimit(client, 'waited'));
  rest.on(RESTEvents.Response, (_request, response) => {
    if (response.status === 429) metrics.restRateLimit(client, 'limited');
  });
}
