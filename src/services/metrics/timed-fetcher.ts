import type { Fetcher } from '../fetcher/index.js';
import type { Metrics } from './metrics.js';

/** The fetcher, with each fetch's time (failures too) handed to `metrics`. */
export function timedFetcher(fetcher: Fetcher, metrics: Pick<Metrics, 'fetchTimed'>): Fetcher {
  return {
    async fetch(request) {
      const started = performance.now();
      try {
        return await fetcher.fetch(request);
      } finally {
        metrics.fetchTimed(request.kind, (performance.now() - started) / 1000);
      }
    },
  };
}
